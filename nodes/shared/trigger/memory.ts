/**
 * What the triggers remember between pushes in this process: per trigger node, recent events (to
 * recognise re-pushes) and the last status per X number; for all of them, the nonces of recent
 * signatures (to refuse replays, also of a push sent on to another workflow's trigger).
 * Everything expires by time, and is swept on use (shipped nodes may not run timers).
 */

/** Keys remembered until their own expiry time; nothing is forgotten before it expires. */
export class ExpiringKeys {
	private readonly expiries = new Map<string, number>();
	private nextSweep = 0;

	/** True the first time `key` is offered while unexpired (and remembers it until `expiresAt`). */
	firstTime(key: string, expiresAt: number, now: number): boolean {
		this.sweep(now);
		const known = this.expiries.get(key);
		if (known !== undefined && known > now) return false;
		this.expiries.set(key, expiresAt);
		return true;
	}

	get size(): number {
		return this.expiries.size;
	}

	private sweep(now: number): void {
		if (now < this.nextSweep) return;
		for (const [key, expiresAt] of this.expiries) if (expiresAt <= now) this.expiries.delete(key);
		this.nextSweep = now + 10_000;
	}
}

/**
 * Values per key for `ttlMs`, at most `limit` keys (the oldest forgotten first when a flood of new
 * events exceeds it; the persistent de-duplication still covers those).
 */
export class RecentValues {
	private readonly entries = new Map<string, { value: string; at: number }>();
	private nextSweep = 0;

	constructor(
		public limit: number,
		public ttlMs: number,
	) {}

	/** The value remembered for `key`, if still fresh. */
	get(key: string, now: number): string | undefined {
		const entry = this.entries.get(key);
		return entry && now - entry.at < this.ttlMs ? entry.value : undefined;
	}

	set(key: string, value: string, now: number): void {
		this.entries.delete(key);
		this.entries.set(key, { value, at: now });
		// Expired entries are never read (see get), so they are swept now and then, not on every set.
		if (this.entries.size <= this.limit && now < this.nextSweep) return;
		for (const [oldest, entry] of this.entries) {
			if (this.entries.size <= this.limit && now - entry.at < this.ttlMs) break;
			this.entries.delete(oldest);
		}
		this.nextSweep = now + Math.min(this.ttlMs, 10_000);
	}

	get size(): number {
		return this.entries.size;
	}
}

export interface TriggerMemory {
	events: RecentValues;
}

/** Nonces of accepted push signatures, per credential type and App Key, for every trigger node. */
export const pushNonces = new ExpiringKeys();

const memories = new Map<string, TriggerMemory>();

/** The memory of one trigger node (workflow id + node id), created on first use. */
export function memoryOf(triggerKey: string, limit: number, ttlMs: number): TriggerMemory {
	let memory = memories.get(triggerKey);
	if (!memory) {
		memory = { events: new RecentValues(limit, ttlMs) };
		memories.set(triggerKey, memory);
	}
	memory.events.limit = limit; // options changed on a live trigger take effect
	memory.events.ttlMs = ttlMs;
	return memory;
}

/** The key of one trigger node in this process: its workflow and node. */
export function triggerKeyOf(ctx: {
	getWorkflow(): { id?: string };
	getNode(): { id: string };
}): string {
	return `${ctx.getWorkflow().id ?? ''}|${ctx.getNode().id}`;
}
