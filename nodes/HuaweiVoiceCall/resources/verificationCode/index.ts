import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operation';
import * as send from './send';

export const verificationCodeOperations: ResourceOperations = { send };

export const verificationCodeOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['verificationCode'] } },
	options: [
		{
			name: 'Send',
			value: 'send',
			action: 'Call a number and read out a code',
			description: 'Call the callee and play the verification code',
		},
	],
	default: 'send',
};
