import type { IDataObject } from 'n8n-workflow';

import { meaningOf, STATE_CODES } from '../../catalogue/causeCodes';
import { platformTimeToIso } from '../../format';
import { isObject } from '../../guards';
import { pick } from '../../parameters/simplify';
import type { PushEvent } from '../events';
import { isBlockEvent } from '../events';
import type { PushItem } from './item';
import { definedOnly, itemJson, text } from './item';
import type { PushKind } from './parse';
import { isText, PUSHED_PHONE } from './parse';

/** Huawei's fields a simplified call event keeps as they are. */
const KEPT = ['subscriptionId', 'userData', 'stateCode', 'partyType', 'notifyMode'];

/**
 * One call event. Its key tells every event of a call apart, including the two legs of a Voice Call
 * click-to-call (each leg has its own callout, alerting and answer, told apart by caller and called).
 */
function callEventItem(eventType: PushEvent, info: IDataObject): PushItem {
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
	/** The fields every item of the triggers names alike (README: "Output fields"). */
	const common = (): IDataObject => ({
		eventType,
		sessionId: info.sessionId,
		time: platformTimeToIso(info.timestamp),
		callerNumber: info.caller,
		calleeNumber: info.called,
		// a call arriving at X (callin) was called to X itself
		...(eventType === 'callin' ? { xNumber: info.called } : {}),
		...(eventType === 'disconnect' ? { endReason: meaningOf(STATE_CODES, info.stateCode) } : {}),
		...(info.digitInfo !== undefined ? { digits: info.digitInfo } : {}),
		eventKey,
	});
	return {
		event: eventType,
		eventKey,
		dedupe: { kind: 'key' },
		json: () => itemJson(info, definedOnly(common())),
		simple: () => {
			const { eventKey: key, ...fields } = common();
			return definedOnly({ ...fields, ...pick(info, KEPT), eventKey: key });
		},
	};
}

/** Call event pushes ({eventType, statusInfo}) of the given event types. */
export function callEvents(eventTypes: PushEvent[]): PushKind {
	return {
		matches: (body) => (eventTypes as unknown[]).includes(body.eventType),
		parse(body) {
			const eventType = body.eventType as PushEvent;
			const info = body.statusInfo;
			if (!isObject(info) || !isText(info.sessionId))
				return { ok: false, reason: `a ${eventType} event needs statusInfo with a sessionId` };
			const item = callEventItem(eventType, info);
			if (!isBlockEvent(eventType, info.notifyMode))
				return { ok: true, kind: 'call', block: false, items: [item] };
			// The answer to an X-mode callin shows `called` (X) to the callee: only a phone number may be echoed.
			if (typeof info.called !== 'string' || !PUSHED_PHONE.test(info.called))
				return { ok: false, reason: 'an X-mode callin event needs called as a phone number' };
			return { ok: true, kind: 'call', block: true, items: [item] };
		},
	};
}
