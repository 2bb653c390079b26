import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { lookupProperties, readLookup } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { privateNumberCall } from '../common';
import { RESOURCE, SELECTOR, URI } from './fields';

export const description = forOperation(RESOURCE, 'delete', lookupProperties(SELECTOR, 'Binding'));

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const qs = readLookup(input, SELECTOR);
	await privateNumberCall.call(this, input, { method: 'DELETE', uri: URI, qs, retry: 'safe' });
	return { mode: 'AXE', deleted: true, ...qs };
}
