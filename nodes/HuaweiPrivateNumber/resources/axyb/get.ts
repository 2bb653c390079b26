import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { bindingItem, FIELDS } from '../common';
import { axybCall, RESOURCE } from './fields';

const X_NUMBER: FieldSpec = {
	name: 'relationNum',
	displayName: 'X Number',
	kind: 'phone',
	required: true,
	description: 'The X returned by the AX step',
};

export const description = forOperation(RESOURCE, 'get', [
	{
		displayName: 'Look Up By',
		name: 'lookupBy',
		type: 'options',
		options: [
			{ name: 'Subscription ID', value: 'subscriptionId' },
			{ name: 'X Number', value: 'relationNum' },
		],
		default: 'subscriptionId',
	},
	{
		...fieldProperty(FIELDS.subscriptionId),
		displayOptions: { show: { lookupBy: ['subscriptionId'] } },
	},
	{ ...fieldProperty(X_NUMBER), displayOptions: { show: { lookupBy: ['relationNum'] } } },
]);

/** One item per A-X-Y-B relation (up to 5). */
export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const qs =
		input.raw('lookupBy') === 'relationNum'
			? { relationNum: input.field(X_NUMBER) }
			: { subscriptionId: input.field(FIELDS.subscriptionId) };
	const answer = await axybCall.call(this, input, { method: 'GET', qs, retry: 'safe' });
	return ((answer.xyRelationNumList ?? []) as IDataObject[]).map((relation) =>
		bindingItem('AXYB', { subscriptionId: relation.bindId, ...relation }),
	);
}
