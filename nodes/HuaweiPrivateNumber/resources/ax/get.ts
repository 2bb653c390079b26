import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput, LookupChoice } from '../../../shared/fields';
import { lookupProperties, readLookup } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { bindingItem, FIELDS, privateNumberCall } from '../common';
import { A_NUMBER, RESOURCE, URI, X_NUMBER } from './fields';

const CHOICES: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [FIELDS.subscriptionId] },
	{ name: 'A Number (All X of A)', value: 'origNum', fields: [A_NUMBER] },
	{ name: 'X Number', value: 'privateNum', fields: [X_NUMBER] },
];

export const description = forOperation(RESOURCE, 'get', lookupProperties(CHOICES));

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const answer = await privateNumberCall.call(this, input, {
		method: 'GET',
		uri: URI,
		qs: readLookup(input, CHOICES),
		retry: 'safe',
	});
	return ((answer.privateNumList ?? []) as IDataObject[]).map((binding) =>
		bindingItem('AX', binding),
	);
}
