import type { Resource } from '../../../shared/actions/operation';
import { operationSelector } from '../../../shared/actions/operation';
import * as start from './start.operation';

export const clickToCallResource: Resource = {
	option: {
		name: 'Click-to-Call',
		value: 'clickToCall',
		description: 'Call A, then connect A to B',
	},
	selector: operationSelector(
		'clickToCall',
		[
			{
				name: 'Start',
				value: 'start',
				action: 'Start click-to-call',
				description: 'Call A, then connect A to B',
			},
		],
		'start',
	),
	operations: { start },
};
