import type { IDataObject } from 'n8n-workflow';

import { meaningOf, NUMBER_STATUS_CAUSES, NUMBER_STATUSES } from '../../catalogue/causeCodes';
import type { PushItem } from './item';
import { pick } from '../../parameters/simplify';
import { itemJson, text } from './item';

/**
 * One X-number status change. Entries carry no time, so a repeat is recognised as "the same
 * status and cause as last seen for this number": a number that goes unavailable, available and
 * unavailable again gives three items.
 */
export function numberStatusItem(entry: IDataObject): PushItem {
	const subject = `numStatus|${text(entry.number)}`;
	const state = `${text(entry.status)}|${text(entry.cause)}`;
	const eventKey = `${subject}|${state}`;
	const derived = (): IDataObject => ({
		eventType: 'numStatus',
		eventKey,
		statusMeaning: meaningOf(NUMBER_STATUSES, entry.status),
		causeMeaning: meaningOf(NUMBER_STATUS_CAUSES, entry.cause),
	});
	return {
		event: 'numStatus',
		eventKey,
		dedupe: { kind: 'state', subject, state },
		json: () => itemJson(entry, derived()),
		simple: () => ({ ...pick(entry, ['number', 'status', 'cause']), ...derived() }),
	};
}
