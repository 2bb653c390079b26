import type { IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { AREA_CODE, AREA_MATCH, FIELDS } from '../common';
import {
	axybCall,
	checkLifetime,
	LIFETIME_NOTE,
	PRE_VOICE_Y,
	RESOURCE,
	YB_DURATION,
} from './fields';

const A_NUMBER: FieldSpec = {
	name: 'origNum',
	displayName: 'A Number',
	kind: 'phone',
	required: true,
	description: 'A gets X; B will call X to reach A',
};
const OPTIONS: FieldSpec[] = [
	{
		...FIELDS.callDirection,
		options: [
			{ name: 'Both Directions', value: 0 },
			{ name: 'Only A Calls B (Through Y)', value: 1 },
			{ name: 'Only B Calls A (Through X)', value: 2 },
		],
	},
	{
		name: 'duration',
		displayName: 'Binding Lifetime (Seconds)',
		kind: 'integer',
		min: 0,
		max: 7776000,
		description: LIFETIME_NOTE,
	},
	YB_DURATION,
	FIELDS.recordFlag,
	FIELDS.recordHintTone,
	{
		name: 'preVoiceX',
		displayName: 'Wait Tone on X',
		kind: 'voiceFile',
		description: 'Approved audio file played while a call through X connects',
	},
	PRE_VOICE_Y,
	FIELDS.userData,
];

export const description = forOperation(RESOURCE, 'createAx', [
	fieldProperty(A_NUMBER),
	fieldProperty(AREA_CODE),
	fieldProperty(AREA_MATCH),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const options = input.collection('additionalFields', OPTIONS);
	checkLifetime(input, 'Binding Lifetime (Seconds)', options.duration);
	checkLifetime(input, 'YB Lifetime (Seconds)', options.ybDuration);
	const body = {
		origNum: input.field(A_NUMBER),
		areaCode: input.field(AREA_CODE),
		areaMatchMode: input.field(AREA_MATCH),
		...options,
	};
	const answer = await axybCall.call(this, input, { method: 'POST', body, retry: 'create' });
	return {
		mode: 'AXYB',
		step: 'AX',
		subscriptionId: answer.subscriptionId,
		numA: body.origNum,
		numX: answer.relationNumber,
		...answer,
	};
}
