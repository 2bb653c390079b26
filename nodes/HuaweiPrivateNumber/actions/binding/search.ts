import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { itemApi } from '../../../shared/api/itemApi';
import type { ListSearchMethod } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { FIRST_PAGE } from '../../../shared/parameters/pagination';
import { DEFAULT_COUNTRY_CODE, parseCountryCode, parsePhoneNumber } from '../../../shared/phone';
import { FIELDS } from './fields';

/** One page of the bindings of an X number, and the token of the next page (if any). */
export interface BindingPage {
	bindings: IDataObject[];
	next?: string;
}
/**
 * Reads one page of the bindings of X: `token` names the page (FIRST_PAGE for the first), `wanted`
 * how many more bindings the caller can use (a pager may read fewer).
 */
export type BindingPager = (
	api: ItemApi,
	xNumber: string,
	token: string,
	wanted: number,
) => Promise<BindingPage>;

const SEARCH_HINT = 'Type an X number, e.g. +8617010000001';
const LIST_PAGE = 100;

/** The mode's Subscription ID field as a resource locator listing the bindings of a typed X number. */
export function subscriptionIdLocator(searchMethod: string): FieldSpec {
	return {
		...FIELDS.subscriptionId,
		example: 'the subscriptionId a Create returned',
		locator: { searchMethod, searchHint: SEARCH_HINT },
	};
}

/**
 * A "From List" search: the filter is an X number (typed as people type numbers, with the node's
 * Default Country Code); each result is a binding on it, named by `label`, valued by its ID.
 */
export function bindingSearch(
	pager: BindingPager,
	label: (binding: IDataObject) => string,
): ListSearchMethod {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const country = parseCountryCode(
			this.getNodeParameter('options.defaultCountryCode', DEFAULT_COUNTRY_CODE),
		);
		const parsed = parsePhoneNumber(filter ?? '', country ?? DEFAULT_COUNTRY_CODE);
		if (!parsed.ok) return { results: [] }; // nothing yet, or a number still being typed
		const api = itemApi(this, 'huaweiPrivateNumberApi', 0);
		const page = await pager(api, parsed.e164, paginationToken ?? FIRST_PAGE, LIST_PAGE);
		return {
			results: page.bindings.map((binding) => ({
				name: `${label(binding)}${binding.userData ? ` · ${String(binding.userData)}` : ''}`,
				value: String(binding.subscriptionId),
			})),
			paginationToken: page.next,
		};
	};
}
