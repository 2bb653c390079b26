import type {
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
import { handlePush, webhookMethods } from '../shared/trigger/handlePush';
import { blockOptions, blockProperties } from './block/properties';
import { PRODUCT } from './product';

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
				// Every push but a Block one decided by the workflow is answered by the node itself at
				// once; those are answered with the last node's first item (checked, see block/).
				responseMode: 'lastNode',
				responseData: 'firstEntryJson',
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
