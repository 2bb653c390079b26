import type { IDataObject } from 'n8n-workflow';

import type { Operation } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { fieldProperty } from '../../../shared/parameters/fieldSpec';
import {
	FIRST_PAGE,
	PageGuard,
	paginationProperties,
	readLimit,
} from '../../../shared/parameters/pagination';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import { bindingItem, readSimple } from './output';
import { checkedRecords } from '../../../shared/api/envelope';
import type { BindingPager } from './search';

/** What sets one mode's Get Many apart: its X Number field and how its bindings are paged. */
export interface GetManyBindingsSpec {
	resource: string;
	mode: string;
	xNumber: FieldSpec;
	pages: BindingPager;
}

export interface GetManyBindingsPlan {
	xNumber: string;
	limit: number;
	simple: boolean;
}

/**
 * Get Many of one mode: walks the pages of the bindings of X until enough are read or the platform
 * says there are no more; a page that brings nothing new ends the walk (the platform looping), and
 * a repeated page token or too many pages end it with an error.
 */
export function getManyBindingsOperation(
	spec: GetManyBindingsSpec,
): Operation<GetManyBindingsPlan> {
	return {
		description: forOperation(spec.resource, 'getMany', [
			fieldProperty(spec.xNumber),
			...paginationProperties(),
			simplifyProperty,
		]),
		prepare(item) {
			return {
				xNumber: item.read(spec.xNumber) as string,
				limit: readLimit(item),
				simple: readSimple(item),
			};
		},
		async execute(plan, api) {
			const guard = new PageGuard(this.getNode(), api.itemIndex);
			const bindings = new Map<string, IDataObject>();
			let token: string | undefined = FIRST_PAGE;
			while (token !== undefined && bindings.size < plan.limit) {
				guard.next(token, bindings.size);
				const wanted = plan.limit - bindings.size;
				const page = await spec.pages(api, plan.xNumber, token, wanted, checkedRecords);
				const before = bindings.size;
				for (const binding of page.bindings) bindings.set(String(binding.subscriptionId), binding);
				token = bindings.size > before ? page.next : undefined;
			}
			return [...bindings.values()]
				.slice(0, plan.limit)
				.map((binding) => bindingItem(spec.mode, binding, plan.simple));
		},
	};
}
