import type { FieldSpec } from '../../../shared/fields';
import { FIELDS } from '../common';

export const RESOURCE = 'axbBinding';
export const URI = '/rest/caas/relationnumber/partners/v1.0';

export const X_NUMBER: FieldSpec = {
	name: 'relationNum',
	displayName: 'X Number',
	kind: 'phone',
	required: true,
	placeholder: '+8617010000001',
	description: 'The private number (X) of the app',
};
export const A_NUMBER: FieldSpec = {
	name: 'callerNum',
	displayName: 'A Number',
	kind: 'phone',
	required: true,
	placeholder: '+8613800000000',
	description: 'One party, e.g. the customer',
};
export const B_NUMBER: FieldSpec = {
	name: 'calleeNum',
	displayName: 'B Number',
	kind: 'phone',
	required: true,
	placeholder: '+8613900000000',
	description: 'The other party, e.g. the driver',
};
export const DURATION: FieldSpec = {
	name: 'duration',
	displayName: 'Binding Lifetime (Seconds)',
	kind: 'integer',
	min: 0,
	max: 7776000,
	description:
		'The binding is removed after this many seconds (up to 90 days); 0 means it never expires',
};

/** Optional fields of create and update (update also allows new A/B numbers). */
export const BINDING_OPTIONS: FieldSpec[] = [
	FIELDS.callDirection,
	DURATION,
	FIELDS.maxDuration,
	FIELDS.recordFlag,
	FIELDS.recordHintTone,
	FIELDS.lastMinVoice,
	FIELDS.privateSms,
	FIELDS.callerHintTone,
	FIELDS.calleeHintTone,
	FIELDS.userData,
];
