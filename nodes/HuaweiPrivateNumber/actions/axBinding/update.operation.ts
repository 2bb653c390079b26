import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import { collectionProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { FIELDS } from '../fields';
import { BINDING_LOOKUP, MODE, RESOURCE, URI } from './fields';

/** The fields ModifyAXBinding changes. */
const UPDATE_FIELDS = [FIELDS.maxDuration, FIELDS.privateSms, FIELDS.recordFlag, FIELDS.userData];

export const description = forOperation(RESOURCE, 'update', [
	...lookupProperties(BINDING_LOOKUP),
	collectionProperty('updateFields', 'Update Fields', UPDATE_FIELDS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const changes = item.collection('updateFields', UPDATE_FIELDS);
	if (Object.keys(changes).length === 0)
		item.fail('"Update Fields"', 'is empty: add at least one field to change');
	return { ...readLookup(item, BINDING_LOOKUP), ...changes };
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	await api.request({ method: 'PUT', uri: URI, body, retry: 'safe' });
	return { mode: MODE, updated: true, ...body };
}
