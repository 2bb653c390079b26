import type { IDataObject } from 'n8n-workflow';

import { meaningOf, STATE_CODES } from '../../catalogue/causeCodes';
import { platformTimeToIso } from '../../format';
import type { PushEvent, PushItem } from './item';
import { pick } from '../../parameters/simplify';
import { itemJson, text } from './item';

export const CALL_EVENTS: PushEvent[] = [
	'callin',
	'callout',
	'alerting',
	'answer',
	'collectInfo',
	'disconnect',
];

const SIMPLE_FIELDS = [
	'called',
	'subscriptionId',
	'userData',
	'stateCode',
	'digitInfo',
	'partyType',
	'notifyMode',
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
	const derived = (): IDataObject => {
		const fields: IDataObject = { eventType, eventKey };
		const iso = platformTimeToIso(info.timestamp);
		if (iso) fields.timestampIso = iso;
		// n8n expressions refuse `$json.caller` (a reserved function property), so it is offered again.
		if (info.caller !== undefined) fields.callerNumber = info.caller;
		if (eventType === 'disconnect')
			fields.stateCodeMeaning = meaningOf(STATE_CODES, info.stateCode);
		return fields;
	};
	return {
		event: eventType,
		eventKey,
		dedupe: { kind: 'key' },
		json: () => itemJson(info, derived()),
		simple: () => {
			const fields = derived();
			return {
				eventType,
				sessionId: info.sessionId,
				timestampIso: fields.timestampIso,
				callerNumber: fields.callerNumber,
				...pick(info, SIMPLE_FIELDS),
				...pick(fields, ['stateCodeMeaning']),
				eventKey,
			};
		},
	};
}
