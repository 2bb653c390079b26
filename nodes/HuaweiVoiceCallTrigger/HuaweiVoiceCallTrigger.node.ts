import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import {
	handlePush,
	noRemoteWebhookMethods,
	triggerSecurityProperties,
} from '../shared/trigger/handlePush';

export class HuaweiVoiceCallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Voice Call Trigger',
		name: 'huaweiVoiceCallTrigger',
		icon: { light: 'file:huaweiVoiceCall.svg', dark: 'file:huaweiVoiceCall.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow on Huawei Voice Call status events and CDRs',
		defaults: { name: 'Huawei Voice Call Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiVoiceCallApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'huawei-voice-call',
			},
		],
		properties: [
			{
				displayName:
					'Use this node\'s Production URL as the application\'s status and CDR URLs on the console, or as "Status Push URL" / "CDR Push URL" in the Huawei Voice Call node, which Base64-encodes it for Huawei. Pushes are signed over this exact URL, so use it unchanged.',
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: [
					{ name: 'Call Alerting', value: 'alerting' },
					{ name: 'Call Answered', value: 'answer' },
					{
						name: 'Call Disconnected',
						value: 'disconnect',
						description: 'The call ended; stateCode says why',
					},
					{ name: 'Call Started (Callout)', value: 'callout' },
					{
						name: 'CDR (Fee Record)',
						value: 'fee',
						description: 'One item per call record, after the call',
					},
					{
						name: 'Digits Collected',
						value: 'collectInfo',
						description: 'The keys pressed during a voice notification',
					},
				],
				default: ['callout', 'alerting', 'answer', 'collectInfo', 'disconnect', 'fee'],
				description: 'Which pushes start the workflow; others are answered and ignored',
			},
			...triggerSecurityProperties(),
		],
	};

	webhookMethods = noRemoteWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return handlePush(this, {
			credentialType: 'huaweiVoiceCallApi',
			notifyAnswer: JSON.stringify({ resultcode: '0', resultdesc: 'Success' }),
			verifyKind: 'voiceCallPush',
		});
	}
}
