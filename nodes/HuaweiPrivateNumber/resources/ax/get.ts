import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { bindingItem, FIELDS, privateNumberCall } from '../common';
import { A_NUMBER, RESOURCE, URI, X_NUMBER } from './fields';

export const description = forOperation(RESOURCE, 'get', [
	{
		displayName: 'Look Up By',
		name: 'lookupBy',
		type: 'options',
		options: [
			{ name: 'Subscription ID', value: 'subscriptionId' },
			{ name: 'A Number (All X of A)', value: 'origNum' },
			{ name: 'X Number', value: 'privateNum' },
		],
		default: 'subscriptionId',
	},
	{
		...fieldProperty(FIELDS.subscriptionId),
		displayOptions: { show: { lookupBy: ['subscriptionId'] } },
	},
	{ ...fieldProperty(A_NUMBER), displayOptions: { show: { lookupBy: ['origNum'] } } },
	{ ...fieldProperty(X_NUMBER), displayOptions: { show: { lookupBy: ['privateNum'] } } },
]);

const SPEC_OF = { subscriptionId: FIELDS.subscriptionId, origNum: A_NUMBER, privateNum: X_NUMBER };

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const by = input.raw('lookupBy') as keyof typeof SPEC_OF;
	const spec = SPEC_OF[by] ?? input.fail('"Look Up By"', `has an unknown value "${String(by)}"`);
	const answer = await privateNumberCall.call(this, input, {
		method: 'GET',
		uri: URI,
		qs: { [spec.name]: input.field(spec) },
		retry: 'safe',
	});
	return ((answer.privateNumList ?? []) as IDataObject[]).map((binding) =>
		bindingItem('AX', binding),
	);
}
