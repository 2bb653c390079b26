import type { IDataObject } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { bindingSearch } from '../bindingSearch';
import { lookupOrEmpty } from '../bindings';
import { bindingsOf, nextCursorOf } from './fields';

const URI_V2 = '/rest/caas/extendnumber/v2.0';
export const FIRST_CURSOR = '0000000000000_0';

/** One page of the bindings of X from query v2.0 (up to `limit`), and the cursor to the next. */
export async function bindingsPage(
	api: ItemApi,
	virtualNum: string,
	cursor: string,
	limit: number,
): Promise<{ bindings: IDataObject[]; next?: string }> {
	const page = await lookupOrEmpty(api, {
		method: 'GET',
		uri: URI_V2,
		qs: { virtualNum, cursor, limit },
	});
	const bindings = bindingsOf(page) ?? [];
	return { bindings, next: bindings.length ? nextCursorOf(page) : undefined };
}

export const listSearch = {
	searchAxeBindings: bindingSearch(
		(api, virtualNum, token) => bindingsPage(api, virtualNum, token ?? FIRST_CURSOR, 100),
		(binding) => `Extension ${String(binding.extendNum)} → A ${String(binding.bindNum)}`,
	),
};
