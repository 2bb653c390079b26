import type {
	IDataObject,
	INodeProperties,
	IWebhookFunctions,
	IWebhookResponseData,
	IHookFunctions,
} from 'n8n-workflow';

import { parsePhoneNumber } from '../phone';
import type { ParsedPush, PushEvent, PushItem } from './pushes';
import { parsePush, RecentKeys } from './pushes';
import type { HuaweiCredentialType } from '../api/request';
import type { VerifyOptions } from '../auth/verify';
import { verifySignedHeaders } from '../auth/verify';

/** Re-pushes of call events and CDRs arrive up to 623 minutes after the first try (spec §6.1). */
const DEDUPE_TTL_MS = 11 * 3600 * 1000;

export interface TriggerProduct {
	credentialType: HuaweiCredentialType;
	/** Body of the 200 answer to a Notify push. */
	notifyAnswer: string;
	/** How push digests are computed (Voice Call signs the push URL too). */
	verifyKind: VerifyOptions['kind'];
}

interface TriggerOptions {
	signatureWindowSeconds?: number;
	deduplicate?: boolean;
	dedupeCacheSize?: number;
	maxBodySizeKb?: number;
}

/** Per trigger node (workflow + node id), kept in memory across executions of an active workflow. */
const memory = new Map<string, { duplicates: RecentKeys; nonces: RecentKeys }>();

function memoryFor(ctx: IWebhookFunctions, options: TriggerOptions) {
	const key = `${ctx.getWorkflow().id ?? 'unsaved'}:${ctx.getNode().id ?? ctx.getNode().name}`;
	let entry = memory.get(key);
	if (!entry) {
		const windowMs = (options.signatureWindowSeconds ?? 300) * 1000;
		entry = {
			duplicates: new RecentKeys(options.dedupeCacheSize ?? 10_000, DEDUPE_TTL_MS),
			nonces: new RecentKeys(50_000, 2 * windowMs),
		};
		memory.set(key, entry);
	}
	return entry;
}

/** Properties both triggers share: the security switch, its warning, and the safety options. */
export function triggerSecurityProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Verify Signature',
			name: 'verifySignature',
			type: 'boolean',
			default: true,
			description:
				"Whether to accept only pushes signed with the credential's App Key and App Secret (recommended)",
		},
		{
			displayName:
				'Signature checks are off: anyone who knows this URL can start the workflow with made-up call events or CDRs. Turn them off only for a short test.',
			name: 'unverifiedWarning',
			type: 'notice',
			default: '',
			displayOptions: { show: { verifySignature: [false] } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'De-Duplicate Re-Pushes',
					name: 'deduplicate',
					type: 'boolean',
					default: true,
					description:
						'Whether a call event or CDR the platform pushes again (because an earlier answer was lost) starts the workflow only once',
				},
				{
					displayName: 'De-Duplication Memory (Entries)',
					name: 'dedupeCacheSize',
					type: 'number',
					typeOptions: { minValue: 100 },
					default: 10000,
					description: 'How many recent events and CDRs are remembered (oldest forgotten first)',
				},
				{
					displayName: 'Max Body Size (KB)',
					name: 'maxBodySizeKb',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1024,
					description: 'Larger pushes are refused with HTTP 413',
				},
				{
					displayName: 'Signature Time Window (Seconds)',
					name: 'signatureWindowSeconds',
					type: 'number',
					typeOptions: { minValue: 10 },
					default: 300,
					description: "How far the push's Created time may be from this server's clock",
				},
			],
		},
	];
}

function respond(ctx: IWebhookFunctions, status: number, body?: IDataObject | string): void {
	const res = ctx.getResponseObject();
	if (body === undefined || body === '') {
		res.status(status).end();
		return;
	}
	if (typeof body === 'string') {
		res.status(status).type('application/json').send(body);
		return;
	}
	res.status(status).json(body);
}

function rawBodyOf(ctx: IWebhookFunctions): Buffer | undefined {
	const raw = (ctx.getRequestObject() as unknown as { rawBody?: Buffer | string }).rawBody;
	if (raw === undefined) return undefined;
	return Buffer.isBuffer(raw) ? raw : Buffer.from(String(raw));
}

