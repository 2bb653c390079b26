import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { FIELDS } from '../fields';

export const RESOURCE = 'axBinding';
export const URI = '/rest/provision/caas/privatenumber/v1.0';
export const MODE = 'AX';

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
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [FIELDS.subscriptionId] },
	{ name: 'X Number', value: 'privateNum', fields: [X_NUMBER] },
];
