import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import {
	numberSourceProperties,
	privateNumberCall,
	readNumberSource,
	withPreVoice,
} from '../common';
import { A_NUMBER, B_NUMBER, BINDING_OPTIONS, RESOURCE, URI, X_NUMBER } from './fields';

export const description = forOperation(RESOURCE, 'create', [
	fieldProperty(A_NUMBER),
	fieldProperty(B_NUMBER),
	...numberSourceProperties(X_NUMBER),
	collectionProperty('additionalFields', 'Additional Fields', BINDING_OPTIONS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const callerNum = input.field(A_NUMBER);
	const calleeNum = input.field(B_NUMBER);
	if (callerNum === calleeNum) input.fail('"B Number"', 'must differ from "A Number"');
	const body = {
		callerNum,
		calleeNum,
		...readNumberSource(input, X_NUMBER),
		...withPreVoice(input.collection('additionalFields', BINDING_OPTIONS)),
	};
	const answer = await privateNumberCall.call(this, input, {
		method: 'POST',
		uri: URI,
		body,
		retry: 'create',
	});
	return { mode: 'AXB', ...answer, callerNum, calleeNum };
}
