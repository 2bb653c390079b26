import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput, LookupChoice } from '../../../shared/fields';
import { lookupProperties, readLookup } from '../../../shared/fields';
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

const CHOICES: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [FIELDS.subscriptionId] },
	{ name: 'X Number', value: 'relationNum', fields: [X_NUMBER] },
];

export const description = forOperation(RESOURCE, 'get', lookupProperties(CHOICES));

/** One item per A-X-Y-B relation (up to 5). */
export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const answer = await axybCall.call(this, input, {
		method: 'GET',
		qs: readLookup(input, CHOICES),
		retry: 'safe',
	});
	return ((answer.xyRelationNumList ?? []) as IDataObject[]).map((relation) =>
		bindingItem('AXYB', { subscriptionId: relation.bindId, ...relation }),
	);
}
