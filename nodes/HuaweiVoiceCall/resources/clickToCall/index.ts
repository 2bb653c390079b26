import type { ResourceOperations } from '../../../shared/operation';
import { operationProperty } from '../../../shared/operation';
import * as start from './start';

export const clickToCallOperations: ResourceOperations = { start };

export const clickToCallOperationProperty = operationProperty(
	'clickToCall',
	[
		{
			name: 'Start',
			value: 'start',
			action: 'Connect two phones with a callback call',
			description: 'Call A, then connect A to B',
		},
	],
	'start',
);
