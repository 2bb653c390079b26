import type { Resource } from '../../../shared/actions/operation';
import { operationSelector } from '../../../shared/actions/operation';
import * as send from './send.operation';

export const notificationResource: Resource = {
	option: {
		name: 'Notification',
		value: 'notification',
		description: 'Play a voice message, optionally collect digits',
	},
	selector: operationSelector(
		'notification',
		[
			{
				name: 'Send',
				value: 'send',
				action: 'Send notification',
				description: 'Play audio files or TTS templates, optionally collecting digits',
			},
		],
		'send',
	),
	operations: { send },
};
