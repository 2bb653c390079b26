import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { bindingItem, privateNumberCall, unlessNotFound } from '../common';
import { paginationProperties, readPagination } from '../pagination';
import { RESOURCE, URI_V2, X_NUMBER } from './fields';

const FIRST_CURSOR = '0000000000000_0';

export const description = forOperation(RESOURCE, 'getMany', [
	fieldProperty(X_NUMBER),
	...paginationProperties(),
]);

/** Query v2.0: follows the next cursor (spelled nextCursor, or nextCusor in one doc) until done. */
export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const virtualNum = input.field(X_NUMBER);
	const { returnAll, limit } = readPagination(input);
	const bindings: IDataObject[] = [];
	let cursor: string | undefined = FIRST_CURSOR;
	while (cursor && (returnAll || bindings.length < limit)) {
		const pageLimit = returnAll ? 100 : Math.min(100, limit - bindings.length);
		const page: IDataObject = await unlessNotFound.call(
			this,

			privateNumberCall.call(this, input, {
				method: 'GET',
				uri: URI_V2,
				qs: { virtualNum, cursor, limit: pageLimit },
				retry: 'safe',
			}),
		);
		bindings.push(...((page.bindInfoList ?? page.extendNumList ?? []) as IDataObject[]));
		const next = (page.nextCursor ?? page.nextCusor) as string | undefined;
		cursor = next && next !== cursor ? next : undefined;
	}
	return (returnAll ? bindings : bindings.slice(0, limit)).map((binding) =>
		bindingItem('AXE', binding),
	);
}
