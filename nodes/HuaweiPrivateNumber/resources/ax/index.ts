import type { ResourceOperations } from '../../../shared/operation';
import { operationProperty } from '../../../shared/operation';
import * as create from './create';
import * as del from './delete';
import { RESOURCE } from './fields';
import * as get from './get';
import * as setTemporaryCallee from './setTemporaryCallee';
import * as update from './update';

export const axOperations: ResourceOperations = {
	create,
	update,
	get,
	delete: del,
	setTemporaryCallee,
};

export const axOperationProperty = operationProperty(
	RESOURCE,
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Bind a private number to a user',
			description: 'Give A a private number X',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Unbind an AX binding',
			description: 'Remove a binding by ID or X',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get AX bindings',
			description: 'Look up bindings by ID, A or X',
		},
		{
			name: 'Set Temporary Callee',
			value: 'setTemporaryCallee',
			action: 'Set who a user reaches through the private number',
			description: "Set the real callee of A's next call through X",
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an AX binding',
			description: 'Change recording, SMS, max duration or user data',
		},
	],
	'create',
);
