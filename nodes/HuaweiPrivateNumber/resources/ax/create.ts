import type { IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import {
	FIELDS,
	numberSourceProperties,
	privateNumberCall,
	readNumberSource,
	withPreVoice,
} from '../common';
import { A_NUMBER, RESOURCE, URI, X_NUMBER } from './fields';

const OPTIONS: FieldSpec[] = [
	FIELDS.recordFlag,
	FIELDS.recordHintTone,
	{
		name: 'calleeNumDisplay',
		displayName: 'Number Shown to A',
		kind: 'options',
		default: '0',
		options: [
			{ name: 'X Number (Required by Carriers)', value: '0' },
			{ name: 'Real Caller Number', value: '1' },
		],
	},
	FIELDS.privateSms,
	{ ...FIELDS.callerHintTone, description: 'Approved audio file A hears when calling X' },
	{ ...FIELDS.calleeHintTone, description: 'Approved audio file others hear when calling X' },
	FIELDS.maxDuration,
	FIELDS.lastMinVoice,
	{
		name: 'turnFlag',
		displayName: 'Number Powered On',
		kind: 'flag',
		default: true,
		flagValues: ['on', 'off'],
		description: 'Whether the private number takes calls (off: powered off)',
	},
	FIELDS.callDirection,
	FIELDS.userData,
];

export const description = forOperation(RESOURCE, 'create', [
	fieldProperty(A_NUMBER),
	...numberSourceProperties(X_NUMBER),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const source = readNumberSource(input, X_NUMBER);
	const body = {
		origNum: input.field(A_NUMBER),
		...source,
		...(source.areaCode ? { privateNumType: 'mobile-virtual' } : {}),
		...withPreVoice(input.collection('additionalFields', OPTIONS)),
	};
	const answer = await privateNumberCall.call(this, input, {
		method: 'POST',
		uri: URI,
		body,
		retry: 'create',
	});
	return { mode: 'AX', ...answer };
}