/** The JSON body, from n8n's parsed body or the raw bytes; undefined when it is not JSON. */
function readBody(ctx: IWebhookFunctions, raw: Buffer | undefined): unknown {
	const parsed = ctx.getBodyData() as unknown;
	if (parsed && typeof parsed === 'object' && Object.keys(parsed).length > 0) return parsed;
	const text = raw?.toString('utf8') ?? (typeof parsed === 'string' ? parsed : '');
	if (!text.trim()) return parsed;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

function pushUrls(ctx: IWebhookFunctions): string[] {
	const req = ctx.getRequestObject();
	const host = req.headers['x-forwarded-host'] ?? req.headers.host;
	const proto = req.headers['x-forwarded-proto'] ?? (req.secure ? 'https' : 'http');
	const seen = [
		ctx.getNodeWebhookUrl('default'),
		host ? `${String(proto)}://${String(host)}${req.originalUrl ?? req.url}` : undefined,
	];
	return [...new Set(seen.filter((url): url is string => typeof url === 'string' && url !== ''))];
}

async function checkSignature(
	ctx: IWebhookFunctions,
	product: TriggerProduct,
	options: TriggerOptions,
): Promise<string | undefined> {
	const credentials = await ctx.getCredentials(product.credentialType);
	const verdict = verifySignedHeaders(ctx.getHeaderData() as Record<string, string>, {
		secretFor: (username) =>
			username === credentials.appKey ? String(credentials.appSecret) : undefined,
		windowSeconds: options.signatureWindowSeconds ?? 300,
		kind: product.verifyKind,
		pushUrls: pushUrls(ctx),
	});
	if (!verdict.ok) return verdict.failure;
	if (!memoryFor(ctx, options).nonces.firstTime(`${verdict.username}:${verdict.nonce}`, Date.now()))
		return 'replayedNonce';
	return undefined;
}

/** The answer to a Block push (SMS control or X-mode callin), from the node's settings. */
function blockAnswer(ctx: IWebhookFunctions, push: ParsedPush & { ok: true }): IDataObject {
	const item = push.items[0].json;
	const number = (name: string) => {
		const parsed = parsePhoneNumber(ctx.getNodeParameter(name, '') as string, '86');
		return parsed.ok ? parsed.e164 : undefined;
	};
	if (push.kind === 'sms') {
		const to =
			ctx.getNodeParameter('smsBlockAction', 'discard') === 'forward'
				? number('smsForwardTo')
				: undefined;
		if (!to) return { actions: [{ operation: 'DiscardMessage' }] };
		return {
			actions: [{ operation: 'vNumberRoute', message: { called: to, calling: item.calling } }],
		};
	}
	const to =
		ctx.getNodeParameter('callinAction', 'close') === 'connect'
			? number('callinConnectTo')
			: undefined;
	if (!to) return { operation: 'close' };
	return { operation: 'connect', connectInfo: { calleeNum: to, displayCalleeNum: item.called } };
}

/**
 * One push: size check, signature, shape, de-duplication, event filter, then the answer the
 * platform expects (an immediate 200, or a Block decision) and one workflow item per event/CDR.
 */
export async function handlePush(
	ctx: IWebhookFunctions,
	product: TriggerProduct,
): Promise<IWebhookResponseData> {
	const options = ctx.getNodeParameter('options', {}) as TriggerOptions;
	const raw = rawBodyOf(ctx);
	const size = raw?.length ?? Buffer.byteLength(JSON.stringify(ctx.getBodyData() ?? {}));
	if (size > (options.maxBodySizeKb ?? 1024) * 1024) {
		respond(ctx, 413, { error: 'Push body too large' });
		return { noWebhookResponse: true };
	}
	if (ctx.getNodeParameter('verifySignature', true) !== false) {
		const failure = await checkSignature(ctx, product, options);
		if (failure) {
			respond(ctx, 401, { error: 'Push signature rejected', reason: failure });
			return { noWebhookResponse: true };
		}
	}
	const body = readBody(ctx, raw);
	const push =
		body === undefined
			? ({ ok: false, reason: 'the body is not valid JSON' } as const)
			: parsePush(body);
	if (!push.ok) {
		respond(ctx, 400, { error: 'Not a Huawei push', reason: push.reason });
		return { noWebhookResponse: true };
	}

	const wanted = new Set(ctx.getNodeParameter('events', []) as PushEvent[]);
	const memo = options.deduplicate === false ? undefined : memoryFor(ctx, options).duplicates;
	const now = Date.now();
	const fresh = push.items.filter(
		(item: PushItem) => !item.dedupeKey || !memo || memo.firstTime(item.dedupeKey, now),
	);
	const items = fresh.filter((item) => wanted.has(item.event)).map((item) => ({ json: item.json }));

	respond(ctx, 200, push.block ? blockAnswer(ctx, push) : product.notifyAnswer);
	return items.length
		? { workflowData: [items], noWebhookResponse: true }
		: { noWebhookResponse: true };
}

/** Push URLs are pasted into Huawei's console (or sent per call), so registering changes nothing remotely. */
export const noRemoteWebhookMethods = {
	default: {
		async checkExists(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async create(this: IHookFunctions): Promise<boolean> {
			return true;
		},
		async delete(this: IHookFunctions): Promise<boolean> {
			return true;
		},
	},
};
