import type { ResourceOperations } from '../../../shared/operation';
import { operationProperty } from '../../../shared/operation';
import * as send from './send';

export const notificationOperations: ResourceOperations = { send };

export const notificationOperationProperty = operationProperty(
	'notification',
	[
		{
			name: 'Send',
			value: 'send',
			action: 'Call a number and play a voice notification',
			description: 'Play audio files or TTS templates, optionally collecting digits',
		},
	],
	'send',
);
