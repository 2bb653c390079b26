import type {
	INodePropertyOptions,
	IExecuteFunctions,
	IHookFunctions,
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
import { readSettings } from '../shared/trigger/settings';
import { answerBlock } from './block/answerBlock';
import { readBlockSettings } from './block/decision';
import { blockOptions, blockProperties } from './block/properties';
import { responseModeField } from './block/responseMode';

const PRODUCT: TriggerProduct = {
	credentialType: 'huaweiPrivateNumberApi',
	notifyAnswer: '',
	verifyKind: 'request',
	answerBlock,
	checkSettings(ctx: IHookFunctions) {
		const settings = readSettings(ctx);
		if ('problem' in settings) return settings.problem;
		const block = readBlockSettings(
			(name, fallback) => ctx.getNodeParameter(name, fallback),
			settings.events,
		);
		return 'problem' in block ? block.problem : undefined;
	},
};

/** The pushes the trigger can start the workflow on. */
const EVENTS: INodePropertyOptions[] = [
	{
		name: 'Call Alerting',
		value: 'alerting',
		action: 'On call alerting',
		description: "The callee's phone is ringing",
	},
	{ name: 'Call Answered', value: 'answer', action: 'On call answered' },
	{
		name: 'Call Arrived at X',
		value: 'callin',
		action: 'On call arrived at X',
		description: 'A call reached the private number (X-mode: waits for a decision)',
	},
	{
		name: 'Call Disconnected',
		value: 'disconnect',
		action: 'On call disconnected',
		description: 'The call ended; stateCode says why',
	},
	{
		name: 'Call Forwarded',
		value: 'callout',
		action: 'On call forwarded',
		description: 'The platform started calling the real callee',
	},
	{
		name: 'Call Record (CDR)',
		value: 'fee',
		action: 'On call record (CDR)',
		description: 'One item per call record, after the call',
	},
	{
		name: 'Extension Collected (AXE)',
		value: 'collectInfo',
		action: 'On extension collected',
	},
	{
		name: 'Number Status Changed',
		value: 'numStatus',
		action: 'On number status changed',
		description: 'An X number became unavailable or available again',
	},
	{
		name: 'SMS Control',
		value: 'smsBlock',
		action: 'On SMS control request',
		description: 'An SMS waiting for a forward or discard decision',
	},
	{ name: 'SMS Notification', value: 'smsNotify', action: 'On SMS notification' },
];

export class HuaweiPrivateNumberTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Private Number Trigger',
		name: 'huaweiPrivateNumberTrigger',
		icon: { light: 'file:huaweiPrivateNumber.svg', dark: 'file:huaweiPrivateNumber.dark.svg' },
		group: ['trigger'],
		// The only version. Not 1: n8n evaluates an expression (a binaryData option) on every request
		// to a version-1 webhook node, which costs an expression sandbox per push.
		version: 2,
		subtitle: eventsSubtitle(EVENTS),
		...TRIGGER_TEXTS,
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
				path: 'huawei-private-number',
				responseData: 'firstEntryJson',
				...responseModeField(),
			},
		],
		properties: [
			setupNotice(
				"Paste this node's Production URL into the application's console settings (Application Management → Modify): the call status URL, the CDR URL, the SMS notify and SMS control URLs, and the X number status URL. One URL can receive them all.",
			),
			eventsProperty(EVENTS),
			...blockProperties,
			simplifyProperty,
			...securityProperties(blockOptions),
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
