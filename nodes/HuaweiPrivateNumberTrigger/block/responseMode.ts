import type { IWebhookDescription } from 'n8n-workflow';
import * as workflowLibrary from 'n8n-workflow';

/**
 * How n8n answers the webhook: a Respond to Webhook node answers in "responseNode" mode; otherwise
 * "lastNode" (every push but a workflow-decided Block push is answered by the node itself at once,
 * so the mode only matters for those). n8n evaluates this per request; where n8n-workflow offers
 * native resolvers (n8n 2.4x), the same function is used without the expression engine.
 */
const responseModeOf = (parameters: Record<string, unknown>) =>
	parameters.blockAnswer === 'respondNode' ? 'responseNode' : 'lastNode';

type FieldHelpers = {
	webhookDescriptionFields?: (fields: Record<string, unknown>) => Partial<IWebhookDescription>;
	fromFunction?: (fn: typeof responseModeOf) => unknown;
};

export function responseModeField(): Partial<IWebhookDescription> {
	const helpers = workflowLibrary as unknown as FieldHelpers;
	if (helpers.webhookDescriptionFields && helpers.fromFunction)
		return helpers.webhookDescriptionFields({ responseMode: helpers.fromFunction(responseModeOf) });
	return {
		responseMode: '={{$parameter["blockAnswer"] === "respondNode" ? "responseNode" : "lastNode"}}',
	};
}
