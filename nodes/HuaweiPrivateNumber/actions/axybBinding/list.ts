import { bindingSearch } from '../bindingSearch';
import { list, lookupOrEmpty } from '../bindings';
import { URI, withAppKey } from './fields';

/** The binding on X (one, with up to 5 Y-B relations): one entry per relation, valued by the binding's ID. */
export const listSearch = {
	searchAxybBindings: bindingSearch(
		async (api, relationNum) => {
			const qs = await withAppKey(api, { relationNum });
			const answer = await lookupOrEmpty(api, { method: 'GET', uri: URI, qs });
			const relations = list(answer.xyRelationNumList);
			return { bindings: relations.map((r) => ({ ...r, subscriptionId: r.bindId })) };
		},
		(relation) =>
			relation.numB
				? `A ${String(relation.numA)} ↔ B ${String(relation.numB)} via Y ${String(relation.numY)}`
				: `A ${String(relation.numA)} (no YB yet)`,
	),
};
