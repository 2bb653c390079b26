import type { IDataObject } from 'n8n-workflow';

import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { answerList } from '../../../shared/api/envelope';
import { FIELDS } from '../fields';
import { subscriptionIdLocator } from '../bindingSearch';

export const RESOURCE = 'axeBinding';
export const URI = '/rest/caas/extendnumber/v1.0';
export const MODE = 'AXE';

/** The binding's ID: typed, computed, or picked from the bindings of an X number. */
export const SUBSCRIPTION_ID = subscriptionIdLocator('searchAxeBindings');

export const A_NUMBER: FieldSpec = {
	name: 'bindNum',
	displayName: 'A Number',
	kind: 'phone',
	required: true,
	example: '+8613800000000',
	description: 'The user reached when callers dial X and then the extension',
};
export const X_NUMBER: FieldSpec = {
	name: 'virtualNum',
	displayName: 'X Number',
	kind: 'phone',
	required: true,
	example: '+8617010000001',
	description: 'The private number (X) of the app',
};
export const EXTENSION: FieldSpec = {
	name: 'extendNum',
	displayName: 'Extension',
	kind: 'digits',
	min: 1,
	max: 4,
	required: true,
	example: '1234',
	description:
		'The extension (E) keyed in after dialling X; its length is fixed per app (1-4 digits)',
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
		example: 'no_callback.wav',
		description:
			'Played when A dials X and nobody called A recently (not together with Callback Number)',
	},
	{
		name: 'callbackNum',
		displayName: 'Callback Number',
		kind: 'phone',
		example: '+8613900000000',
		description:
			'Where A is forwarded when A dials X and nobody called A recently (not together with the announcement)',
	},
	{
		name: 'timeUnit',
		displayName: 'Lifetime Unit',
		kind: 'options',
		default: '0',
		options: [
			{ name: 'Hours', value: '0' },
			{ name: 'Minutes', value: '1' },
		],
	},
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
export function checkBindingOptions(item: ItemParameters, body: IDataObject): IDataObject {
	if (body.callbackTone && body.callbackNum)
		item.fail('"No-Callback Announcement File" and "Callback Number"', 'cannot both be set');
	if ((body.timeUnit ?? '0') === '0') {
		for (const spec of BINDING_OPTIONS.filter((s) => s.name.endsWith('ExpiredTime'))) {
			if (Number(body[spec.name] ?? 0) > 43200)
				item.fail(`"${spec.displayName}"`, 'must be at most 43200 hours');
		}
	}
	return body;
}

/** Update, Get and Delete find the binding by subscription ID, or by X and extension together. */
export const BINDING_LOOKUP: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [SUBSCRIPTION_ID] },
	{ name: 'X Number and Extension', value: 'extension', fields: [X_NUMBER, EXTENSION] },
];

/** AXE answers list bindings as bindInfoList (extendNumList in some versions). */
export function bindingsOf(answer: IDataObject): IDataObject[] | undefined {
	return answerList(answer, 'bindInfoList', 'extendNumList');
}

/** The cursor to the next page: nextCursor (nextCusor in one doc page). */
export function nextCursorOf(answer: IDataObject): string | undefined {
	const next = answer.nextCursor ?? answer.nextCusor;
	return typeof next === 'string' && next !== '' ? next : undefined;
}
