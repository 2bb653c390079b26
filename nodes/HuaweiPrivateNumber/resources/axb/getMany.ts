import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { bindingItem, privateNumberCall, unlessNotFound } from '../common';
import { paginationProperties, readPagination } from '../pagination';
import { RESOURCE, URI, X_NUMBER } from './fields';

export const description = forOperation(RESOURCE, 'getMany', [
	fieldProperty(X_NUMBER),
	...paginationProperties(),
]);

/** Walks pageIndex 1, 2, … of the bindings on X (pageSize 10-100) until enough are read. */
export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const relationNum = input.field(X_NUMBER);
	const { returnAll, limit } = readPagination(input);
	const pageSize = returnAll ? 100 : Math.min(100, Math.max(10, limit));
	const bindings: IDataObject[] = [];
	for (let pageIndex = 1; ; pageIndex++) {
		const page = await unlessNotFound.call(
			this,

			privateNumberCall.call(this, input, {
				method: 'GET',
				uri: URI,
				qs: { relationNum, pageIndex, pageSize },
				retry: 'safe',
			}),
		);
		const list = (page.relationNumList ?? []) as IDataObject[];
		bindings.push(...list);
		const total = Number(page.totalCount ?? 0);
		if (list.length === 0 || bindings.length >= total || (!returnAll && bindings.length >= limit))
			break;
	}
	return (returnAll ? bindings : bindings.slice(0, limit)).map((binding) =>
		bindingItem('AXB', binding),
	);
}
