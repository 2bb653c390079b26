import type { ICredentialDataDecryptedObject, IDataObject, INode } from 'n8n-workflow';

import { seenBefore } from './dedupe';
import type { TriggerMemory } from './memory';
import type { TriggerProduct } from './product';
import type { ParsedPush, PushItemsOf } from './pushes/parse';
import { parsePush } from './pushes/parse';
import type { TriggerSettings } from './settings';
import { NUMBER_OPTIONS } from './settings';
import type { SignatureCheck } from './signature';
import { checkSignature } from './signature';

/** Where a push came from: its headers and body, the URLs it may have been sent to, the node's credential. */
export interface PushSource {
	headers: Record<string, unknown>;
	/** The body as JSON (already read, size and depth checked). */
	body: unknown;
	pushUrls: () => string[];
	node: INode;
	credentials: () => Promise<ICredentialDataDecryptedObject>;
}

/** What became of a push: refused (the HTTP status Huawei should get, and why), or its items. */
export type Received =
	| { ok: false; status: 400 | 401 | 413 | 500; error: string; reason: string }
	| { ok: true; push: Extract<ParsedPush, { ok: true }>; items: PushItemsOf };

/** What a user can do about a refused push (shown in a test run and in Verify and Parse errors). */
export function refusalHint(status: number, reason: string): string {
	if (status === 401 && reason === 'missingAuthorization')
		return 'The push carries no signature. To test with a sample push, turn Verify Signature off while testing (and on again afterwards).';
	if (status === 401)
		return "The signature does not fit this node's credential (App Key and App Secret), is outside the Signature Time Window, or was used before.";
	if (status === 413)
		return `Raise "${NUMBER_OPTIONS.maxBodySizeKb.displayName}" in Options, or send a smaller push.`;
	if (status === 500) return 'Fix the setting named in the reason.';
	return "Post a push in Huawei's format, e.g. a sample push from the README.";
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

/**
 * One push, as the trigger and Push → Verify and Parse read it: the signature and replay check
 * (when on), then the push's kind and one item per chosen event.
 */
export async function receivePush(
	source: PushSource,
	product: TriggerProduct,
	settings: TriggerSettings,
	now: number,
): Promise<Received> {
	let signature: SignatureCheck | undefined;
	if (settings.verifySignature) {
		signature = await checkSignature(source, {
			credentialType: product.credentialType,
			kind: product.verifyKind,
			windowSeconds: settings.windowSeconds,
			now,
		});
		if (!signature.ok)
			return {
				ok: false,
				status: 401,
				error: 'Push signature rejected',
				reason: signature.failure,
			};
	}
	const push = parsePush(source.body, product.kinds);
	if (!push.ok) return { ok: false, status: 400, error: 'Not a Huawei push', reason: push.reason };
	return { ok: true, push, items: outputItems(push, settings, product, signature) };
}

/**
 * The items whose events this process has not seen within the memory's time (a re-push is
 * dropped). With Remember Events Across Restarts on, number statuses are left to n8n's table.
 */
export function freshItems(
	items: PushItemsOf,
	memory: TriggerMemory,
	settings: TriggerSettings,
	now: number,
): PushItemsOf {
	if (!settings.deduplicate) return items;
	return items.filter(({ item }) => !seenBefore(memory, item, now, !settings.persistentDedupe));
}
