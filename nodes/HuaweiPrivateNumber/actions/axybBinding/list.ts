import type { IDataObject } from 'n8n-workflow';

import { bindingSearch } from '../bindingSearch';
import { list, lookupOrEmpty } from '../bindings';
import { URI, withAppKey } from './fields';

/** The binding on X: one entry, naming its Bs (up to 5 Y-B relations). */
export const listSearch = {
	searchAxybBindings: bindingSearch(
		async (api, relationNum) => {
			const qs = await withAppKey(api, { relationNum });
			const answer = await lookupOrEmpty(api, { method: 'GET', uri: URI, qs });
			const byBinding = new Map<string, IDataObject>();
			for (const relation of list(answer, 'xyRelationNumList')) {
				const id = String(relation.bindId);
				const seen = byBinding.get(id);
				const numbersB = [
					...((seen?.numbersB as string[]) ?? []),
					...(relation.numB ? [String(relation.numB)] : []),
				];
				byBinding.set(id, { ...relation, ...seen, subscriptionId: id, numbersB });
			}
			return { bindings: [...byBinding.values()] };
		},
		(binding) => {
			const numbersB = binding.numbersB as string[];
			return `A ${String(binding.numA)} ${numbersB.length ? `↔ B ${numbersB.join(', ')}` : '(no YB yet)'}`;
		},
	),
};
