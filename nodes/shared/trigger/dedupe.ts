import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { NUMBER_STATUS_CAUSES, NUMBER_STATUSES } from '../catalogue/causeCodes';
import type { TriggerMemory } from './memory';
import { PERSISTENT_ENTRIES, persistentSizeOf } from './settings';
import type { PushItem } from './pushes/item';

/**
 * Whether `item` repeats an event this process saw within the memory's time (and remembers it if
 * not). A number status repeats while it equals the last status seen for that number; with
 * `states` false that is left to n8n's shared table, since another process may have seen a change
 * in between.
 */
export function seenBefore(
	memory: TriggerMemory,
	item: PushItem,
	now: number,
	states = true,
): boolean {
	const rule = item.dedupe;
	if (rule.kind === 'state' && !states) return false;
	const subject = rule.kind === 'state' ? rule.subject : item.eventKey;
	const value = rule.kind === 'state' ? rule.state : '';
	if (memory.events.get(subject, now) === value) return true;
	memory.events.set(subject, value, now);
	return false;
}

/** Pushes the platform waits on for a decision are never dropped: it asks again only if it got no answer. */
export function isBlockPush(json: IDataObject): boolean {
	return (
		json.eventType === 'smsBlock' ||
		(json.eventType === 'callin' && String(json.notifyMode).toLowerCase() === 'block')
	);
}

/** Status and cause values a number may have had: the published ones and any small code beside them. */
const SMALL_CODES = Array.from({ length: 32 }, (_, code) => String(code));
const ANY_STATUS = [...new Set([...Object.keys(NUMBER_STATUSES), ...SMALL_CODES])];
const ANY_CAUSE = [...new Set(['', ...Object.keys(NUMBER_STATUS_CAUSES), ...SMALL_CODES])];

/** The other states of a number-status subject, which its current state replaces in the table. */
function otherStates(eventKey: string): string[] {
	const [kind, number] = eventKey.split('|');
	return ANY_STATUS.flatMap((s) => ANY_CAUSE.map((c) => `${kind}|${number}|${s}|${c}`)).filter(
		(key) => key !== eventKey,
	);
}

/** Per number, the last state a push gives it: its state now (a push may carry several). */
function currentStates(keys: string[]): string[] {
	const current = new Map<string, string>();
	for (const key of keys) if (key.startsWith('numStatus|')) current.set(key.split('|')[1], key);
	return [...current.values()];
}

/** One check-and-record at a time per trigger node and process: n8n's helpers read, then write. */
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
	const previous = queues.get(key) ?? Promise.resolve();
	const run = previous.then(work, work);
	const settled = run.then(
		() => undefined,
		() => undefined,
	);
	queues.set(key, settled);
	void settled.then(() => {
		if (queues.get(key) === settled) queues.delete(key);
	});
	return run;
}

/**
 * The trigger's execute(), run by n8n (on a worker in queue mode) with the items webhook() emitted:
 * drops events already recorded in n8n's de-duplication table, which outlives restarts and is
 * shared by every webhook process. Block pushes and manual test runs pass unchanged.
 */
export async function dropRecordedEvents(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const enabled =
		options.deduplicate !== false &&
		options.persistentDedupe !== false &&
		this.getMode() !== 'manual';
	const checked = items.filter(
		(item) => typeof item.json.eventKey === 'string' && !isBlockPush(item.json),
	);
	const everyItem = () => [
		items.map((item, index) => ({ json: item.json, pairedItem: { item: index } })),
	];
	if (!enabled || checked.length === 0) return everyItem();

	const scope = `${this.getWorkflow().id ?? ''}|${this.getNode().id}`;
	const size = persistentSizeOf(options);
	const store = {
		mode: 'entries' as const,
		maxEntries: typeof size === 'number' ? size : PERSISTENT_ENTRIES,
	};
	let fresh: Set<string>;
	try {
		fresh = await serialised(scope, async () => {
			const keys = checked.map((item) => String(item.json.eventKey));
			const result = await this.helpers.checkProcessedAndRecord(keys, 'node', store);
			if ((result.new as string[]).some((key) => key.startsWith('numStatus|')))
				await this.helpers.removeProcessed(currentStates(keys).flatMap(otherStates), 'node', store);
			return new Set(result.new as string[]);
		});
	} catch {
		// n8n's table failed (two workers inserting its first row at once): a possible repeat is
		// better than a lost event.
		return everyItem();
	}
	const out: INodeExecutionData[] = [];
	items.forEach((item, index) => {
		if (!checked.includes(item) || fresh.delete(String(item.json.eventKey)))
			out.push({ json: item.json, pairedItem: { item: index } });
	});
	return [out];
}
