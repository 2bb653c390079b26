import type {
	INodePropertyOptions,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { simplifyProperty } from '../shared/parameters/simplify';
import { dropRecordedEvents } from '../shared/trigger/dedupe';
import {
	eventsProperty,
	securityProperties,
	setupNotice,
	eventsSubtitle,
	TRIGGER_TEXTS,
} from '../shared/trigger/description';
import type { TriggerProduct } from '../shared/trigger/handlePush';
import { handlePush, webhookMethods } from '../shared/trigger/handlePush';

const PRODUCT: TriggerProduct = {
	credentialType: 'huaweiVoiceCallApi',
	notifyAnswer: JSON.stringify({ resultcode: '0', resultdesc: 'Success' }),
	verifyKind: 'voiceCallPush',
};

/** The pushes the trigger can start the workflow on. */
const EVENTS: INodePropertyOptions[] = [
	{ name: 'Call Alerting', value: 'alerting', action: 'On call alerting' },
	{ name: 'Call Answered', value: 'answer', action: 'On call answered' },
	{
		name: 'Call Disconnected',
		value: 'disconnect',
		action: 'On call disconnected',
		description: 'The call ended; stateCode says why',
	},
	{
		name: 'Call Started',
		value: 'callout',
		action: 'On call started',
		description: 'The platform started calling a number (each click-to-call leg)',
	},
	{
		name: 'Call Record (CDR)',
		value: 'fee',
		action: 'On call record (CDR)',
		description: 'One item per call record, after the call',
	},
	{
		name: 'Digits Collected',
		value: 'collectInfo',
		action: 'On digits collected',
		description: 'The keys pressed during a voice notification',
	},
];

export class HuaweiVoiceCallTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Voice Call Trigger',
		name: 'huaweiVoiceCallTrigger',
		icon: { light: 'file:huaweiVoiceCall.svg', dark: 'file:huaweiVoiceCall.dark.svg' },
		group: ['trigger'],
		// The only version. Not 1: n8n evaluates an expression (a binaryData option) on every request
		// to a version-1 webhook node, which costs an expression sandbox per push.
		version: 2,
		subtitle: eventsSubtitle(EVENTS),
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
				responseMode: 'onReceived',
				responseData: 'noData',
				path: 'huawei-voice-call',
			},
		],
		properties: [
			setupNotice(
				'Use this node\'s Production URL as the application\'s status and CDR URLs on the console, or as "Status Push URL" / "CDR Push URL" in the Huawei Voice Call node, which Base64-encodes it for Huawei. Pushes are signed over this exact URL, so use it unchanged.',
			),
			eventsProperty(EVENTS),
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
