import type { IDataObject } from 'n8n-workflow';

import {
	meaningOf,
	NUMBER_STATUS_CAUSES,
	NUMBER_STATUSES,
} from '../../shared/catalogue/causeCodes';
import { isObject } from '../../shared/guards';
import type { PushItem } from '../../shared/trigger/pushes/item';
import { definedOnly, itemJson, text } from '../../shared/trigger/pushes/item';
import type { PushKind } from '../../shared/trigger/pushes/parse';
import { entries, isText } from '../../shared/trigger/pushes/parse';

/**
 * One X-number status change. Entries carry no time, so a repeat is recognised as "the same
 * status and cause as last seen for this number": a number that goes unavailable, available and
 * unavailable again gives three items.
 */
function numberStatusItem(entry: IDataObject): PushItem {
	const subject = `numStatus|${text(entry.number)}`;
	const state = `${text(entry.status)}|${text(entry.cause)}`;
	const eventKey = `${subject}|${state}`;
	/** The fields every item of the triggers names alike (README: "Output fields"). */
	const derived = (): IDataObject =>
		definedOnly({
			eventType: 'numStatus',
			xNumber: entry.number,
			status: entry.status,
			statusMeaning: meaningOf(NUMBER_STATUSES, entry.status),
			cause: entry.cause,
			causeMeaning: meaningOf(NUMBER_STATUS_CAUSES, entry.cause),
			eventKey,
		});
	return {
		event: 'numStatus',
		eventKey,
		dedupe: { kind: 'state', subject, state },
		json: () => itemJson(entry, derived()),
		simple: derived,
	};
}

/** X-number status pushes ({eventType: "numStatus", numInfo: [1-100 entries]}): one item per entry. */
export const numberStatuses: PushKind = {
	matches: (body) => body.eventType === 'numStatus',
	parse(body) {
		const statuses = entries(body.numInfo, (entry) => isObject(entry) && isText(entry.number, 32));
		if (statuses.length === 0)
			return { ok: false, reason: 'numInfo must hold at least one entry with a number' };
		return { ok: true, kind: 'numStatus', block: false, items: statuses.map(numberStatusItem) };
	},
};

/** Status and cause values a number may have had: the published ones and any small code beside them. */
const SMALL_CODES = Array.from({ length: 32 }, (_, code) => String(code));
const ANY_STATUS = [...new Set([...Object.keys(NUMBER_STATUSES), ...SMALL_CODES])];
const ANY_CAUSE = [...new Set(['', ...Object.keys(NUMBER_STATUS_CAUSES), ...SMALL_CODES])];

/**
 * A number-status key's number and the keys of that number's other states, which it replaces in
 * n8n's table: a number going back to an earlier state is a change again (a status is a state, not
 * an event). Undefined for keys that are not number statuses.
 */
export function numberStateOf(eventKey: string): { subject: string; others: string[] } | undefined {
	const [kind, number] = eventKey.split('|');
	if (kind !== 'numStatus') return undefined;
	const others = ANY_STATUS.flatMap((s) => ANY_CAUSE.map((c) => `${kind}|${number}|${s}|${c}`));
	return { subject: `${kind}|${number}`, others: others.filter((key) => key !== eventKey) };
}
