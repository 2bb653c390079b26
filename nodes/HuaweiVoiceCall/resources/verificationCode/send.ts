import type { IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { PUSH_OPTIONS, startVoiceCall, VC_FIELDS } from '../common';

const VERIFY_CODE: FieldSpec = {
	name: 'verifyCode',
	displayName: 'Verification Code',
	kind: 'digits',
	min: 2,
	max: 8,
	required: true,
	placeholder: '123456',
	description: '2 to 8 digits, read out digit by digit',
};
const PRE_TONE: FieldSpec = {
	name: 'preTone',
	displayName: 'Announcement Before Code',
	kind: 'voiceFile',
	required: true,
	placeholder: 'pretone.wav',
	description: 'Approved audio file played before the code',
};
const LANGUAGE: FieldSpec = {
	name: 'languageType',
	displayName: 'Language',
	kind: 'options',
	default: 2,
	options: [{ name: 'Chinese', value: 2 }],
};
const OPTIONS: FieldSpec[] = [
	{
		name: 'posTone',
		displayName: 'Announcement After Code',
		kind: 'voiceFile',
		description: 'Approved audio file played after the code',
	},
	{
		name: 'times',
		displayName: 'Play Times',
		kind: 'integer',
		min: 0,
		max: 9,
		default: 3,
		description: 'How often the code is played; 0 repeats until the callee hangs up',
	},
	...PUSH_OPTIONS,
];

export const description = forOperation('verificationCode', 'send', [
	fieldProperty(VC_FIELDS.displayNbr),
	fieldProperty(VC_FIELDS.calleeNbr),
	fieldProperty(VERIFY_CODE),
	fieldProperty(PRE_TONE),
	fieldProperty(LANGUAGE),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const body = {
		displayNbr: input.field(VC_FIELDS.displayNbr),
		calleeNbr: input.field(VC_FIELDS.calleeNbr),
		languageType: input.field(LANGUAGE),
		preTone: input.field(PRE_TONE),
		verifyCode: input.field(VERIFY_CODE),
		...input.collection('additionalFields', OPTIONS),
	};
	const answer = await startVoiceCall.call(this, input, '/rest/httpsessions/callVerify/v1.0', body);
	return { ...answer, calleeNbr: body.calleeNbr, displayNbr: body.displayNbr };
}
