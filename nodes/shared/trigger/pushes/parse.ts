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

/** The usable entries of a push's list: one bad entry never costs the others their events. */
function entries(list: unknown, usable: (entry: unknown) => boolean): IDataObject[] {
	return Array.isArray(list) ? (list.filter(usable) as IDataObject[]) : [];
}

/** Tells what a push is and splits it into one item per event, CDR or number-status entry. */
export function parsePush(body: unknown): ParsedPush {
	if (!isObject(body)) return { ok: false, reason: 'the body is not a JSON object' };
	if (isObject(body.smsEvent)) return parseSms(body, body.smsEvent);
	const eventType = body.eventType;
	if (eventType === 'fee') {
		// An entry without a sessionId (Voice Call: no session could be created) still has a CDR
		// to report; only entries that are not objects carry nothing and are left out.
		const cdrs = entries(body.feeLst, isObject);
		if (cdrs.length === 0) return { ok: false, reason: 'feeLst must hold at least one CDR' };
		return { ok: true, kind: 'fee', block: false, items: cdrs.map(cdrItem) };
	}
	if (eventType === 'numStatus') {
		const statuses = entries(body.numInfo, (entry) => isObject(entry) && isText(entry.number, 32));
		if (statuses.length === 0)
			return { ok: false, reason: 'numInfo must hold at least one entry with a number' };
		return { ok: true, kind: 'numStatus', block: false, items: statuses.map(numberStatusItem) };
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
