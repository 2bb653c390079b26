import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import type { BindingQuery } from '../bindings';
import { bindingItem, readSimple } from '../bindings';
import { BINDING_LOOKUP, bindingsOf, MODE, RESOURCE, URI } from './fields';

export const description = forOperation(RESOURCE, 'get', [
	...lookupProperties(BINDING_LOOKUP),
	simplifyProperty,
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): BindingQuery {
	return { query: readLookup(item, BINDING_LOOKUP), simple: readSimple(this, item) };
}

/** v1.0 answers with the binding's fields at top level; a list form is accepted too. */
export async function execute(
	this: IExecuteFunctions,
	{ query: qs, simple }: BindingQuery,
	api: ItemApi,
) {
	const answer = await api.request({ method: 'GET', uri: URI, qs, retry: 'safe' });
	return (bindingsOf(answer) ?? [answer]).map((binding) => bindingItem(MODE, binding, simple));
}
