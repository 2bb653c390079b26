import { bindingSearch } from '../bindingSearch';
import { list, lookupOrEmpty } from '../bindings';
import { URI } from './fields';

/** An X number has at most one AX binding: the list shows it. */
export const listSearch = {
	searchAxBindings: bindingSearch(
		async (api, privateNum) => {
			const answer = await lookupOrEmpty(api, { method: 'GET', uri: URI, qs: { privateNum } });
			return { bindings: list(answer, 'privateNumList') };
		},
		(binding) => `A ${String(binding.origNum)}`,
	),
};
