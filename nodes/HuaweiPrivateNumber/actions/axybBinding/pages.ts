import type { IDataObject } from 'n8n-workflow';

import { recordsIn } from '../../../shared/api/envelope';
import type { BindingPager } from '../binding/search';
import { bindingSearch, shownNumber } from '../binding/search';
import { withAppKey } from './appKey';
import { URI } from './fields';

/** Where AXYB answers list its A-X-Y-B relations. */
const LIST = 'xyRelationNumList';

/** The A-X-Y-B relations of an AXYB answer, each named by its binding's ID. */
export const relationsIn = (answer: IDataObject): IDataObject[] =>
	recordsIn(answer, LIST).map((relation) => ({
		subscriptionId: relation.bindId,
		...relation,
	}));

/** The binding on X: one entry naming its Bs (an AXYB binding has up to 5 Y-B relations). */
export const bindingPages: BindingPager = async (api, relationNum, _token, _wanted, read) => {
	const qs = await withAppKey(api, { relationNum });
	const answer = await api.lookupBinding({ method: 'GET', uri: URI, qs });
	const byBinding = new Map<string, IDataObject>();
	for (const relation of read(answer, LIST).records) {
		const id = relation.bindId;
		if (typeof id !== 'string' || id === '') continue; // not a binding the list can offer
		const seen = byBinding.get(id);
		const numbersB = [
			...((seen?.numbersB as string[]) ?? []),
			...(relation.numB ? [shownNumber(relation.numB)] : []),
		];
		byBinding.set(id, { ...relation, ...seen, subscriptionId: id, numbersB });
	}
	return { bindings: [...byBinding.values()] };
};

export const listSearch = {
	searchAxybBindings: bindingSearch('AXYB', bindingPages, (binding) => {
		const numbersB = binding.numbersB as string[];
		// An AXYB binding has up to 5 Bs; a platform listing more does not make the name endless.
		const bs = `${numbersB.slice(0, 5).join(', ')}${numbersB.length > 5 ? ', …' : ''}`;
		return `A ${shownNumber(binding.numA)} ${numbersB.length ? `↔ B ${bs}` : '(no YB yet)'}`;
	}),
};
