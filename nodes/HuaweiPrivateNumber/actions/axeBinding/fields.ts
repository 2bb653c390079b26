import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { BINDING_MODES } from '../../bindingModes';
import { FIELDS } from '../binding/fields';
import { subscriptionIdLocator } from '../binding/search';

export const RESOURCE = 'axeBinding';
export const MODE = 'AXE';
export const URI = BINDING_MODES.AXE.uri;

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
	{ ...FIELDS.numberShownToA, name: 'displayNumMode' },
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

/** Update, Get and Delete find the binding by subscription ID, or by X and extension together. */
export const BINDING_LOOKUP: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [SUBSCRIPTION_ID] },
	{ name: 'X Number and Extension', value: 'extension', fields: [X_NUMBER, EXTENSION] },
];
