import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { fieldProperty } from '../../../shared/fields';
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

/** Get and Delete find a binding by its subscription ID, or by X (optionally with A and/or B). */
export function lookupProperties(
	byNumberLabel: string,
	withPartyFilter: boolean,
): INodeProperties[] {
	const byNumber = { show: { lookupBy: ['relationNum'] } };
	return [
		{
			displayName: 'Look Up By',
			name: 'lookupBy',
			type: 'options',
			options: [
				{ name: 'Subscription ID', value: 'subscriptionId' },
				{ name: byNumberLabel, value: 'relationNum' },
			],
			default: 'subscriptionId',
		},
		{
			...fieldProperty(FIELDS.subscriptionId),
			displayOptions: { show: { lookupBy: ['subscriptionId'] } },
		},
		{ ...fieldProperty(X_NUMBER), displayOptions: byNumber },
		...(withPartyFilter
			? [
					{ ...fieldProperty(OPTIONAL_A), displayOptions: byNumber },
					{ ...fieldProperty(OPTIONAL_B), displayOptions: byNumber },
				]
			: []),
	];
}

export function readLookup(input: ItemInput, withPartyFilter: boolean): IDataObject {
	if (input.raw('lookupBy') === 'subscriptionId')
		return { subscriptionId: input.field(FIELDS.subscriptionId) };
	return {
		relationNum: input.field(X_NUMBER),
		...(withPartyFilter
			? { callerNum: input.field(OPTIONAL_A), calleeNum: input.field(OPTIONAL_B) }
			: {}),
	};
}
