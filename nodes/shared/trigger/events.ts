import type { INodePropertyOptions } from 'n8n-workflow';

/** Everything the platforms push, by Huawei's eventType (SMS pushes by their notification mode). */
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

/** An option of a trigger's "Events": Huawei's code as its value, the name users see. */
export interface EventOption extends INodePropertyOptions {
	value: PushEvent;
	name: string;
}

/** The events both services push, named alike by both triggers. */
export const SHARED_EVENTS: EventOption[] = [
	{
		name: 'Call Alerting',
		value: 'alerting',
		action: 'On call alerting',
		description: "The callee's phone is ringing",
	},
	{ name: 'Call Answered', value: 'answer', action: 'On call answered' },
	{
		name: 'Call Disconnected',
		value: 'disconnect',
		action: 'On call disconnected',
		description: 'The call ended; the item says why',
	},
	{
		name: 'Call Record (CDR)',
		value: 'fee',
		action: 'On call record (CDR)',
		description: 'One item per call record, after the call',
	},
];

/** A trigger's events in the order the Events list shows them (alphabetical by name). */
export const byName = (events: EventOption[]): EventOption[] =>
	[...events].sort((a, b) => a.name.localeCompare(b.name));

/** Is this a Block push, one the platform waits on for a decision (SMS control, X-mode callin)? */
export const isBlockEvent = (eventType: unknown, notifyMode: unknown): boolean =>
	eventType === 'smsBlock' ||
	(eventType === 'callin' &&
		typeof notifyMode === 'string' &&
		notifyMode.trim().toLowerCase() === 'block');
