import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import { fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { PageGuard, paginationProperties, readLimit } from '../../../shared/parameters/pagination';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import { bindingItem, readSimple } from '../bindings';
import { bindingsPage } from './list';
import { MODE, RESOURCE, X_NUMBER } from './fields';

export const description = forOperation(RESOURCE, 'getMany', [
	fieldProperty(X_NUMBER),
	...paginationProperties(),
	simplifyProperty,
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters) {
	return {
		relationNum: item.read(X_NUMBER),
		limit: readLimit(item),
		simple: readSimple(item),
	};
}

/**
 * Walks pageIndex 1, 2, … (pageSize 10-100) until enough are read, a page is short or empty, or
 * totalCount is reached; a page that brings nothing new ends the walk (the platform looping).
 */
export async function execute(
	this: IExecuteFunctions,
	plan: { relationNum: string; limit: number; simple: boolean },
	api: ItemApi,
) {
	const pageSize = Math.min(100, Math.max(10, plan.limit));
	const guard = new PageGuard(this.getNode(), api.itemIndex);
	const bindings = new Map<string, IDataObject>();
	for (let pageIndex = 1; bindings.size < plan.limit; pageIndex++) {
		guard.next(String(pageIndex), bindings.size);
		const { bindings: list, total } = await bindingsPage(
			api,
			plan.relationNum,
			pageIndex,
			pageSize,
		);
		const before = bindings.size;
		for (const binding of list) bindings.set(String(binding.subscriptionId), binding);
		const done =
			list.length < pageSize ||
			bindings.size === before ||
			(Number.isFinite(total) && bindings.size >= total);
		if (done) break;
	}
	return [...bindings.values()]
		.slice(0, plan.limit)
		.map((binding) => bindingItem(MODE, binding, plan.simple));
}
