import type { IDataObject } from 'n8n-workflow';

import type { PushEvent } from '../events';

/** How a repeated copy of an item is recognised. */
export type DedupeRule =
	/** the same key seen before is a repeat */
	| { kind: 'key' }
	/** a state: a repeat only while `state` is what was last seen for `subject` (number status) */
	| { kind: 'state'; subject: string; state: string };

export interface PushItem {
	event: PushEvent;
	/** Identifies the event: the same for a re-pushed copy, different for any other event. */
	eventKey: string;
	dedupe: DedupeRule;
	/** The push's fields with the trigger's on top (built only when asked for). */
	json(): IDataObject;
	/** The fields people act on first, for the Simplify output and AI tools (about a dozen). */
	simple(): IDataObject;
}

/** A field of the push as text for keys and checks ('' when absent). */
export const text = (value: unknown): string =>
	typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/**
 * One output item: the push's own fields, then the trigger's fields on top, so push content can
 * never overwrite what the trigger derives (a statusInfo with its own `eventType`, say).
 */
export function itemJson(pushFields: IDataObject, triggerFields: IDataObject): IDataObject {
	return { ...pushFields, ...triggerFields };
}

/** `record` without its undefined fields (an item shows only what the push had). */
export function definedOnly(record: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value;
	return out;
}
