import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { BINDING_MODES } from '../../bindingModes';
import { FIELDS } from '../binding/fields';
import { subscriptionIdLocator } from '../binding/search';

export const RESOURCE = 'axbBinding';
export const MODE = 'AXB';
export const URI = BINDING_MODES.AXB.uri;

/** The binding's ID: typed, computed, or picked from the bindings of an X number. */
export const SUBSCRIPTION_ID = subscriptionIdLocator('searchAxbBindings');

export const X_NUMBER: FieldSpec = {
	name: 'relationNum',
	displayName: 'X Number',
	kind: 'phone',
	required: true,
	example: '+8617010000001',
	description: 'The private number (X) of the app',
};
export const A_NUMBER: FieldSpec = {
	name: 'callerNum',
	displayName: 'A Number',
	kind: 'phone',
	required: true,
	example: '+8613800000000',
	description: 'One party, e.g. the customer',
};
export const B_NUMBER: FieldSpec = {
	name: 'calleeNum',
	displayName: 'B Number',
	kind: 'phone',
	required: true,
	example: '+8613900000000',
	description: 'The other party, e.g. the driver',
};

/** Optional fields of create and update (update also allows new A/B numbers). */
export const BINDING_OPTIONS: FieldSpec[] = [
	FIELDS.callDirection,
	{
		name: 'duration',
		displayName: 'Binding Lifetime (Seconds)',
		kind: 'integer',
		min: 0,
		max: 7776000,
		description:
			'The binding is removed after this many seconds (up to 90 days); 0 means it never expires',
	},
	FIELDS.maxDuration,
	FIELDS.recordFlag,
	FIELDS.recordHintTone,
	FIELDS.lastMinVoice,
	FIELDS.privateSms,
	FIELDS.callerHintTone,
	FIELDS.calleeHintTone,
	FIELDS.userData,
];

/** A binding found by its subscription ID. */
export const BY_ID: LookupChoice = {
	name: 'Subscription ID',
	value: 'subscriptionId',
	fields: [SUBSCRIPTION_ID],
};

/** Get finds a binding by its subscription ID, or by X (optionally narrowed to A and/or B). */
export const GET_LOOKUP: LookupChoice[] = [
	BY_ID,
	{
		name: 'X Number (and Optionally A or B)',
		value: 'relationNum',
		fields: [
			X_NUMBER,
			{ ...A_NUMBER, required: false, description: 'Only the binding of this A on X' },
			{ ...B_NUMBER, required: false, description: 'Only the binding of this B on X' },
		],
	},
];

/** Delete removes one binding by ID, or every binding of X. */
export const DELETE_LOOKUP: LookupChoice[] = [
	BY_ID,
	{ name: 'X Number (Deletes Every Binding on X)', value: 'relationNum', fields: [X_NUMBER] },
];
