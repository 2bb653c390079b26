import type { IDataObject } from 'n8n-workflow';

import { meaningOf, STATE_CODES } from '../../catalogue/causeCodes';
import { platformTimeToIso } from '../../format';
import type { PushEvent, PushItem } from './item';
import { itemJson, text } from './item';

export const CALL_EVENTS: PushEvent[] = [
	'callin',
	'callout',
	'alerting',
	'answer',
	'collectInfo',
	'disconnect',
];

/**
 * One call event. Its key tells every event of a call apart, including the two legs of a Voice Call
 * click-to-call (each leg has its own callout, alerting and answer, told apart by caller and called).
 */
export function callEventItem(eventType: PushEvent, info: IDataObject): PushItem {
	const eventKey = [
		'call',
		info.sessionId,
		eventType,
		text(info.caller),
		text(info.called),
		text(info.timestamp),
		text(info.digitInfo),
		text(info.stateCode),
	].join('|');
	const derived: IDataObject = { eventType, eventKey };
	const iso = platformTimeToIso(info.timestamp);
	if (iso) derived.timestampIso = iso;
	// n8n expressions refuse `$json.caller` (a reserved function property), so it is offered again.
	if (info.caller !== undefined) derived.callerNumber = info.caller;
	if (eventType === 'disconnect') derived.stateCodeMeaning = meaningOf(STATE_CODES, info.stateCode);
	return { event: eventType, eventKey, dedupe: { kind: 'key' }, json: itemJson(info, derived) };
}
