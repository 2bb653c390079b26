import type { FieldSpec, LookupChoice } from '../../../shared/fields';
import { FIELDS } from '../common';

export const RESOURCE = 'axBinding';
export const URI = '/rest/provision/caas/privatenumber/v1.0';
export const CALLEE_URI = '/rest/caas/privatenumber/calleenumber/v1.0';

export const A_NUMBER: FieldSpec = {
	name: 'origNum',
	displayName: 'A Number',
	kind: 'phone',
	required: true,
	placeholder: '+8613800000000',
	description: 'The user who owns the private number: anyone calling X reaches A',
};
export const X_NUMBER: FieldSpec = {
	name: 'privateNum',
	displayName: 'X Number',
	kind: 'phone',
	required: true,
	placeholder: '+8617010000001',
	description: 'The private number (X) of the app',
};

/** Update, Delete and Set Temporary Callee find the binding by subscription ID or by X. */
export const SELECTOR: LookupChoice[] = [
	{ name: 'By Subscription ID', value: 'subscriptionId', fields: [FIELDS.subscriptionId] },
	{ name: 'By X Number', value: 'privateNum', fields: [X_NUMBER] },
];
