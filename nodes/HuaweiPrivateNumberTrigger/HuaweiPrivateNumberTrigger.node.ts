import type {
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { handlePush, noRemoteWebhookMethods, triggerSecurityProperties } from '../shared/trigger';

export class HuaweiPrivateNumberTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Private Number Trigger',
		name: 'huaweiPrivateNumberTrigger',
		icon: { light: 'file:huaweiPrivateNumber.svg', dark: 'file:huaweiPrivateNumber.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow on Huawei Private Number call events, CDRs, SMS and number status pushes',
		defaults: { name: 'Huawei Private Number Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'huaweiPrivateNumberApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode:
					'={{$parameter["blockAnswer"] === "workflow" ? "responseNode" : "onReceived"}}',
				path: 'huawei-private-number',
			},
		],
		properties: [
			{
				displayName:
					"Paste this node's Production URL into the application's console settings: call status URL (呼叫状态接收地址), CDR URL (呼叫话单接收地址), SMS notify and SMS control URLs, and X-number status URL. One URL can receive them all.",
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
					{
						name: 'Call Alerting',
						value: 'alerting',
						description: "The callee's phone is ringing",
					},
					{ name: 'Call Answered', value: 'answer' },
					{
						name: 'Call Arrived (Callin)',
						value: 'callin',
						description: 'A call reached the private number',
					},
					{
						name: 'Call Disconnected',
						value: 'disconnect',
						description: 'The call ended; stateCode says why',
					},
					{
						name: 'Call Forwarded (Callout)',
						value: 'callout',
						description: 'The platform started calling the real callee',
					},
					{
						name: 'CDR (Fee Record)',
						value: 'fee',
						description: 'One item per call record, after the call',
					},
					{ name: 'Extension Collected (AXE)', value: 'collectInfo' },
					{
						name: 'Number Status Changed',
						value: 'numStatus',
						description: 'An X number became unavailable or available again',
					},
					{
						name: 'SMS Control (Block)',
						value: 'smsBlock',
						description: 'An SMS waiting for a forward or discard decision',
					},
					{ name: 'SMS Notification', value: 'smsNotify' },
				],
				default: [
					'callin',
					'callout',
					'alerting',
					'answer',
					'collectInfo',
					'disconnect',
					'fee',
					'numStatus',
					'smsNotify',
					'smsBlock',
				],
				description: 'Which pushes start the workflow; others are answered and ignored',
			},
			{
				displayName: 'Answer Block Pushes',
				name: 'blockAnswer',
				type: 'options',
				options: [
					{
						name: 'With the Settings Below',
						value: 'fixed',
						description: 'Answer at once with a fixed decision',
					},
					{
						name: 'From the Workflow',
						value: 'workflow',
						description: 'A Respond to Webhook node sends the decision JSON',
					},
				],
				default: 'fixed',
				description:
					'SMS control pushes (AX/X) and X-mode callin events need a decision in the answer',
			},
			{
				displayName: 'SMS Control Decision',
				name: 'smsBlockAction',
				type: 'options',
				options: [
					{ name: 'Discard the SMS', value: 'discard' },
					{ name: 'Forward the SMS', value: 'forward' },
				],
				default: 'discard',
				displayOptions: { show: { blockAnswer: ['fixed'] } },
			},
			{
				displayName: 'Forward SMS To',
				name: 'smsForwardTo',
				type: 'string',
				default: '',
				placeholder: '+8613800000000',
				displayOptions: { show: { blockAnswer: ['fixed'], smsBlockAction: ['forward'] } },
			},
			{
				displayName: 'X-Mode Callin Decision',
				name: 'callinAction',
				type: 'options',
				options: [
					{ name: 'End the Call', value: 'close' },
					{ name: 'Connect the Call', value: 'connect' },
				],
				default: 'close',
				displayOptions: { show: { blockAnswer: ['fixed'] } },
			},
			{
				displayName: 'Connect Callin To',
				name: 'callinConnectTo',
				type: 'string',
				default: '',
				placeholder: '+8613800000000',
				displayOptions: { show: { blockAnswer: ['fixed'], callinAction: ['connect'] } },
			},
			...triggerSecurityProperties(),
		],
	};

	webhookMethods = noRemoteWebhookMethods;

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return handlePush(this, {
			credentialType: 'huaweiPrivateNumberApi',
			notifyAnswer: '',
			verifyKind: 'request',
		});
	}
}
