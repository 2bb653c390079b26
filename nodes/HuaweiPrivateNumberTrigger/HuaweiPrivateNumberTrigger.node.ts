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
import { blockOptions, blockProperties } from './block/properties';
import { PRODUCT } from './product';

/** The parameters that decide who answers Block pushes. */
type BlockParameters = { blockAnswer?: string; events?: string[] };

export class HuaweiPrivateNumberTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Private Number Trigger',
		name: 'huaweiPrivateNumberTrigger',
		icon: { light: 'file:huaweiPrivateNumber.svg', dark: 'file:huaweiPrivateNumber.dark.svg' },
		group: ['trigger'],
		// The only version. Not 1: n8n evaluates an expression (a binaryData option) on every request
		// to a version-1 webhook node, which costs an expression sandbox per push.
		version: 2,
		subtitle: eventsSubtitle(PRODUCT.events),
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
				// n8n answers a push (200, no body) once its execution exists, so that Huawei re-pushes
				// what did not get that far; a Block push decided by the workflow waits for the last
				// node's first item (checked, see block/); the node answers every other push itself.
				// Resolved without the expression engine while the parameters hold no expression.
				// (Each function is self-contained, as n8n may run its source as an expression.)
				...webhookDescriptionFields({
					responseMode: fromFunction<BlockParameters>((p) =>
						p.blockAnswer === 'workflow' &&
						[p.events].flat().some((e) => e === 'smsBlock' || e === 'callin')
							? 'lastNode'
							: 'onReceived',
					),
					responseData: fromFunction<BlockParameters>((p) =>
						p.blockAnswer === 'workflow' &&
						[p.events].flat().some((e) => e === 'smsBlock' || e === 'callin')
							? 'firstEntryJson'
							: 'noData',
					),
				}),
			},
		],
		properties: [
			setupNotice(
				'Paste the Production URL into every push URL of the app on the console (Application Management → Modify) and publish the workflow.',
			),
			eventsProperty(PRODUCT.events),
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
		return dropRecordedEvents.call(this, PRODUCT.stateOf);
	}
}
