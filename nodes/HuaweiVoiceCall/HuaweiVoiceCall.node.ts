import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeOptionsProperty, readNodeOptions } from '../shared/actions/nodeOptions';
import { runOperations } from '../shared/actions/runner';
import { properties, registry, subtitle } from './actions';

export class HuaweiVoiceCall implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Voice Call',
		name: 'huaweiVoiceCall',
		icon: { light: 'file:huaweiVoiceCall.svg', dark: 'file:huaweiVoiceCall.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle,
		description:
			'Voice verification codes, voice notifications and click-to-call with Huawei Cloud Voice Call',
		defaults: { name: 'Huawei Voice Call' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'huaweiVoiceCallApi', required: true }],
		properties: [...properties, nodeOptionsProperty],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return runOperations.call(this, registry, readNodeOptions(this, 'huaweiVoiceCallApi'));
	}
}
