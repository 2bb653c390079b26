import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { numberSourceProperties, privateNumberCall, readNumberSource } from '../common';
import {
	A_NUMBER,
	BINDING_OPTIONS,
	checkBindingOptions,
	EXTENSION,
	RESOURCE,
	URI,
	X_NUMBER,
} from './fields';

export const description = forOperation(RESOURCE, 'create', [
	fieldProperty(A_NUMBER),
	...numberSourceProperties(X_NUMBER),
	{
		displayName: 'Extension',
		name: 'extensionMode',
		type: 'options',
		options: [
			{ name: 'Let the Platform Allocate One', value: 'auto' },
			{ name: 'Choose One', value: 'chosen' },
		],
		default: 'auto',
	},
	{
		...fieldProperty({ ...EXTENSION, name: 'extendNum', displayName: 'Extension Number' }),
		displayOptions: { show: { extensionMode: ['chosen'] } },
	},
	collectionProperty('additionalFields', 'Additional Fields', BINDING_OPTIONS),
]);

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const extension =
		input.raw('extensionMode') === 'chosen'
			? { extendNum: input.field({ ...EXTENSION, displayName: 'Extension Number' }) }
			: {};
	const body = {
		bindNum: input.field(A_NUMBER),
		...readNumberSource(input, X_NUMBER),
		...extension,
		...checkBindingOptions(input, input.collection('additionalFields', BINDING_OPTIONS)),
	};
	const answer = await privateNumberCall.call(this, input, {
		method: 'POST',
		uri: URI,
		body,
		retry: 'create',
	});
	return { mode: 'AXE', ...answer, bindNum: body.bindNum };
}
