import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { PUSH_OPTIONS, startedCall, VC_FIELDS } from '../fields';

const URI = '/rest/httpsessions/callVerify/v1.0';

const VERIFY_CODE: FieldSpec = {
	name: 'verifyCode',
	displayName: 'Verification Code',
	kind: 'digits',
	min: 2,
	max: 8,
	required: true,
	example: '123456',
	description:
		'2 to 8 digits, read out digit by digit (in Chinese, the only language Huawei offers)',
};
const PRE_TONE: FieldSpec = {
	name: 'preTone',
	displayName: 'Announcement Before Code',
	kind: 'voiceFile',
	required: true,
	example: 'pretone.wav',
	description: 'Approved audio file played before the code',
};
/** The language the code is read out in: Chinese (2), the only one Huawei documents. */
const CHINESE = 2;
const OPTIONS: FieldSpec[] = [
	{
		name: 'posTone',
		displayName: 'Announcement After Code',
		kind: 'voiceFile',
		example: 'postone.wav',
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
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	return {
		displayNbr: item.read(VC_FIELDS.displayNbr),
		calleeNbr: item.read(VC_FIELDS.calleeNbr),
		languageType: CHINESE,
		preTone: item.read(PRE_TONE),
		verifyCode: item.read(VERIFY_CODE),
		...item.collection('additionalFields', OPTIONS),
	};
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	const answer = await api.startCall({ method: 'POST', uri: URI, body });
	return startedCall(answer, body);
}
