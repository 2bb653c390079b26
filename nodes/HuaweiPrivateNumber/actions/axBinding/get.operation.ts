import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import type { BindingQuery } from '../bindings';
import { bindingItem, readSimple } from '../bindings';
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
	return { query: readLookup(item, GET_LOOKUP), simple: readSimple(this, item) };
}

export async function execute(
	this: IExecuteFunctions,
	{ query: qs, simple }: BindingQuery,
	api: ItemApi,
) {
	const answer = await api.request({ method: 'GET', uri: URI, qs, retry: 'safe' });
	return ((answer.privateNumList ?? []) as IDataObject[]).map((binding) =>
		bindingItem(MODE, binding, simple),
	);
}
