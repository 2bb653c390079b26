import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { withPreVoice } from '../fields';
import {
	A_NUMBER,
	B_NUMBER,
	BINDING_OPTIONS,
	MODE,
	RESOURCE,
	URI,
	SUBSCRIPTION_ID,
} from './fields';

const UPDATE_FIELDS = [A_NUMBER, B_NUMBER, ...BINDING_OPTIONS];

export const description = forOperation(RESOURCE, 'update', [
	fieldProperty(SUBSCRIPTION_ID),
	collectionProperty('updateFields', 'Update Fields', UPDATE_FIELDS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const changes = withPreVoice(item.collection('updateFields', UPDATE_FIELDS));
	if (Object.keys(changes).length === 0)
		item.fail('"Update Fields"', 'is empty: add at least one field to change');
	return { subscriptionId: item.read(SUBSCRIPTION_ID), ...changes };
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	await api.request({ method: 'PUT', uri: URI, body, retry: 'safe' });
	return { mode: MODE, updated: true, ...body };
}
