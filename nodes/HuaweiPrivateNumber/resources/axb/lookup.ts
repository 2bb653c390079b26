import type { FieldSpec, LookupChoice } from '../../../shared/fields';
import { FIELDS } from '../common';
import { X_NUMBER } from './fields';

const OPTIONAL_A: FieldSpec = {
	name: 'callerNum',
	displayName: 'A Number',
	kind: 'phone',
	description: 'Only the binding of this A on X',
};
const OPTIONAL_B: FieldSpec = {
	name: 'calleeNum',
	displayName: 'B Number',
	kind: 'phone',
	description: 'Only the binding of this B on X',
};

/** Get finds a binding by its subscription ID, or by X (optionally narrowed to A and/or B). */
export const GET_CHOICES: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [FIELDS.subscriptionId] },
	{
		name: 'X Number (and Optionally A or B)',
		value: 'relationNum',
		fields: [X_NUMBER, OPTIONAL_A, OPTIONAL_B],
	},
];

/** Delete removes one binding by ID, or every binding of X. */
export const DELETE_CHOICES: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [FIELDS.subscriptionId] },
	{ name: 'X Number (Deletes Every Binding on X)', value: 'relationNum', fields: [X_NUMBER] },
];
