import type { IDataObject } from 'n8n-workflow';

import { CALL_EVENTS, callEventItem } from './callEvent';
import { cdrItem } from './cdr';
import type { PushEvent, PushItem } from './item';
import { isObject } from './item';
import { numberStatusItem } from './numberStatus';
import { smsItem } from './sms';

/** What a push is: its items, and whether the platform waits for a decision in the answer. */
export type ParsedPush =
	| { ok: true; kind: 'call' | 'fee' | 'numStatus' | 'sms'; block: false; items: PushItem[] }
	| { ok: true; kind: 'sms' | 'call'; block: true; items: [PushItem] }
	| { ok: false; reason: string };

const PHONE = /^\+?\d{4,31}$/;
const MAX_CDRS = 50;
const MAX_NUMBER_STATUSES = 100;

const isText = (value: unknown, max = 256): value is string =>
	typeof value === 'string' && value.length > 0 && value.length <= max;

function parseSms(body: IDataObject, sms: IDataObject): ParsedPush {
	const mode = String(sms.notificationMode).toLowerCase();
	if (!isText(sms.smsIdentifier, 64) || (mode !== 'notify' && mode !== 'block'))
		return {
			ok: false,
			reason: 'smsEvent needs an smsIdentifier and notificationMode Notify or Block',
		};
	const item = smsItem(body.appKey, sms);
	if (mode === 'notify') return { ok: true, kind: 'sms', block: false, items: [item] };
	// The answer to a Block push repeats `calling`: only a real phone number may be echoed.
	if (typeof sms.calling !== 'string' || !PHONE.test(sms.calling))
		return { ok: false, reason: 'an SMS Block push needs calling as a phone number' };
	return { ok: true, kind: 'sms', block: true, items: [item] };
}

function parseCallEvent(eventType: PushEvent, info: unknown): ParsedPush {
	if (!isObject(info) || !isText(info.sessionId))
		return { ok: false, reason: `a ${eventType} event needs statusInfo with a sessionId` };
	const item = callEventItem(eventType, info);
	if (eventType !== 'callin' || String(info.notifyMode).toLowerCase() !== 'block')
		return { ok: true, kind: 'call', block: false, items: [item] };
	// The answer to an X-mode callin shows `called` (X) to the callee: only a phone number may be echoed.
	if (typeof info.called !== 'string' || !PHONE.test(info.called))
		return { ok: false, reason: 'an X-mode callin event needs called as a phone number' };
	return { ok: true, kind: 'call', block: true, items: [item] };
}

/** Tells what a push is and splits it into one item per event, CDR or number-status entry. */
export function parsePush(body: unknown): ParsedPush {
	if (!isObject(body)) return { ok: false, reason: 'the body is not a JSON object' };
	if (isObject(body.smsEvent)) return parseSms(body, body.smsEvent);
	const eventType = body.eventType;
	if (eventType === 'fee') {
		const list = body.feeLst;
		if (
			!Array.isArray(list) ||
			list.length === 0 ||
			list.length > MAX_CDRS ||
			!list.every((cdr) => isObject(cdr) && isText(cdr.sessionId))
		)
			return { ok: false, reason: `feeLst must hold 1-${MAX_CDRS} CDRs, each with a sessionId` };
		return { ok: true, kind: 'fee', block: false, items: (list as IDataObject[]).map(cdrItem) };
	}
	if (eventType === 'numStatus') {
		const list = body.numInfo;
		if (
			!Array.isArray(list) ||
			list.length === 0 ||
			list.length > MAX_NUMBER_STATUSES ||
			!list.every((entry) => isObject(entry) && isText(entry.number, 32))
		)
			return {
				ok: false,
				reason: `numInfo must hold 1-${MAX_NUMBER_STATUSES} entries, each with a number`,
			};
		return {
			ok: true,
			kind: 'numStatus',
			block: false,
			items: (list as IDataObject[]).map(numberStatusItem),
		};
	}
	if (typeof eventType === 'string' && (CALL_EVENTS as string[]).includes(eventType))
		return parseCallEvent(eventType as PushEvent, body.statusInfo);
	return {
		ok: false,
		reason: `unknown push (eventType ${JSON.stringify(eventType ?? null).slice(0, 40)})`,
	};
}

/** Items of a push as the workflow gets them, each with the push item it came from. */
export type PushItemsOf = Array<{ item: PushItem; json: IDataObject }>;
