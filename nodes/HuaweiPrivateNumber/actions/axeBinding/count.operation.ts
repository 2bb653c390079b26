import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { forOperation } from '../../../shared/actions/operation';
import { fieldProperty, shownWhen } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { PageGuard } from '../../../shared/parameters/pagination';
import { answerList } from '../../../shared/api/envelope';
import { bindingResult } from '../binding/output';
import { MODE, RESOURCE, X_NUMBER } from './fields';
import { nextCursorOf } from './pages';

const COUNT_URI = '/rest/caas/virtualnumber/v1.0';

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
	shownWhen(fieldProperty(X_NUMBER), 'countScope', ['number']),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): { number?: string } {
	if (item.choice('countScope', 'Count For', ['number', 'all']) === 'all') return {};
	return { number: item.read(X_NUMBER) as string };
}

/** One item per X number with its binding counts (all numbers are paged with the cursor). */
export async function execute(this: IExecuteFunctions, plan: { number?: string }, api: ItemApi) {
	if (plan.number) {
		const answer = await api.request({
			method: 'GET',
			uri: COUNT_URI,
			qs: { number: plan.number },
		});
		return bindingResult(MODE, { number: plan.number, ...answer });
	}
	const guard = new PageGuard(this.getNode(), api.itemIndex);
	const counts: IDataObject[] = [];
	let cursor: string | undefined = '0';
	while (cursor) {
		guard.next(cursor, counts.length);
		const page: IDataObject = await api.request({
			method: 'GET',
			uri: COUNT_URI,
			qs: { cursor, limit: 100 },
		});
		const list = answerList(page, 'virtualNumList') ?? [];
		counts.push(...list);
		cursor = list.length ? nextCursorOf(page) : undefined;
	}
	return counts.map((entry) => bindingResult(MODE, entry));
}
