import type { IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import {
	collectionProperty,
	fieldProperty,
	lookupProperties,
	readLookup,
} from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { FIELDS, privateNumberCall } from '../common';
import { CALLEE_URI, RESOURCE, SELECTOR } from './fields';

const CALLEE: FieldSpec = {
	name: 'calleeNum',
	displayName: 'Callee Number',
	kind: 'phone',
	required: true,
	description: 'Who A reaches when A next calls X (must differ from A)',
};
const OPTIONS: FieldSpec[] = [
	{
		name: 'duration',
		displayName: 'Valid For (Seconds)',
		kind: 'integer',
		min: 1,
		max: 259200,
		default: 60,
		description: 'How long this temporary callee applies (1 second to 3 days; Huawei default 60)',
	},
	{ ...FIELDS.maxDuration, description: 'Longest talk time of that call; 0 means unlimited' },
	FIELDS.lastMinVoice,
	FIELDS.userData,
];

export const description = forOperation(RESOURCE, 'setTemporaryCallee', [
	...lookupProperties(SELECTOR, 'Binding'),
	fieldProperty(CALLEE),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const body = {
		...readLookup(input, SELECTOR),
		calleeNum: input.field(CALLEE),
		...input.collection('additionalFields', OPTIONS),
	};
	await privateNumberCall.call(this, input, {
		method: 'PUT',
		uri: CALLEE_URI,
		body,
		retry: 'safe',
	});
	return { mode: 'AX', temporaryCalleeSet: true, ...body };
}
