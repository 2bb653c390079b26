import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { removeBinding } from '../bindings';
import { BINDING_LOOKUP, MODE, RESOURCE, URI } from './fields';

export const description = forOperation(RESOURCE, 'delete', lookupProperties(BINDING_LOOKUP));

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	return readLookup(item, BINDING_LOOKUP);
}

export async function execute(this: IExecuteFunctions, qs: IDataObject, api: ItemApi) {
	return { mode: MODE, ...(await removeBinding(api, { method: 'DELETE', uri: URI, qs })), ...qs };
}
