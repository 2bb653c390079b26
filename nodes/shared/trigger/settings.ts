import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';

import { simplifyOn } from '../parameters/simplify';
import type { PushEvent } from './pushes/item';
import { MAX_WINDOW_SECONDS } from './signature';

/** Re-pushes of call events and CDRs arrive up to 623 minutes after the first try (spec §6.1). */
export const DEDUPE_TTL_MS = 11 * 3600 * 1000;

/** The trigger's settings, read once per push (plain values: reading them evaluates no expression). */
export interface TriggerSettings {
	events: Set<PushEvent>;
	verifySignature: boolean;
	deduplicate: boolean;
	/** n8n's de-duplication table decides too (execute()), shared by processes and restarts. */
	persistentDedupe: boolean;
	dedupeCacheSize: number;
	maxBodyBytes: number;
	windowSeconds: number;
	simple: boolean;
	options: IDataObject;
}

type ParameterContext = Pick<IWebhookFunctions | IHookFunctions, 'getNodeParameter' | 'getNode'>;

function integerOption(
	options: IDataObject,
	name: string,
	fallback: number,
	min: number,
	max: number,
): number | string {
	const value = options[name] ?? fallback;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
		return `Option "${name}" must be a whole number from ${min} to ${max}`;
	return value;
}

/** Events kept in n8n's de-duplication table per trigger node unless set (the oldest go first). */
export const PERSISTENT_ENTRIES = 10_000;

/** "Remembered Events Across Restarts (Entries)", or what is wrong with it (read by execute()). */
export const persistentSizeOf = (options: IDataObject) =>
	integerOption(options, 'persistentDedupeSize', PERSISTENT_ENTRIES, 1000, 1_000_000);

/** The settings, or what is wrong with them (checked when the workflow is activated, and per push). */
export function readSettings(ctx: ParameterContext): TriggerSettings | { problem: string } {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const events = ctx.getNodeParameter('events', []) as PushEvent[];
	if (!Array.isArray(events) || events.length === 0)
		return { problem: 'Choose at least one event in "Events"' };
	const window = integerOption(options, 'signatureWindowSeconds', 300, 10, MAX_WINDOW_SECONDS);
	const cacheSize = integerOption(options, 'dedupeCacheSize', 100_000, 100, 10_000_000);
	const bodyKb = integerOption(options, 'maxBodySizeKb', 1024, 1, 10240);
	const tableSize = persistentSizeOf(options); // checked here so that a wrong value never goes live
	for (const value of [window, cacheSize, bodyKb, tableSize])
		if (typeof value === 'string') return { problem: value };
	return {
		events: new Set(events),
		verifySignature: ctx.getNodeParameter('verifySignature', true) !== false,
		deduplicate: options.deduplicate !== false,
		persistentDedupe: options.persistentDedupe !== false,
		dedupeCacheSize: cacheSize as number,
		maxBodyBytes: (bodyKb as number) * 1024,
		windowSeconds: window as number,
		simple: simplifyOn(ctx.getNodeParameter('simple', true)),
		options,
	};
}
