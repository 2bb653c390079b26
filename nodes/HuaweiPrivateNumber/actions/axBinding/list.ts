import type { IDataObject } from 'n8n-workflow';

import { bindingSearch } from '../bindingSearch';
import { lookupOrEmpty } from '../bindings';
import { URI } from './fields';

/** An X number has at most one AX binding: the list shows it. */
export const listSearch = {
	searchAxBindings: bindingSearch(
		async (api, privateNum) => {
			const answer = await lookupOrEmpty(api, { method: 'GET', uri: URI, qs: { privateNum } });
			return { bindings: (answer.privateNumList ?? []) as IDataObject[] };
		},
		(binding) => `A ${String(binding.origNum)}`,
	),
};
