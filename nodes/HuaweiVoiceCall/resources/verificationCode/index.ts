import type { ResourceOperations } from '../../../shared/operation';
import { operationProperty } from '../../../shared/operation';
import * as send from './send';

export const verificationCodeOperations: ResourceOperations = { send };

export const verificationCodeOperationProperty = operationProperty(
	'verificationCode',
	[
		{
			name: 'Send',
			value: 'send',
			action: 'Call a number and read out a code',
			description: 'Call the callee and play the verification code',
		},
	],
	'send',
);
