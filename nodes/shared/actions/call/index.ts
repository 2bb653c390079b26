import type { Resource } from '../operation';
import { operationSelector } from '../operation';
import * as stop from './stop.operation';

export const callResource: Resource = {
	option: { name: 'Call', value: 'call', description: 'A call in progress' },
	selector: operationSelector(
		'call',
		[
			{
				name: 'Stop',
				value: 'stop',
				action: 'Stop call',
				description: 'Hang up a running call by its session ID',
			},
		],
		'stop',
	),
	operations: { stop },
};
