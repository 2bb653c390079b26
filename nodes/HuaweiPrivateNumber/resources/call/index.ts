import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operation';
import * as stop from './stop';

export const callOperations: ResourceOperations = { stop };

export const callOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['call'] } },
	options: [
		{
			name: 'Stop',
			value: 'stop',
			action: 'Stop a call in progress',
			description: 'Hang up a running call by its session ID',
		},
	],
	default: 'stop',
};
