import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operation';
import * as start from './start';

export const clickToCallOperations: ResourceOperations = { start };

export const clickToCallOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['clickToCall'] } },
	options: [
		{
			name: 'Start',
			value: 'start',
			action: 'Connect two phones with a callback call',
			description: 'Call A, then connect A to B',
		},
	],
	default: 'start',
};
