import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import {
	collectionProperty,
	lookupProperties,
	readLookup,
	requireSome,
} from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { FIELDS, privateNumberCall } from '../common';
import { RESOURCE, SELECTOR, URI } from './fields';

const UPDATE_FIELDS = [FIELDS.maxDuration, FIELDS.privateSms, FIELDS.recordFlag, FIELDS.userData];

export const description = forOperation(RESOURCE, 'update', [
	...lookupProperties(SELECTOR, 'Binding'),
	collectionProperty('updateFields', 'Update Fields', UPDATE_FIELDS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const selector = readLookup(input, SELECTOR);
	const changes = requireSome(
		input,
		input.collection('updateFields', UPDATE_FIELDS),
		'Update Fields',
	);
	await privateNumberCall.call(this, input, {
		method: 'PUT',
		uri: URI,
		body: { ...selector, ...changes },
		retry: 'safe',
	});
	return { mode: 'AX', updated: true, ...selector, ...changes };
}
