import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { lookupProperties, readLookup } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { bindingItem, privateNumberCall } from '../common';
import { RESOURCE, URI } from './fields';
import { GET_CHOICES } from './lookup';

export const description = forOperation(RESOURCE, 'get', lookupProperties(GET_CHOICES));

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const answer = await privateNumberCall.call(this, input, {
		method: 'GET',
		uri: URI,
		qs: readLookup(input, GET_CHOICES),
		retry: 'safe',
	});
	return ((answer.relationNumList ?? []) as IDataObject[]).map((binding) =>
		bindingItem('AXB', binding),
	);
}
