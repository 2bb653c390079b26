import type { IDataObject } from 'n8n-workflow';

import { recordsIn } from '../../../shared/api/envelope';
import { FIRST_PAGE } from '../../../shared/parameters/pagination';
import type { BindingPager } from '../binding/search';
import { bindingSearch, shownNumber } from '../binding/search';
import { URI } from './fields';

/** Where AXB answers list bindings. */
const LIST = 'relationNumList';
export const bindingsIn = (answer: IDataObject) => recordsIn(answer, LIST);

/**
 * Pages of the bindings of X by page number (pageSize 10-100, as Huawei allows): the next page is
 * asked for while a page comes back full and the platform's totalCount is not yet reached.
 */
export const bindingPages: BindingPager = async (api, relationNum, token, wanted, read) => {
	const pageIndex = token === FIRST_PAGE ? 1 : Number(token);
	const pageSize = Math.min(100, Math.max(10, wanted));
	const page = await api.lookupBinding({
		method: 'GET',
		uri: URI,
		qs: { relationNum, pageIndex, pageSize },
	});
	const { records, listed } = read(page, LIST);
	const total = Number(page.totalCount);
	const more = listed === pageSize && !(pageIndex * pageSize >= total);
	return { bindings: records, next: more ? String(pageIndex + 1) : undefined };
};

export const listSearch = {
	searchAxbBindings: bindingSearch(
		'AXB',
		bindingPages,
		(binding) => `A ${shownNumber(binding.callerNum)} ↔ B ${shownNumber(binding.calleeNum)}`,
	),
};
