import type { IDataObject } from 'n8n-workflow';

import type { FieldSpec, ItemInput, LookupChoice } from '../../../shared/fields';
import { FIELDS } from '../common';

export const RESOURCE = 'axeBinding';
export const URI = '/rest/caas/extendnumber/v1.0';
export const URI_V2 = '/rest/caas/extendnumber/v2.0';
export const COUNT_URI = '/rest/caas/virtualnumber/v1.0';

export const A_NUMBER: FieldSpec = {
	name: 'bindNum',
	displayName: 'A Number',
	kind: 'phone',
	required: true,
	placeholder: '+8613800000000',
	description: 'The user reached when callers dial X and then the extension',
};
export const X_NUMBER: FieldSpec = {
	name: 'virtualNum',
	displayName: 'X Number',
	kind: 'phone',
	required: true,
	placeholder: '+8617010000001',
	description: 'The private number (X) of the app',
};
export const EXTENSION: FieldSpec = {
	name: 'extendNum',
	displayName: 'Extension',
	kind: 'digits',
	min: 1,
	max: 4,
	required: true,
	placeholder: '1234',
	description:
		'The extension (E) keyed in after dialling X; its length is fixed per app (1-4 digits)',
};

const TIME_UNIT: FieldSpec = {
	name: 'timeUnit',
	displayName: 'Lifetime Unit',
	kind: 'options',
	default: '0',
	options: [
		{ name: 'Hours', value: '0' },
		{ name: 'Minutes', value: '1' },
	],
};

/** Optional fields of create (and, for update, the ones the platform lets you change). */
export const BINDING_OPTIONS: FieldSpec[] = [
	{
		name: 'displayNumMode',
		displayName: 'Number Shown to A',
		kind: 'options',
		default: '0',
		options: [
			{ name: 'X Number (Required by Carriers)', value: '0' },
			{ name: 'Real Caller Number', value: '1' },
		],
	},
	FIELDS.recordFlag,
	FIELDS.recordHintTone,
	{
		name: 'callbackTone',
		displayName: 'No-Callback Announcement File',
		kind: 'voiceFile',
		description:
			'Played when A dials X and nobody called A recently (not together with Callback Number)',
	},
	{
		name: 'callbackNum',
		displayName: 'Callback Number',
		kind: 'phone',
		description:
			'Where A is forwarded when A dials X and nobody called A recently (not together with the announcement)',
	},
	TIME_UNIT,
	{
		name: 'bindExpiredTime',
		displayName: 'Binding Lifetime',
		kind: 'integer',
		min: 0,
		max: 2592000,
		description: 'In the chosen unit (up to 43200 hours); 0 means it never expires',
	},
	{
		name: 'callbackExpiredTime',
		displayName: 'Callback Record Lifetime',
		kind: 'integer',
		min: 0,
		max: 2592000,
		description: 'How long A dialling X calls back the last caller, in the chosen unit',
	},
	FIELDS.userData,
];

/** Checks the platform enforces across fields: callback settings exclude each other; hours ≤ 43200. */
export function checkBindingOptions(input: ItemInput, body: IDataObject): IDataObject {
	if (body.callbackTone && body.callbackNum)
		input.fail('"No-Callback Announcement File" and "Callback Number"', 'cannot both be set');
	const hours = (body.timeUnit ?? '0') === '0';
	for (const [key, label] of [
		['bindExpiredTime', 'Binding Lifetime'],
		['callbackExpiredTime', 'Callback Record Lifetime'],
	]) {
		if (hours && Number(body[key] ?? 0) > 43200)
			input.fail(`"${label}"`, 'must be at most 43200 hours');
	}
	return body;
}

/** Update, Get and Delete find the binding by subscription ID, or by X and extension together. */
export const SELECTOR: LookupChoice[] = [
	{ name: 'By Subscription ID', value: 'subscriptionId', fields: [FIELDS.subscriptionId] },
	{ name: 'By X Number and Extension', value: 'extension', fields: [X_NUMBER, EXTENSION] },
];
