import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { lookupProperties, readLookup } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { privateNumberCall } from '../common';
import { RESOURCE, URI } from './fields';
import { DELETE_CHOICES } from './lookup';

export const description = forOperation(RESOURCE, 'delete', [
	...lookupProperties(DELETE_CHOICES),
	{
		displayName: 'Confirm Deleting All Bindings on X',
		name: 'confirmDeleteAll',
		type: 'boolean',
		default: false,
		description: 'Whether you really mean to remove every binding of this private number',
		displayOptions: { show: { lookupBy: ['relationNum'] } },
	},
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const qs = readLookup(input, DELETE_CHOICES);
	if (qs.relationNum && input.raw('confirmDeleteAll') !== true) {
		input.fail(
			'"Confirm Deleting All Bindings on X"',
			'must be turned on to delete every binding of an X number',
		);
	}
	await privateNumberCall.call(this, input, { method: 'DELETE', uri: URI, qs, retry: 'safe' });
	return { mode: 'AXB', deleted: true, ...qs };
}
