import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty, requireSome } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { FIELDS, privateNumberCall, withPreVoice } from '../common';
import { A_NUMBER, B_NUMBER, BINDING_OPTIONS, RESOURCE, URI } from './fields';

const UPDATE_FIELDS = [A_NUMBER, B_NUMBER, ...BINDING_OPTIONS];

export const description = forOperation(RESOURCE, 'update', [
	fieldProperty(FIELDS.subscriptionId),
	collectionProperty('updateFields', 'Update Fields', UPDATE_FIELDS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const subscriptionId = input.field(FIELDS.subscriptionId);
	const changes = requireSome(
		input,
		withPreVoice(input.collection('updateFields', UPDATE_FIELDS)),
		'Update Fields',
	);
	await privateNumberCall.call(this, input, {
		method: 'PUT',
		uri: URI,
		body: { subscriptionId, ...changes },
		retry: 'safe',
	});
	return { mode: 'AXB', subscriptionId, updated: true, ...changes };
}
