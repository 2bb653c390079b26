import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { simplifyOn } from '../parameters/simplify';
import { storedOrResolved } from '../parameters/stored';
import type { PushEvent } from './events';
import type { NumberOptionSpec } from './options';
import { readNumberOption } from './options';
import { MAX_WINDOW_SECONDS } from './signature';

/** Re-pushes of call events and CDRs arrive up to 623 minutes after the first try (spec §6.1). */
export const DEDUPE_TTL_MS = 11 * 3600 * 1000;

/** The triggers' numeric options, each described once: the editor's fields and the checks here. */
export const NUMBER_OPTIONS = {
	dedupeCacheSize: {
		name: 'dedupeCacheSize',
		displayName: 'De-Duplication Memory (Entries)',
		default: 100_000,
		min: 100,
		max: 10_000_000,
		description: 'How many recent events each n8n process keeps in memory (for up to 11 hours)',
	},
	maxBodySizeKb: {
		name: 'maxBodySizeKb',
		displayName: 'Max Body Size (KB)',
		default: 1024,
		min: 1,
		max: 10240,
		description: 'Larger pushes are refused with HTTP 413',
	},
	persistentDedupeSize: {
		name: 'persistentDedupeSize',
		displayName: 'Remembered Events Across Restarts (Entries)',
		// Every execution reads and writes the whole row: a full 10,000 cost ~30 % CPU per push (bench:n8n).
		default: 3000,
		min: 1000,
		max: 1_000_000,
		description:
			"How many recent events n8n's table keeps for this node (the oldest are forgotten first). Every execution reads and writes them all: size it by the README's rule (events per hour × hours Huawei re-pushes).",
	},
	signatureWindowSeconds: {
		name: 'signatureWindowSeconds',
		displayName: 'Signature Time Window (Seconds)',
		default: 300,
		min: 10,
		max: MAX_WINDOW_SECONDS,
		description: "How far the push's Created time may be from this server's clock",
	},
} satisfies Record<string, NumberOptionSpec>;

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
}

/** Reads one parameter as n8n resolves it (a webhook, hook or execute context, or one item of it). */
export type ParameterReader = (name: string, fallback: unknown) => unknown;

/**
 * The reader of a trigger's parameters in its webhook and hook contexts (which take no item index):
 * plain values as stored on the node, expressions through n8n (see storedOrResolved).
 */
export function triggerParameters(
	ctx: Pick<IWebhookFunctions | IHookFunctions, 'getNodeParameter' | 'getNode'>,
): ParameterReader {
	const parameters = ctx.getNode().parameters;
	return (name, fallback) =>
		storedOrResolved(parameters, name, () =>
			(ctx.getNodeParameter as (name: string, fallback: unknown) => unknown).call(
				ctx,
				name,
				fallback,
			),
		);
}

/**
 * The reader of a trigger's parameters in its execute(): plain values as stored on the node,
 * expressions through n8n (see storedOrResolved).
 */
export function storedParameters(
	ctx: Pick<IExecuteFunctions, 'getNode' | 'getNodeParameter'>,
): ParameterReader {
	const parameters = ctx.getNode().parameters;
	return (name, fallback) =>
		storedOrResolved(parameters, name, () => ctx.getNodeParameter(name, 0, fallback));
}

/** The numeric options' values, or the first problem among them. */
function numberOptions(options: IDataObject) {
	const values: Partial<Record<keyof typeof NUMBER_OPTIONS, number>> = {};
	for (const [key, spec] of Object.entries(NUMBER_OPTIONS)) {
		const read = readNumberOption(options, spec);
		if ('problem' in read) return { problem: read.problem };
		values[key as keyof typeof NUMBER_OPTIONS] = read.value;
	}
	return values as Record<keyof typeof NUMBER_OPTIONS, number>;
}

/** The options collection's values (an expression may hand over anything). */
function optionsOf(read: ParameterReader): IDataObject {
	const options = read('options', {});
	return typeof options === 'object' && options !== null ? (options as IDataObject) : {};
}

/** The settings, or what is wrong with them (checked when the workflow is activated, and per push). */
export function readSettings(read: ParameterReader): TriggerSettings | { problem: string } {
	const options = optionsOf(read);
	const events = read('events', []) as PushEvent[];
	if (!Array.isArray(events) || events.length === 0)
		return { problem: 'Choose at least one event in "Events"' };
	const numbers = numberOptions(options);
	if ('problem' in numbers) return { problem: numbers.problem };
	return {
		events: new Set(events),
		verifySignature: read('verifySignature', true) !== false,
		deduplicate: options.deduplicate !== false,
		persistentDedupe: options.persistentDedupe === true,
		dedupeCacheSize: numbers.dedupeCacheSize,
		maxBodyBytes: numbers.maxBodySizeKb * 1024,
		windowSeconds: numbers.signatureWindowSeconds,
		simple: simplifyOn(read('simple', true)),
	};
}

/** Whether n8n's table is consulted, and how many entries it keeps. */
export function persistentDedupeOf(read: ParameterReader): {
	enabled: boolean;
	maxEntries: number;
} {
	const options = optionsOf(read);
	const size = readNumberOption(options, NUMBER_OPTIONS.persistentDedupeSize);
	return {
		enabled: options.deduplicate !== false && options.persistentDedupe === true,
		maxEntries: 'value' in size ? size.value : NUMBER_OPTIONS.persistentDedupeSize.default,
	};
}
