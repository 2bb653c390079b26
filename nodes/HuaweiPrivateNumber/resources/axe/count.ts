import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { privateNumberCall } from '../common';
import { COUNT_URI, RESOURCE, X_NUMBER } from './fields';

export const description = forOperation(RESOURCE, 'count', [
	{
		displayName: 'Count For',
		name: 'countScope',
		type: 'options',
		options: [
			{ name: 'One X Number', value: 'number' },
			{ name: 'Every X Number of the App', value: 'all' },
		],
		default: 'number',
	},
	{ ...fieldProperty(X_NUMBER), displayOptions: { show: { countScope: ['number'] } } },
]);

/** One item per X number with its binding counts (all numbers are paged with the cursor). */
export async function execute(this: IExecuteFunctions, input: ItemInput) {
	if (input.raw('countScope') === 'number') {
		const answer = await privateNumberCall.call(this, input, {
			method: 'GET',
			uri: COUNT_URI,
			qs: { number: input.field(X_NUMBER) },
			retry: 'safe',
		});
		return { mode: 'AXE', ...answer };
	}
	const counts: IDataObject[] = [];
	let cursor: string | undefined = '0';
	while (cursor !== undefined) {
		const page: IDataObject = await privateNumberCall.call(this, input, {
			method: 'GET',
			uri: COUNT_URI,
			qs: { cursor, limit: 100 },
			retry: 'safe',
		});
		counts.push(...((page.virtualNumList ?? []) as IDataObject[]));
		const next = (page.nextCursor ?? page.nextCusor) as string | undefined;
		cursor = next && next !== cursor ? next : undefined;
	}
	return counts.map((entry) => ({ mode: 'AXE', ...entry }));
}
