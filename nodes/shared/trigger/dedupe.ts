import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { isBlockEvent } from './events';
import type { TriggerMemory } from './memory';
import { triggerKeyOf } from './memory';
import type { PushItem } from './pushes/item';
import type { ParameterReader } from './settings';
import { persistentDedupeOf, storedParameters } from './settings';

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

/**
 * For a key that is a state of something (a number's status), that subject and the keys of its
 * other states, which the new state replaces in n8n's table; undefined for plain events.
 */
export type StateOf = (eventKey: string) => { subject: string; others: string[] } | undefined;

/** The other states to forget: per subject, those of the last state a push gives it. */
function replacedStates(keys: string[], stateOf: StateOf): string[] {
	const last = new Map<string, string[]>();
	for (const key of keys) {
		const state = stateOf(key);
		if (state) last.set(state.subject, state.others);
	}
	return [...last.values()].flat();
}

/** How long an execution waits for n8n's table (its own turn included) before its events run anyway. */
const TABLE_WAIT_MS = 2000;

/**
 * One check-and-record at a time per trigger node and process (n8n's helpers read, then write),
 * each waiting at most TABLE_WAIT_MS: a call that never settles holds up nothing after it.
 */
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
	const previous = queues.get(key) ?? Promise.resolve();
	const run = Promise.race([
		previous.then(work, work),
		sleep(TABLE_WAIT_MS).then(() => {
			throw new Error("n8n's de-duplication table did not answer in time");
		}),
	]);
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

/** The keys n8n's table took as new, when its answer accounts for exactly the keys asked about. */
function answerFor(keys: string[], result: { new?: unknown; processed?: unknown }): string[] {
	const added = result.new;
	const known = result.processed;
	if (!Array.isArray(added) || !Array.isArray(known) || !sameKeys(keys, [...added, ...known]))
		throw new Error("n8n's de-duplication table answered for other keys");
	return added as string[];
}

/** Does `answered` hold exactly the keys asked, each as often as asked (an answer that loses one loses its event)? */
function sameKeys(asked: string[], answered: unknown[]): boolean {
	if (answered.length !== asked.length) return false;
	const left = new Map<unknown, number>();
	for (const key of asked) left.set(key, (left.get(key) ?? 0) + 1);
	for (const key of answered) {
		const count = left.get(key);
		if (!count) return false;
		left.set(key, count - 1);
	}
	return true;
}

/**
 * The items whose events n8n's de-duplication table has not recorded yet (and records them): the
 * table outlives restarts and is shared by every process. Block pushes, test runs and items
 * without an event key pass unchanged; so does everything when the table fails.
 */
export async function unrecordedItems(
	ctx: IExecuteFunctions,
	items: INodeExecutionData[],
	read: ParameterReader,
	stateOf: StateOf = () => undefined,
): Promise<INodeExecutionData[]> {
	const table = persistentDedupeOf(read);
	const checked = items.filter(
		(item) =>
			typeof item.json.eventKey === 'string' &&
			!isBlockEvent(item.json.eventType, item.json.notifyMode),
	);
	if (!table.enabled || ctx.getMode() === 'manual' || checked.length === 0) return items;

	const store = { mode: 'entries' as const, maxEntries: table.maxEntries };
	let fresh: Set<string>;
	try {
		fresh = await serialised(triggerKeyOf(ctx), async () => {
			const keys = checked.map((item) => String(item.json.eventKey));
			const result = await ctx.helpers.checkProcessedAndRecord(keys, 'node', store);
			const added = answerFor(keys, result);
			if (added.some((key) => stateOf(key)))
				await ctx.helpers.removeProcessed(replacedStates(keys, stateOf), 'node', store);
			return new Set(added);
		});
	} catch {
		// n8n's table failed (two workers inserting its first row at once), answered something
		// that does not fit the keys, or not in time: a possible repeat is better than a lost event.
		return items;
	}
	return items.filter(
		(item) => !checked.includes(item) || fresh.delete(String(item.json.eventKey)),
	);
}

/**
 * The trigger's execute(), run by n8n (on a worker in queue mode) with the items webhook() emitted:
 * drops events already recorded in n8n's de-duplication table.
 */
export async function dropRecordedEvents(
	this: IExecuteFunctions,
	stateOf?: StateOf,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const kept = new Set(await unrecordedItems(this, items, storedParameters(this), stateOf));
	const out: INodeExecutionData[] = [];
	items.forEach((item, index) => {
		if (kept.has(item)) out.push({ json: item.json, pairedItem: { item: index } });
	});
	return [out];
}
