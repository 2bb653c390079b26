import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import type { BlockPush } from '../../shared/trigger/product';
import type { PushItemsOf } from '../../shared/trigger/pushes/parse';
import { respond } from '../../shared/trigger/respond';
import type { TriggerSettings } from '../../shared/trigger/settings';
import { triggerParameters } from '../../shared/trigger/settings';
import { discardSms, endCall, fixedAnswer } from './answers';
import { readBlockSettings } from './settings';
import { answerFromWorkflow } from './workflowAnswer';
import { workflowDecision } from './workflowDecision';

/**
 * Answers an SMS control or X-mode callin push: with the node's fixed decision at once, or with the
 * workflow's decision (checked, with the fixed one as fallback). A Block event that is not among
 * the chosen events is declined (SMS discarded, call ended): its settings are not shown then.
 */
export async function answerBlock(
	ctx: IWebhookFunctions,
	settings: TriggerSettings,
	push: BlockPush,
	items: PushItemsOf,
): Promise<IWebhookResponseData> {
	const json = push.items[0].simple();
	const facts = {
		sms: push.kind === 'sms',
		// the SMS's sender, and the X a call reached: the parser let them through only as phone numbers
		calling: String(json.callerNumber ?? ''),
		called: String(json.xNumber ?? ''),
	};
	const decline = facts.sms ? discardSms() : endCall();
	if (items.length === 0) return respond(ctx, 200, decline);
	const block = readBlockSettings(triggerParameters(ctx), settings.events);
	if ('problem' in block) {
		// Refused at activation, so only a setting that goes wrong on this push (an expression) gets
		// here: the safe decline is sent, and the event still runs, saying why it was declined.
		respond(ctx, 200, decline);
		return {
			workflowData: [
				items.map((entry) => ({ json: { ...entry.json, blockAnswerProblem: block.problem } })),
			],
			noWebhookResponse: true,
		};
	}
	const workflowData = [items.map((entry) => ({ json: entry.json }))];
	if (block.mode === 'fixed') {
		respond(ctx, 200, fixedAnswer(block, facts));
		return { workflowData, noWebhookResponse: true };
	}
	answerFromWorkflow(
		ctx,
		(body) => workflowDecision(body, block.countryCode, facts),
		fixedAnswer(block, facts),
		block.answerWithinMs,
	);
	return { workflowData };
}
