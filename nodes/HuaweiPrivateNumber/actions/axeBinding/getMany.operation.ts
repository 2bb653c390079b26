import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import { fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { PageGuard, paginationProperties, readLimit } from '../../../shared/parameters/pagination';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import { bindingItem, readSimple } from '../bindings';
import { bindingsPage, FIRST_CURSOR } from './list';
import { MODE, RESOURCE, X_NUMBER } from './fields';

export const description = forOperation(RESOURCE, 'getMany', [
	fieldProperty(X_NUMBER),
	...paginationProperties(),
	simplifyProperty,
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters) {
	return {
		virtualNum: item.read(X_NUMBER),
		limit: readLimit(item),
		simple: readSimple(item),
	};
}

/** Query v2.0: follows the next cursor until done, enough are read, or the cursor repeats. */
export async function execute(
	this: IExecuteFunctions,
	plan: { virtualNum: string; limit: number; simple: boolean },
	api: ItemApi,
) {
	const guard = new PageGuard(this.getNode(), api.itemIndex);
	const bindings = new Map<string, IDataObject>();
	let cursor: string | undefined = FIRST_CURSOR;
	while (cursor && bindings.size < plan.limit) {
		guard.next(cursor, bindings.size);
		const limit = Math.min(100, plan.limit - bindings.size);
		const page = await bindingsPage(api, plan.virtualNum, cursor, limit);
		const before = bindings.size;
		for (const binding of page.bindings) bindings.set(String(binding.subscriptionId), binding);
		// A page that brings no binding not seen before ends the walk, whatever its cursor says.
		cursor = bindings.size > before ? page.next : undefined;
	}
	return [...bindings.values()]
		.slice(0, plan.limit)
		.map((binding) => bindingItem(MODE, binding, plan.simple));
}
