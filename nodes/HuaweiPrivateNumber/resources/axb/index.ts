import type { ResourceOperations } from '../../../shared/operation';
import { operationProperty } from '../../../shared/operation';
import * as create from './create';
import * as del from './delete';
import * as get from './get';
import * as getMany from './getMany';
import * as update from './update';
import { RESOURCE } from './fields';

export const axbOperations: ResourceOperations = { create, update, get, getMany, delete: del };

export const axbOperationProperty = operationProperty(
	RESOURCE,
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Bind A and B through a private number',
			description: 'Bind A and B through X',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Unbind an AXB binding',
			description: 'Remove one binding, or all bindings of an X number',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an AXB binding',
			description: 'Look up a binding by ID, or by X with A or B',
		},
		{
			name: 'Get Many',
			value: 'getMany',
			action: 'Get many AXB bindings of a private number',
			description: 'List the bindings of an X number',
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an AXB binding',
			description: 'Change numbers, lifetime, recording or other settings',
		},
	],
	'create',
);
