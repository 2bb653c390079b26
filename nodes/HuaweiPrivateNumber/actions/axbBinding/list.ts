import type { IDataObject } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { bindingSearch } from '../bindingSearch';
import { list, lookupOrEmpty } from '../bindings';
import { URI } from './fields';

/** One page (pageIndex from 1, pageSize 10-100) of the bindings of X, and the total the platform reports. */
export async function bindingsPage(
	api: ItemApi,
	relationNum: string,
	pageIndex: number,
	pageSize: number,
): Promise<{ bindings: IDataObject[]; total: number }> {
	const page = await lookupOrEmpty(api, {
		method: 'GET',
		uri: URI,
		qs: { relationNum, pageIndex, pageSize },
	});
	return {
		bindings: list(page, 'relationNumList'),
		total: Number(page.totalCount),
	};
}

const PAGE_SIZE = 100;

export const listSearch = {
	searchAxbBindings: bindingSearch(
		async (api, relationNum, token) => {
			const pageIndex = Number(token) || 1;
			const { bindings } = await bindingsPage(api, relationNum, pageIndex, PAGE_SIZE);
			return { bindings, next: bindings.length === PAGE_SIZE ? String(pageIndex + 1) : undefined };
		},
		(binding) => `A ${String(binding.callerNum)} ↔ B ${String(binding.calleeNum)}`,
	),
};
