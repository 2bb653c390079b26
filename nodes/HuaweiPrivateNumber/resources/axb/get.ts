import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { bindingItem, privateNumberCall } from '../common';
import { RESOURCE, URI } from './fields';
import { lookupProperties, readLookup } from './lookup';

export const description = forOperation(
	RESOURCE,
	'get',
	lookupProperties('X Number (and Optionally A or B)', true),
);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const answer = await privateNumberCall.call(this, input, {
		method: 'GET',
		uri: URI,
		qs: readLookup(input, true),
		retry: 'safe',
	});
	return ((answer.relationNumList ?? []) as IDataObject[]).map((binding) =>
		bindingItem('AXB', binding),
	);
}
