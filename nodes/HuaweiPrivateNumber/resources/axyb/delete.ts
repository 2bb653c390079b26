import type { IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { FIELDS } from '../common';
import { axybCall, RESOURCE } from './fields';

const Y_NUMBER: FieldSpec = {
	name: 'yNum',
	displayName: 'Y Number',
	kind: 'phone',
	required: true,
	description: 'The Y returned by the YB step',
};
const B_NUMBER: FieldSpec = {
	name: 'bNum',
	displayName: 'B Number',
	kind: 'phone',
	required: true,
};

export const description = forOperation(RESOURCE, 'delete', [
	fieldProperty(FIELDS.subscriptionId),
	{
		displayName: 'Remove',
		name: 'scope',
		type: 'options',
		options: [
			{ name: 'Whole Binding (AX and Every YB)', value: 'all' },
			{ name: 'One YB Relation, by Y Number', value: 'yNum' },
			{ name: 'One YB Relation, by B Number', value: 'bNum' },
		],
		default: 'all',
	},
	{ ...fieldProperty(Y_NUMBER), displayOptions: { show: { scope: ['yNum'] } } },
	{ ...fieldProperty(B_NUMBER), displayOptions: { show: { scope: ['bNum'] } } },
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const scope = input.raw('scope');
	const one =
		scope === 'yNum'
			? { yNum: input.field(Y_NUMBER) }
			: scope === 'bNum'
				? { bNum: input.field(B_NUMBER) }
				: {};
	const qs = { subscriptionId: input.field(FIELDS.subscriptionId), ...one };
	await axybCall.call(this, input, { method: 'DELETE', qs, retry: 'safe' });
	return { mode: 'AXYB', deleted: true, ...qs };
}
