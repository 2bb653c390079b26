import type { IHookFunctions, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { HuaweiCredentialType } from '../auth/credential';
import type { VerifyOptions } from '../auth/verify';
import type { StateOf } from './dedupe';
import type { EventOption } from './events';
import type { ParsedPush, PushItemsOf, PushKind } from './pushes/parse';
import type { TriggerSettings } from './settings';

/** A push the platform waits on for a decision (SMS control, X-mode callin). */
export type BlockPush = Extract<ParsedPush, { ok: true; block: true }>;

/**
 * What sets one service's pushes apart: its credential, events, push kinds and answers. The
 * service's trigger and its action node's Push → Verify and Parse both read pushes through it.
 */
export interface TriggerProduct {
	credentialType: HuaweiCredentialType;
	/** The Events list: every event this service pushes, by the name users see. */
	events: EventOption[];
	/** The kinds of push this service sends, in the order they are tried on a body. */
	kinds: PushKind[];
	/** Event keys that are states of something (a number's status), for n8n's table. */
	stateOf?: StateOf;
	/** Body of the node's own 200 answer to a push that needs no decision and starts nothing. */
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
