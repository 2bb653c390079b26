import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { NUMBER_STATUS_CAUSES, NUMBER_STATUSES } from '../catalogue/causeCodes';
import type { TriggerMemory } from './memory';
import type { PushItem } from './pushes/item';

/** Keys kept in n8n's de-duplication table per trigger node (n8n drops the oldest beyond this). */
export const PERSISTENT_ENTRIES = 10_000;

/**
 * Whether `item` repeats an event this process saw within the memory's time (and remembers it if
 * not). A number status repeats while it equals the last status seen for that number.
 */
export function seenBefore(memory: TriggerMemory, item: PushItem, now: number): boolean {
	const rule = item.dedupe;
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

/** The other states of a number-status subject, which a new state replaces in the table. */
function otherStates(eventKey: string): string[] {
	const [kind, number, status, cause] = eventKey.split('|');
	const causes = ['', ...Object.keys(NUMBER_STATUS_CAUSES)];
	return Object.keys(NUMBER_STATUSES)
		.flatMap((s) => causes.map((c) => `${kind}|${number}|${s}|${c}`))
		.filter((key) => key !== `${kind}|${number}|${status}|${cause}`);
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
		options.persistentDedupe === true &&
		this.getMode() !== 'manual';
	const checked = items.filter(
		(item) => typeof item.json.eventKey === 'string' && !isBlockPush(item.json),
	);
	if (!enabled || checked.length === 0)
		return [items.map((item, index) => ({ json: item.json, pairedItem: { item: index } }))];

	const scope = `${this.getWorkflow().id ?? ''}|${this.getNode().id}`;
	const store = { mode: 'entries' as const, maxEntries: PERSISTENT_ENTRIES };
	const fresh = await serialised(scope, async () => {
		const keys = checked.map((item) => String(item.json.eventKey));
		const result = await this.helpers.checkProcessedAndRecord(keys, 'node', store);
		const stateKeys = (result.new as string[]).filter((key) => key.startsWith('numStatus|'));
		if (stateKeys.length)
			await this.helpers.removeProcessed(stateKeys.flatMap(otherStates), 'node', store);
		return new Set(result.new as string[]);
	});
	const out: INodeExecutionData[] = [];
	items.forEach((item, index) => {
		if (!checked.includes(item) || fresh.delete(String(item.json.eventKey)))
			out.push({ json: item.json, pairedItem: { item: index } });
	});
	return [out];
}
