import type {
	IDataObject,
	IHookFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { HuaweiCredentialType } from '../auth/credential';
import type { VerifyOptions } from '../auth/verify';
import { readPushBody } from './body';
import type { StateOf } from './dedupe';
import { seenBefore } from './dedupe';
import type { EventOption } from './events';
import { memoryOf, triggerKeyOf } from './memory';
import type { ParsedPush, PushItemsOf, PushKind } from './pushes/parse';
import { parsePush } from './pushes/parse';
import { respond } from './respond';
import type { TriggerSettings } from './settings';
import { DEDUPE_TTL_MS, NUMBER_OPTIONS, readSettings } from './settings';
import type { SignatureCheck } from './signature';
import { checkSignature } from './signature';

/** A push the platform waits on for a decision (SMS control, X-mode callin). */
export type BlockPush = Extract<ParsedPush, { ok: true; block: true }>;

/** What sets one service's trigger apart: its credential, events, pushes and answers. */
export interface TriggerProduct {
	credentialType: HuaweiCredentialType;
	/** The Events list: every event this service pushes, by the name users see. */
	events: EventOption[];
	/** The kinds of push this service sends, in the order they are tried on a body. */
	kinds: PushKind[];
	/** Event keys that are states of something (a number's status), for n8n's table. */
	stateOf?: StateOf;
	/** Body of the 200 answer to every push that needs no decision. */
	notifyAnswer: string;
	/** How push digests are computed (Voice Call signs the push URL too). */
	verifyKind: VerifyOptions['kind'];
	/** Answers Block pushes; products without them answer every push as a notification. */
	answerBlock?: (
		ctx: IWebhookFunctions,
		settings: TriggerSettings,
		push: BlockPush,
		items: PushItemsOf,
	) => Promise<IWebhookResponseData>;
	/** Extra checks of the settings when the workflow is activated. */
	checkSettings?: (ctx: IHookFunctions) => string | undefined;
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

/** The workflow items of a push: only chosen events, shaped as the Simplify option says. */
function outputItems(
	push: Extract<ParsedPush, { ok: true }>,
	settings: TriggerSettings,
	product: TriggerProduct,
	signature?: SignatureCheck,
): PushItemsOf {
	return push.items
		.filter((item) => settings.events.has(item.event))
		.map((item) => {
			// The event's name as the Events list shows it, beside Huawei's eventType.
			const event = product.events.find((option) => option.value === item.event)?.name;
			if (settings.simple) return { item, json: { event, ...item.simple() } };
			const verified: IDataObject = signature?.ok
				? {
						scheme: signature.scheme,
						createdClock: signature.clock === 'utc' ? 'UTC' : 'Beijing time (UTC+8)',
					}
				: { scheme: 'not verified' };
			return { item, json: { event, ...item.json(), signature: verified } };
		});
}

/** What a user testing the trigger in the editor can do about a refused push. */
function refusalHint(status: number, reason: string): string {
	if (status === 401 && reason === 'missingAuthorization')
		return 'The push carries no signature. To test with a sample push, turn Verify Signature off while testing (and on again afterwards).';
	if (status === 401)
		return "The signature does not fit this node's credential (App Key and App Secret), is outside the Signature Time Window, or was used before.";
	if (status === 413)
		return `Raise "${NUMBER_OPTIONS.maxBodySizeKb.displayName}" in Options, or send a smaller push.`;
	if (status === 500) return 'Fix the setting named in the reason.';
	return "Post a push in Huawei's format, e.g. a sample push from the README.";
}

/**
 * Refuses a push with `status`. In a test run the editor would go on listening without a word, so
 * the refusal is also the run's one item, saying why (production runs never see refused pushes).
 */
function refuse(
	ctx: IWebhookFunctions,
	status: number,
	answer: { error: string; reason: string },
): IWebhookResponseData {
	respond(ctx, status, answer);
	if (ctx.getMode() !== 'manual') return { noWebhookResponse: true };
	const json = { pushRefused: true, status, ...answer, hint: refusalHint(status, answer.reason) };
	return { workflowData: [[{ json }]], noWebhookResponse: true };
}

/**
 * One push: settings, size and shape of the body, signature and replay check, then the answer the
 * platform expects (an immediate 200, or a Block decision) and one workflow item per new event/CDR.
 */
export async function handlePush(
	ctx: IWebhookFunctions,
	product: TriggerProduct,
): Promise<IWebhookResponseData> {
	const now = Date.now();
	const settings = readSettings(ctx);
	if ('problem' in settings)
		return refuse(ctx, 500, { error: 'The trigger is misconfigured', reason: settings.problem });
	const body = readPushBody(ctx, settings.maxBodyBytes);
	if (!body.ok)
		return refuse(ctx, body.status, {
			error: body.status === 413 ? 'Push body too large' : 'Not a Huawei push',
			reason: body.reason,
		});
	const memory = memoryOf(triggerKeyOf(ctx), settings.dedupeCacheSize, DEDUPE_TTL_MS);
	let signature: SignatureCheck | undefined;
	if (settings.verifySignature) {
		signature = await checkSignature(ctx, {
			credentialType: product.credentialType,
			kind: product.verifyKind,
			windowSeconds: settings.windowSeconds,
			pushUrls: () => pushUrls(ctx),
			now,
		});
		if (!signature.ok)
			return refuse(ctx, 401, { error: 'Push signature rejected', reason: signature.failure });
	}
	const push = parsePush(body.body, product.kinds);
	if (!push.ok) return refuse(ctx, 400, { error: 'Not a Huawei push', reason: push.reason });
	const items = outputItems(push, settings, product, signature);
	if (push.block && product.answerBlock) return product.answerBlock(ctx, settings, push, items);

	// A test run shows every push; it neither consults nor fills the memory of the live trigger.
	const fresh =
		settings.deduplicate && ctx.getMode() !== 'manual'
			? items.filter(({ item }) => !seenBefore(memory, item, now, !settings.persistentDedupe))
			: items;
	respond(ctx, 200, product.notifyAnswer);
	if (fresh.length === 0) return { noWebhookResponse: true };
	return { workflowData: [fresh.map(({ json }) => ({ json }))], noWebhookResponse: true };
}

/** Checks the settings when the workflow is activated, so a broken configuration never goes live. */
function activationCheck(product: Pick<TriggerProduct, 'checkSettings'>) {
	return async function checkExists(this: IHookFunctions): Promise<boolean> {
		const settings = readSettings(this);
		const problem = 'problem' in settings ? settings.problem : product.checkSettings?.(this);
		if (problem)
			throw new NodeOperationError(this.getNode(), `The trigger cannot be activated: ${problem}`);
		// Push URLs are pasted into Huawei's console (or sent per call): nothing to register remotely.
		return true;
	};
}

/** webhookMethods of a trigger whose URL the user pastes into Huawei's console. */
export function webhookMethods(product: Pick<TriggerProduct, 'checkSettings'>) {
	return {
		default: {
			checkExists: activationCheck(product),
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};
}
