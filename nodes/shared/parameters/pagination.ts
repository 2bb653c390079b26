import type { INode, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemParameters } from './itemParameters';

/** The page token of a first page: each mode's pager knows what its first page is. */
export const FIRST_PAGE = '';

/** Huawei's own caps (5,000 AXB pairs per X, 9,999 AXE extensions) need far fewer pages than this. */
const MAX_PAGES = 200;

export function paginationProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** How many results to return: Infinity for Return All. */
export function readLimit(item: ItemParameters): number {
	if (item.raw('returnAll', false) === true) return Infinity;
	const limit = item.raw('limit', 50);
	if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)
		item.fail('"Limit"', 'must be a whole number of at least 1');
	return limit;
}

/**
 * Guards a paging loop against a platform that never says it is done: a cursor (or page number)
 * seen before, or more than MAX_PAGES pages, ends the walk with a clear error instead of looping.
 */
export class PageGuard {
	private readonly seen = new Set<string>();

	constructor(
		private readonly node: INode,
		private readonly itemIndex: number,
	) {}

	/** Call before requesting the page identified by `cursor`; `read` is how many results came so far. */
	next(cursor: string, read: number): void {
		const problem = this.seen.has(cursor)
			? `Huawei's paging did not end: it returned the cursor "${cursor}" a second time`
			: this.seen.size >= MAX_PAGES
				? `Huawei's paging did not end after ${MAX_PAGES} pages`
				: undefined;
		if (problem)
			throw new NodeOperationError(this.node, `${problem} [item ${this.itemIndex}]`, {
				itemIndex: this.itemIndex,
				description: `${read} results were read before; set a Limit, or check the data on the console.`,
			});
		this.seen.add(cursor);
	}
}
