import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import { lookupProperties } from '../../../shared/parameters/lookup';
import type { BindingQuery } from '../bindings';
import { getBindings, readBindingQuery } from '../bindings';
import { BINDING_LOOKUP, bindingsOf, MODE, RESOURCE, URI } from './fields';

export const description = forOperation(RESOURCE, 'get', [
	...lookupProperties(BINDING_LOOKUP),
	simplifyProperty,
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): BindingQuery {
	return readBindingQuery(this, item, BINDING_LOOKUP);
}

/** v1.0 answers with the binding's fields at top level; a list form is accepted too. */
export async function execute(
	this: IExecuteFunctions,
	{ query, simple }: BindingQuery,
	api: ItemApi,
) {
	return getBindings(
		api,
		MODE,
		{ uri: URI, qs: query },
		simple,
		(answer) => bindingsOf(answer) ?? [answer],
	);
}
