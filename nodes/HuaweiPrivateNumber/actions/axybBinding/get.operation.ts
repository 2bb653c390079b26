import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { lookupProperties } from '../../../shared/parameters/lookup';
import type { BindingQuery } from '../bindings';
import { getBindings, list, readBindingQuery } from '../bindings';
import { MODE, RESOURCE, URI, withAppKey, SUBSCRIPTION_ID } from './fields';

const GET_LOOKUP: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [SUBSCRIPTION_ID] },
	{
		name: 'X Number',
		value: 'relationNum',
		fields: [
			{
				name: 'relationNum',
				displayName: 'X Number',
				kind: 'phone',
				required: true,
				example: '+8617010000001',
				description: 'The X returned by the AX step',
			},
		],
	},
];

export const description = forOperation(RESOURCE, 'get', [
	...lookupProperties(GET_LOOKUP),
	simplifyProperty,
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): BindingQuery {
	return readBindingQuery(this, item, GET_LOOKUP);
}

/** One item per A-X-Y-B relation (up to 5). */
export async function execute(
	this: IExecuteFunctions,
	{ query, simple }: BindingQuery,
	api: ItemApi,
) {
	const qs = await withAppKey(api, query);
	return getBindings(api, MODE, { uri: URI, qs }, simple, (answer) =>
		list(answer.xyRelationNumList).map((relation) => ({
			subscriptionId: relation.bindId,
			...relation,
		})),
	);
}
