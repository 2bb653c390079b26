import type { IDataObject } from 'n8n-workflow';

import {
	meaningOf,
	NUMBER_STATUS_CAUSES,
	NUMBER_STATUSES,
	Q850_CAUSES,
	RELEASE_POINTS,
	SERVICE_TYPES,
	STATE_CODES,
} from '../catalogue/causeCodes';
import { platformTimeToIso, withIsoTimes } from '../format';

/** Everything the platforms push, as the triggers' "Events" options name it. */
export type PushEvent =
	| 'callin'
	| 'callout'
	| 'alerting'
	| 'answer'
	| 'collectInfo'
	| 'disconnect'
	| 'fee'
	| 'numStatus'
	| 'smsNotify'
	| 'smsBlock';

export const CALL_EVENTS = ['callin', 'callout', 'alerting', 'answer', 'collectInfo', 'disconnect'];

export interface PushItem {
	event: PushEvent;
	/** Same key for a re-pushed copy of the same event or CDR; undefined when never re-pushed. */
	dedupeKey?: string;
	json: IDataObject;
}

export type ParsedPush =
	| { ok: true; kind: 'call' | 'fee' | 'numStatus' | 'sms'; block: boolean; items: PushItem[] }
	| { ok: false; reason: string };

const CDR_TIMES = [
	'callInTime',
	'fwdStartTime',
	'fwdAlertingTime',
	'fwdAnswerTime',
	'callEndTime',
	'failTime',
	'recordStartTime',
	'callOutStartTime',
	'callOutAlertingTime',
	'callOutAnswerTime',
	'dynIVRStartTime',
];

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function seconds(from: unknown, to: unknown): number | undefined {
	const start = platformTimeToIso(from);
	const end = platformTimeToIso(to);
	if (!start || !end) return undefined;
	return Math.max(0, (Date.parse(end) - Date.parse(start)) / 1000);
}

function callEventItem(eventType: string, info: IDataObject): PushItem {
	const json: IDataObject = { eventType, ...withIsoTimes(info, ['timestamp']) };
	// n8n expressions refuse `$json.caller` (a reserved function property), so it is offered again.
	if (info.caller !== undefined) json.callerNumber = info.caller;
	if (eventType === 'disconnect') json.stateCodeMeaning = meaningOf(STATE_CODES, info.stateCode);
	return {
		event: eventType as PushEvent,
		dedupeKey: `call:${String(info.sessionId)}:${eventType}`,
		json,
	};
}

/** A CDR with ring and talk seconds, whether it connected, code meanings and recording facts. */
export function cdrItem(cdr: IDataObject): PushItem {
	const answerTime = cdr.fwdAnswerTime ?? cdr.callOutAnswerTime;
	const alertingTime = cdr.fwdAlertingTime ?? cdr.callOutAlertingTime;
	const connected = Boolean(platformTimeToIso(answerTime));
	const hasRecording =
		Number(cdr.recordFlag) === 1 && Boolean(cdr.recordObjectName || cdr.recordFileDownloadUrl);
	const json: IDataObject = {
		eventType: 'fee',
		...withIsoTimes(cdr, CDR_TIMES),
		connected,
		ringSeconds: seconds(alertingTime, connected ? answerTime : (cdr.failTime ?? cdr.callEndTime)),
		talkSeconds: connected ? seconds(answerTime, cdr.callEndTime) : 0,
		ulFailReasonMeaning: meaningOf(RELEASE_POINTS, cdr.ulFailReason),
		fwdUnaswRsnMeaning: meaningOf(Q850_CAUSES, cdr.fwdUnaswRsn),
		callOutUnaswRsnMeaning: meaningOf(Q850_CAUSES, cdr.callOutUnaswRsn),
		serviceTypeMeaning: meaningOf(SERVICE_TYPES, cdr.serviceType),
		abnormal: Number(cdr.direction) === 2,
		hasRecording,
	};
	const key = cdr.icid ? `fee:${String(cdr.icid)}` : `fee:${String(cdr.sessionId)}`;
	return { event: 'fee', dedupeKey: key, json };
}

