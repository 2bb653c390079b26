import type { IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readPushBody } from './body';
import { memoryOf, triggerKeyOf } from './memory';
import type { TriggerProduct } from './product';
import { freshItems, receivePush, refusalHint } from './receive';
import { respond } from './respond';
import { DEDUPE_TTL_MS, readSettings, triggerParameters } from './settings';

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

/**
 * Refuses a push with `status`. In a test run the editor would go on listening without a word, so
 * the refusal is also the run's one item, saying why (production runs never see refused pushes).
 */
function refuse(
	ctx: IWebhookFunctions,
	status: number,
	refusal: { error: string; reason: string },
): IWebhookResponseData {
	const answer = { error: refusal.error, reason: refusal.reason };
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
	const settings = readSettings(triggerParameters(ctx));
	if ('problem' in settings)
		return refuse(ctx, 500, { error: 'The trigger is misconfigured', reason: settings.problem });
	const body = readPushBody(ctx, settings.maxBodyBytes);
	if (!body.ok)
		return refuse(ctx, body.status, {
			error: body.status === 413 ? 'Push body too large' : 'Not a Huawei push',
			reason: body.reason,
		});
	const received = await receivePush(
		{
			headers: ctx.getHeaderData() as Record<string, unknown>,
			body: body.body,
			pushUrls: () => pushUrls(ctx),
			node: ctx.getNode(),
			credentials: async () => await ctx.getCredentials(product.credentialType),
		},
		product,
		settings,
		now,
	);
	if (!received.ok) return refuse(ctx, received.status, received);
	const { push, items } = received;
	if (push.block && product.answerBlock) return product.answerBlock(ctx, settings, push, items);

	// A test run shows every push; it neither consults nor fills the memory of the live trigger.
	const fresh =
		ctx.getMode() === 'manual'
			? items
			: freshItems(
					items,
					memoryOf(triggerKeyOf(ctx), settings.dedupeCacheSize, DEDUPE_TTL_MS),
					settings,
					now,
				);
	// n8n answers once the execution exists (the webhook's onReceived response); nothing to run: now.
	if (fresh.length === 0) return respond(ctx, 200, product.notifyAnswer);
	return { workflowData: [fresh.map(({ json }) => ({ json }))] };
}

/** Checks the settings when the workflow is activated, so a broken configuration never goes live. */
function activationCheck(product: Pick<TriggerProduct, 'checkSettings'>) {
	return async function checkExists(this: IHookFunctions): Promise<boolean> {
		const settings = readSettings(triggerParameters(this));
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
