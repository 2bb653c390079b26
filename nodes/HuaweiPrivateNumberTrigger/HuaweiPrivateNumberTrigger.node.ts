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
				responseMode: 'onReceived',
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
				displayName: 'SMS Control Decision',
				description: 'The answer to SMS control (Block) pushes, sent at once',
				name: 'smsBlockAction',
				type: 'options',
				options: [
					{ name: 'Discard the SMS', value: 'discard' },
					{ name: 'Forward the SMS', value: 'forward' },
				],
				default: 'discard',
			},
			{
				displayName: 'Forward SMS To',
				name: 'smsForwardTo',
				type: 'string',
				default: '',
				placeholder: '+8613800000000',
				displayOptions: { show: { smsBlockAction: ['forward'] } },
			},
			{
				displayName: 'X-Mode Callin Decision',
				description: 'The answer to X-mode callin (Block) events, sent at once',
				name: 'callinAction',
				type: 'options',
				options: [
					{ name: 'End the Call', value: 'close' },
					{ name: 'Connect the Call', value: 'connect' },
				],
				default: 'close',
			},
			{
				displayName: 'Connect Callin To',
				name: 'callinConnectTo',
				type: 'string',
				default: '',
				placeholder: '+8613800000000',
				displayOptions: { show: { callinAction: ['connect'] } },
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
