import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../guards';
import type { PushItem } from './item';

/** What a push is: its items, and whether the platform waits for a decision in the answer. */
export type ParsedPush =
	| { ok: true; kind: 'call' | 'fee' | 'numStatus' | 'sms'; block: false; items: PushItem[] }
	| { ok: true; kind: 'sms' | 'call'; block: true; items: [PushItem] }
	| { ok: false; reason: string };

/** One kind of push a trigger takes (call events, CDRs, …): how to recognise it and read it. */
export interface PushKind {
	matches(body: IDataObject): boolean;
	parse(body: IDataObject): ParsedPush;
}

/** A phone number Huawei pushes (E.164 with or without +): the only push text a Block answer echoes. */
export const PUSHED_PHONE = /^\+?\d{4,31}$/;

/** A non-empty text of at most `max` characters. */
export const isText = (value: unknown, max = 256): value is string =>
	typeof value === 'string' && value.length > 0 && value.length <= max;

/** The usable entries of a push's list: one bad entry never costs the others their events. */
export function entries(list: unknown, usable: (entry: unknown) => boolean): IDataObject[] {
	return Array.isArray(list) ? (list.filter(usable) as IDataObject[]) : [];
}

/** Tells which of the trigger's push kinds `body` is, and splits it into one item per event. */
export function parsePush(body: unknown, kinds: PushKind[]): ParsedPush {
	if (!isObject(body)) return { ok: false, reason: 'the body is not a JSON object' };
	const kind = kinds.find((candidate) => candidate.matches(body));
	if (kind) return kind.parse(body);
	return {
		ok: false,
		reason: `unknown push (eventType ${JSON.stringify(body.eventType ?? null).slice(0, 40)})`,
	};
}

/** Items of a push as the workflow gets them, each with the push item it came from. */
export type PushItemsOf = Array<{ item: PushItem; json: IDataObject }>;
