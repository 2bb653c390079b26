import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { fromFunction, NodeConnectionTypes, webhookDescriptionFields } from 'n8n-workflow';

import { simplifyProperty } from '../shared/parameters/simplify';
import { dropRecordedEvents } from '../shared/trigger/dedupe';
import {
	eventsProperty,
	securityProperties,
	setupNotice,
	eventsSubtitle,
	TRIGGER_TEXTS,
} from '../shared/trigger/description';
import { handlePush, webhookMethods } from '../shared/trigger/handlePush';
import { PRODUCT, pushAnswer } from './product';

export class HuaweiVoiceCallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Voice Call Trigger',
		name: 'huaweiVoiceCallTrigger',
		icon: { light: 'file:huaweiVoiceCall.svg', dark: 'file:huaweiVoiceCall.dark.svg' },
		group: ['trigger'],
		// The only version. Not 1: n8n evaluates an expression (a binaryData option) on every request
		// to a version-1 webhook node, which costs an expression sandbox per push.
		version: 2,
		subtitle: eventsSubtitle(PRODUCT.events),
		...TRIGGER_TEXTS,
		description: 'Starts the workflow on Huawei Voice Call status events and CDRs',
		defaults: { name: 'Huawei Voice Call Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiVoiceCallApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				path: 'huawei-voice-call',
				// n8n answers a push once its execution exists, so that Huawei re-pushes a CDR that did
				// not get that far; the node answers pushes that start nothing itself.
				responseMode: 'onReceived',
				...webhookDescriptionFields({ responseData: fromFunction(pushAnswer) }),
			},
		],
		properties: [
			setupNotice(
				'Use the Production URL, unchanged (pushes are signed over it), as the app\'s status and CDR URLs on the console or as "Status Push URL" and "CDR Push URL" in the Huawei Voice Call node, and publish the workflow.',
			),
			eventsProperty(PRODUCT.events),
			simplifyProperty,
			...securityProperties(),
		],
	};

	webhookMethods = webhookMethods(PRODUCT);

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return handlePush(this, PRODUCT);
	}

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return dropRecordedEvents.call(this);
	}
}
