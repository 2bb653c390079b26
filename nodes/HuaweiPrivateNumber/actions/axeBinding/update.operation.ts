import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import { collectionProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import {
	BINDING_LOOKUP,
	BINDING_OPTIONS,
	checkBindingOptions,
	MODE,
	RESOURCE,
	URI,
} from './fields';

/** Every create option but the display mode can be changed. */
const UPDATE_FIELDS = BINDING_OPTIONS.filter((spec) => spec.name !== 'displayNumMode');

export const description = forOperation(RESOURCE, 'update', [
	...lookupProperties(BINDING_LOOKUP),
	collectionProperty('updateFields', 'Update Fields', UPDATE_FIELDS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const changes = checkBindingOptions(item, item.collection('updateFields', UPDATE_FIELDS));
	if (Object.keys(changes).length === 0)
		item.fail('"Update Fields"', 'is empty: add at least one field to change');
	return { ...readLookup(item, BINDING_LOOKUP), ...changes };
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	await api.request({ method: 'PUT', uri: URI, body, retry: 'safe' });
	return { mode: MODE, updated: true, ...body };
}