function numStatusItem(entry: IDataObject): PushItem {
	return {
		event: 'numStatus',
		json: {
			eventType: 'numStatus',
			...entry,
			statusMeaning: meaningOf(NUMBER_STATUSES, entry.status),
			causeMeaning: meaningOf(NUMBER_STATUS_CAUSES, entry.cause),
		},
	};
}

function smsItem(appKey: unknown, sms: IDataObject): PushItem {
	const block = String(sms.notificationMode).toLowerCase() === 'block';
	const extParas =
		isObject(sms.extInfo) && Array.isArray(sms.extInfo.extParas) ? sms.extInfo.extParas : [];
	const ext: IDataObject = {};
	for (const entry of extParas)
		if (isObject(entry) && typeof entry.key === 'string') ext[entry.key] = entry.value;
	const event = block ? 'smsBlock' : 'smsNotify';
	return {
		event,
		dedupeKey: `sms:${String(sms.smsIdentifier)}:${event}`,
		json: { eventType: event, appKey: appKey as string, ...sms, ...ext },
	};
}

/** Tells what a push is and splits it into one item per event, CDR or number-status entry. */
export function parsePush(body: unknown): ParsedPush {
	if (!isObject(body)) return { ok: false, reason: 'the body is not a JSON object' };
	if (isObject(body.smsEvent)) {
		const sms = body.smsEvent;
		if (
			typeof sms.smsIdentifier !== 'string' ||
			!['notify', 'block'].includes(String(sms.notificationMode).toLowerCase())
		) {
			return {
				ok: false,
				reason: 'smsEvent needs smsIdentifier and notificationMode Notify or Block',
			};
		}
		const item = smsItem(body.appKey, sms);
		return { ok: true, kind: 'sms', block: item.event === 'smsBlock', items: [item] };
	}
	const eventType = body.eventType;
	if (eventType === 'fee') {
		const list = body.feeLst;
		if (
			!Array.isArray(list) ||
			list.length === 0 ||
			list.length > 50 ||
			!list.every((cdr) => isObject(cdr) && typeof cdr.sessionId === 'string')
		) {
			return { ok: false, reason: 'feeLst must hold 1-50 CDRs, each with a sessionId' };
		}
		return { ok: true, kind: 'fee', block: false, items: (list as IDataObject[]).map(cdrItem) };
	}
	if (eventType === 'numStatus') {
		const list = body.numInfo;
		if (
			!Array.isArray(list) ||
			list.length === 0 ||
			list.length > 100 ||
			!list.every((entry) => isObject(entry) && typeof entry.number === 'string')
		) {
			return { ok: false, reason: 'numInfo must hold 1-100 entries, each with a number' };
		}
		return {
			ok: true,
			kind: 'numStatus',
			block: false,
			items: (list as IDataObject[]).map(numStatusItem),
		};
	}
	if (typeof eventType === 'string' && CALL_EVENTS.includes(eventType)) {
		const info = body.statusInfo;
		if (!isObject(info) || typeof info.sessionId !== 'string') {
			return { ok: false, reason: `a ${eventType} event needs statusInfo with a sessionId` };
		}
		const block = eventType === 'callin' && String(info.notifyMode).toLowerCase() === 'block';
		return { ok: true, kind: 'call', block, items: [callEventItem(eventType, info)] };
	}
	return { ok: false, reason: `unknown push (eventType ${JSON.stringify(eventType ?? null)})` };
}

/**
 * Keys seen recently, per trigger node: re-pushed copies are recognised for `ttlMs` and at most
 * `limit` keys are kept (oldest dropped first).
 */
export class RecentKeys {
	private readonly seen = new Map<string, number>();

	constructor(
		private readonly limit: number,
		private readonly ttlMs: number,
	) {}

	/** True the first time a key is offered (and remembers it), false for a repeat within the TTL. */
	firstTime(key: string, now: number): boolean {
		const at = this.seen.get(key);
		if (at !== undefined && now - at < this.ttlMs) return false;
		this.seen.delete(key);
		this.seen.set(key, now);
		while (this.seen.size > this.limit) this.seen.delete(this.seen.keys().next().value as string);
		return true;
	}

	get size(): number {
		return this.seen.size;
	}
}
