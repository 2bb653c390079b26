import type { IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { AREA_CODE, AREA_MATCH, FIELDS } from '../common';
import { axybCall, checkLifetime, PRE_VOICE_Y, RESOURCE, YB_DURATION } from './fields';

const B_NUMBER: FieldSpec = {
	name: 'origNum',
	displayName: 'B Number',
	kind: 'phone',
	required: true,
	description: 'B gets Y; A will call Y to reach B',
};
const OPTIONS: FieldSpec[] = [
	{
		...AREA_CODE,
		required: false,
		description: 'City of Y; leave empty to pick Y like X was picked',
	},
	AREA_MATCH,
	YB_DURATION,
	PRE_VOICE_Y,
];

export const description = forOperation(RESOURCE, 'addYb', [
	{ ...fieldProperty(FIELDS.subscriptionId), description: 'The ID returned by the AX step' },
	fieldProperty(B_NUMBER),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const options = input.collection('additionalFields', OPTIONS);
	checkLifetime(input, 'YB Lifetime (Seconds)', options.ybDuration);
	const body = {
		subscriptionId: input.field(FIELDS.subscriptionId),
		origNum: input.field(B_NUMBER),
		...options,
	};
	const answer = await axybCall.call(this, input, { method: 'POST', body, retry: 'create' });
	return {
		mode: 'AXYB',
		step: 'YB',
		subscriptionId: answer.subscriptionId ?? body.subscriptionId,
		numB: body.origNum,
		numY: answer.relationNumber,
		...answer,
	};
}
