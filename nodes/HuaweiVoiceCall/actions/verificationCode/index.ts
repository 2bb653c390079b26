import type { Resource } from '../../../shared/actions/operation';
import { operationSelector } from '../../../shared/actions/operation';
import * as send from './send.operation';

export const verificationCodeResource: Resource = {
	option: {
		name: 'Verification Code',
		value: 'verificationCode',
		description: 'Read out a numeric code',
	},
	selector: operationSelector(
		'verificationCode',
		[
			{
				name: 'Send',
				value: 'send',
				action: 'Send verification code',
				description: 'Call the callee and play the verification code',
			},
		],
		'send',
	),
	operations: { send },
};
