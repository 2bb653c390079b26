import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { BINDING_MODES } from '../../bindingModes';
import { subscriptionIdLocator } from '../binding/search';

export const RESOURCE = 'axBinding';
export const MODE = 'AX';
export const URI = BINDING_MODES.AX.uri;

/** The binding's ID: typed, computed, or picked from the bindings of an X number. */
export const SUBSCRIPTION_ID = subscriptionIdLocator('searchAxBindings');

export const A_NUMBER: FieldSpec = {
	name: 'origNum',
	displayName: 'A Number',
	kind: 'phone',
	required: true,
	example: '+8613800000000',
	description: 'The user who owns the private number: anyone calling X reaches A',
};
export const X_NUMBER: FieldSpec = {
	name: 'privateNum',
	displayName: 'X Number',
	kind: 'phone',
	required: true,
	example: '+8617010000001',
	description: 'The private number (X) of the app',
};

/** Update, Delete and Set Temporary Callee find the binding by subscription ID or by X. */
export const BINDING_LOOKUP: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [SUBSCRIPTION_ID] },
	{ name: 'X Number', value: 'privateNum', fields: [X_NUMBER] },
];
