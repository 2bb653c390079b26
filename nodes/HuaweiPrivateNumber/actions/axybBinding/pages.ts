import type { IDataObject } from 'n8n-workflow';

import { recordsIn } from '../../../shared/api/envelope';
import type { BindingPager } from '../binding/search';
import { bindingSearch } from '../binding/search';
import { withAppKey } from './appKey';
import { URI } from './fields';

/** The binding on X: one entry naming its Bs (an AXYB binding has up to 5 Y-B relations). */
export const bindingPages: BindingPager = async (api, relationNum) => {
	const qs = await withAppKey(api, { relationNum });
	const answer = await api.lookupBinding({ method: 'GET', uri: URI, qs });
	const byBinding = new Map<string, IDataObject>();
	for (const relation of recordsIn(answer, 'xyRelationNumList')) {
		const id = String(relation.bindId);
		const seen = byBinding.get(id);
		const numbersB = [
			...((seen?.numbersB as string[]) ?? []),
			...(relation.numB ? [String(relation.numB)] : []),
		];
		byBinding.set(id, { ...relation, ...seen, subscriptionId: id, numbersB });
	}
	return { bindings: [...byBinding.values()] };
};

export const listSearch = {
	searchAxybBindings: bindingSearch(bindingPages, (binding) => {
		const numbersB = binding.numbersB as string[];
		return `A ${String(binding.numA)} ${numbersB.length ? `↔ B ${numbersB.join(', ')}` : '(no YB yet)'}`;
	}),
};
