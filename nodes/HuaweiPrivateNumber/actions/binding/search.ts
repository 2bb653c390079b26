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

/** What the list's search wants: the private number, not a party's own number. */
const SEARCH = {
	searchPlaceholder: 'Type the X number, e.g. +8617010000001',
	listHint:
		"Type the binding's private number (X): its bindings are listed. A or B numbers list nothing.",
};
/** Results per answer to the editor, and in all for one search. */
const EDITOR_PAGE = 100;
const MOST_RESULTS = 2000;
/** Platform pages read for one search at most. */
const MOST_PAGES = 40;

/**
 * The mode's Subscription ID field: a resource locator listing the bindings of a typed X number;
 * left empty, the input item's subscriptionId (Create → Get → Delete chain without typing).
 */
export function subscriptionIdLocator(searchMethod: string): FieldSpec {
	return {
		...FIELDS.subscriptionId,
		example: 'the subscriptionId a Create returned',
		inputFallback: 'subscriptionId',
		locator: { searchMethod, ...SEARCH },
	};
}

/** Where a search stands: the platform page, how far into it, and what was shown so far. */
interface Position {
	/** The platform page token (FIRST_PAGE for the first). */
	page: string;
	/** Results of that page already shown. */
	offset: number;
	/** Results shown in all. */
	shown: number;
	/** Platform pages read so far. */
	pages: number;
	/** The first binding of the page before, to notice a platform that repeats a page. */
	before?: string;
}

const START: Position = { page: FIRST_PAGE, offset: 0, shown: 0, pages: 0 };

/** The editor hands back the token it was given; anything else starts the search again. */
function positionOf(token: string | undefined): Position {
	if (!token) return START;
	try {
		const position = JSON.parse(token) as Position;
		const counts = [position.offset, position.shown, position.pages];
		return typeof position.page === 'string' && counts.every(Number.isSafeInteger)
			? position
			: START;
	} catch {
		return START;
	}
}

/** A binding the editor can offer: one with an ID that is text of 1-64 characters. */
const idOf = (binding: IDataObject): string | undefined =>
	typeof binding.subscriptionId === 'string' &&
	binding.subscriptionId.length > 0 &&
	binding.subscriptionId.length <= 64
		? binding.subscriptionId
		: undefined;

/** A number of a binding as the list shows it ("?" when the platform gave none). */
export const shownNumber = (value: unknown): string =>
	typeof value === 'string' || typeof value === 'number' ? String(value) : '?';

/**
 * A "From List" search: the filter is an X number (typed as people type numbers, with the node's
 * Default Country Code); each result is a binding on it, named by `label`, valued by its ID. The
 * list reaches the editor a page at a time; entries without a usable ID are left out, and a
 * platform that repeats a page or a cursor, or pages on and on, ends the list.
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
		const position = positionOf(paginationToken);
		const api = itemApi(this, 'huaweiPrivateNumberApi', 0);
		// A number that is not one of this app's lists nothing, like a number without bindings.
		const page = await pager(api.forSearch(), parsed.e164, position.page, EDITOR_PAGE);
		const usable = new Map<string, IDataObject>();
		for (const binding of page.bindings) {
			const id = idOf(binding);
			if (id && !usable.has(id)) usable.set(id, binding);
		}
		const entries = [...usable.entries()];
		if (position.before !== undefined && entries[0]?.[0] === position.before)
			return { results: [] }; // the platform gave the page before again
		const room = Math.min(EDITOR_PAGE, MOST_RESULTS - position.shown);
		const shown = entries.slice(position.offset, position.offset + room);
		const results = shown.map(([id, binding]) => ({
			name: `${label(binding)}${binding.userData ? ` · ${String(binding.userData)}` : ''}`,
			value: id,
		}));
		const total = position.shown + shown.length;
		const rest = position.offset + shown.length < entries.length;
		let next: Position | undefined;
		if (total >= MOST_RESULTS || position.pages + 1 >= MOST_PAGES) next = undefined;
		else if (rest) next = { ...position, offset: position.offset + shown.length, shown: total };
		else if (page.next !== undefined && page.next !== position.page)
			next = {
				page: page.next,
				offset: 0,
				shown: total,
				pages: position.pages + 1,
				before: entries[0]?.[0],
			};
		return { results, paginationToken: next && JSON.stringify(next) };
	};
}
