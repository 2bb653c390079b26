import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { lookupProperties } from '../../../shared/parameters/lookup';
import type { BindingQuery } from '../bindings';
import { getBindings, list, readBindingQuery } from '../bindings';
import { A_NUMBER, MODE, RESOURCE, URI, X_NUMBER, SUBSCRIPTION_ID } from './fields';

const GET_LOOKUP: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [SUBSCRIPTION_ID] },
	{ name: 'A Number (All X of A)', value: 'origNum', fields: [A_NUMBER] },
	{ name: 'X Number', value: 'privateNum', fields: [X_NUMBER] },
];

export const description = forOperation(RESOURCE, 'get', [
	...lookupProperties(GET_LOOKUP),
	simplifyProperty,
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): BindingQuery {
	return readBindingQuery(this, item, GET_LOOKUP);
}

export async function execute(
	this: IExecuteFunctions,
	{ query, simple }: BindingQuery,
	api: ItemApi,
) {
	return getBindings(api, MODE, { uri: URI, qs: query }, simple, (answer) =>
		list(answer.privateNumList),
	);
}
