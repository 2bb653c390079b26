import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operation';
import * as send from './send';

export const notificationOperations: ResourceOperations = { send };

export const notificationOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['notification'] } },
	options: [
		{
			name: 'Send',
			value: 'send',
			action: 'Call a number and play a voice notification',
			description: 'Play audio files or TTS templates, optionally collecting digits',
		},
	],
	default: 'send',
};
