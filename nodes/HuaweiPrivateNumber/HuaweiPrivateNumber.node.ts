import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeOptionsProperty, readNodeOptions } from '../shared/actions/nodeOptions';
import { runOperations } from '../shared/actions/runner';
import { listSearch, properties, registry, subtitle } from './actions';
import { appModeCheck } from './appMode';

export class HuaweiPrivateNumber implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Huawei Private Number',
		name: 'huaweiPrivateNumber',
		icon: { light: 'file:huaweiPrivateNumber.svg', dark: 'file:huaweiPrivateNumber.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle,
		description:
			'Bind masked phone numbers (AXB, AX, AXE, AXYB), stop calls and fetch recordings with Huawei Cloud Private Number',
		defaults: { name: 'Huawei Private Number' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'huaweiPrivateNumberApi', required: true }],
		properties: [...properties, nodeOptionsProperty],
	};

	methods = { listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return runOperations.call(this, registry, {
			...readNodeOptions(this, 'huaweiPrivateNumberApi'),
			checkItem: appModeCheck(),
		});
	}
}
