import { createHash } from 'node:crypto';

import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ListReader } from '../../../shared/api/envelope';
import { pickableRecords } from '../../../shared/api/envelope';
import type { ItemApi } from '../../../shared/api/itemApi';
import { itemApi } from '../../../shared/api/itemApi';
import type { ListSearchMethod } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { FIRST_PAGE } from '../../../shared/parameters/pagination';
import { DEFAULT_COUNTRY_CODE, parseCountryCode, parsePhoneNumber } from '../../../shared/phone';
import { appModeProblem } from '../../appMode';
import { FIELDS } from './fields';

/** One page of the bindings of an X number, and the token of the next page (if any). */
export interface BindingPage {
	bindings: IDataObject[];
	next?: string;
}
/**
 * Reads one page of the bindings of X: `token` names the page (FIRST_PAGE for the first), `wanted`
 * how many more bindings the caller can use (a pager may read fewer), `read` how the answer's list
 * is taken (checked for results, leniently for the picker).
 */
export type BindingPager = (
	api: ItemApi,
	xNumber: string,
	token: string,
	wanted: number,
	read: ListReader,
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

/** Where a search stands: the platform page to read, and what was shown and read so far. */
interface Position {
	/** The platform page token (FIRST_PAGE for the first). */
	page: string;
	/** Results shown in all. */
	shown: number;
	/** Platform pages read so far. */
	pages: number;
	/** Digests of every ID shown and every page token read (DIGEST characters each, joined). */
	seen: string;
}

const START: Position = { page: FIRST_PAGE, shown: 0, pages: 0, seen: '' };

/** A short digest: the token carries one per ID shown and page read, not the IDs themselves. */
const DIGEST = 8;
const digest = (text: string) =>
	createHash('sha256').update(text).digest('base64url').slice(0, DIGEST);
const SEEN_SHAPE = /^[\w-]*$/;

/** The editor hands back the token it was given; anything else starts the search again. */
function positionOf(token: string | undefined): Position {
	if (!token) return START;
	try {
		const { page, shown, pages, seen } = JSON.parse(token) as Position;
		const fits =
			typeof page === 'string' &&
			[shown, pages].every((count) => Number.isSafeInteger(count) && count >= 0) &&
			typeof seen === 'string' &&
			seen.length % DIGEST === 0 &&
			seen.length <= (MOST_RESULTS + 2 * MOST_PAGES) * DIGEST &&
			SEEN_SHAPE.test(seen);
		return fits ? { page, shown, pages, seen } : START;
	} catch {
		return START;
	}
}

const DIGESTS = new RegExp(`.{${DIGEST}}`, 'g');
const digestsIn = (seen: string): Set<string> => new Set(seen.match(DIGESTS) ?? []);
const idDigest = (id: string) => digest(`id:${id}`);

/** A binding the editor can offer: one with an ID that is text of 1-64 characters. */
const idOf = (binding: IDataObject): string | undefined =>
	typeof binding.subscriptionId === 'string' &&
	binding.subscriptionId.length > 0 &&
	binding.subscriptionId.length <= 64
		? binding.subscriptionId
		: undefined;

/** Text of the platform's as the list shows it: no control characters, at most `max` characters. */
function shownText(value: unknown, max: number): string | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value)
		.replace(/\p{Cc}+/gu, ' ')
		.trim();
	if (text === '') return undefined;
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A number of a binding as the list shows it ("?" when the platform gave none). */
export const shownNumber = (value: unknown): string => shownText(value, 32) ?? '?';

/** A result's name: the mode's label of the binding, and its user data when it has some. */
function nameOf(label: string, binding: IDataObject): string {
	const userData = shownText(binding.userData, 60);
	return userData ? `${label} · ${userData}` : label;
}

/**
 * A "From List" search: the filter is an X number (typed as people type numbers, with the node's
 * Default Country Code); each result is a binding on it, named by `label`, valued by its ID. The
 * list reaches the editor a page at a time; entries without a usable ID are left out, and a
 * platform that repeats a page or a cursor, or pages on and on, ends the list.
 */
export function bindingSearch(
	mode: string,
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
		const credentials = await this.getCredentials('huaweiPrivateNumberApi');
		const problem = appModeProblem(credentials.appMode, mode, `${mode} Binding`);
		if (problem) throw new NodeOperationError(this.getNode(), problem.message, problem);
		const position = positionOf(paginationToken);
		const seen = digestsIn(position.seen);
		const api = itemApi(this, 'huaweiPrivateNumberApi', 0);
		// A number that is not one of this app's lists nothing, like a number without bindings.
		const page = await pager(
			api.forSearch(),
			parsed.e164,
			position.page,
			EDITOR_PAGE,
			pickableRecords,
		);
		// Only bindings not shown before: a page read again (more than fit) gives its rest, and a
		// platform that repeats a page, or any entry, shows nothing twice. One more than fits is
		// enough to know the page has more (a page may list 100,000).
		const room = Math.min(EDITOR_PAGE, MOST_RESULTS - position.shown);
		const fresh = new Map<string, IDataObject>();
		for (const binding of page.bindings) {
			if (fresh.size > room) break;
			const id = idOf(binding);
			if (id && !fresh.has(id) && !seen.has(idDigest(id))) fresh.set(id, binding);
		}
		const shown = [...fresh.entries()].slice(0, room);
		for (const [id] of shown) seen.add(idDigest(id));
		const results = shown.map(([id, binding]) => ({
			name: nameOf(label(binding), binding),
			value: id,
		}));
		const total = position.shown + shown.length;
		const more = (page: string): Position => ({
			page,
			shown: total,
			pages: position.pages + 1,
			seen: [...seen].join(''),
		});
		let next: Position | undefined;
		if (total >= MOST_RESULTS || position.pages + 1 >= MOST_PAGES || shown.length === 0)
			next = undefined; // bounded, or a page with nothing new: the platform goes round
		else if (fresh.size > shown.length) next = more(position.page);
		else if (page.next !== undefined && !seen.has(digest(`page:${page.next}`))) {
			seen.add(digest(`page:${position.page}`));
			seen.add(digest(`page:${page.next}`));
			next = more(page.next);
		}
		return { results, paginationToken: next && JSON.stringify(next) };
	};
}
