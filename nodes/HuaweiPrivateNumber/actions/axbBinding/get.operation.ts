import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import type { BindingQuery } from '../bindings';
import { bindingItem, readSimple } from '../bindings';
import { GET_LOOKUP, MODE, RESOURCE, URI } from './fields';

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
	return ((answer.relationNumList ?? []) as IDataObject[]).map((binding) =>
		bindingItem(MODE, binding, simple),
	);
}
