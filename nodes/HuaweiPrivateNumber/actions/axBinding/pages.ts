import type { IDataObject } from 'n8n-workflow';

import { recordsIn } from '../../../shared/api/envelope';
import type { BindingPager } from '../binding/search';
import { bindingSearch, shownNumber } from '../binding/search';
import { URI } from './fields';

/** Where AX answers list bindings. */
const LIST = 'privateNumList';
export const bindingsIn = (answer: IDataObject) => recordsIn(answer, LIST);

/** An X number has at most one AX binding: one page lists it. */
export const bindingPages: BindingPager = async (api, privateNum, _token, _wanted, read) => {
	const answer = await api.lookupBinding({ method: 'GET', uri: URI, qs: { privateNum } });
	return { bindings: read(answer, LIST).records };
};

export const listSearch = {
	searchAxBindings: bindingSearch(
		'AX',
		bindingPages,
		(binding) => `A ${shownNumber(binding.origNum)}`,
	),
};
