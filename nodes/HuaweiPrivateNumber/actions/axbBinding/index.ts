import type { Resource } from '../../../shared/actions/operation';
import { operationSelector } from '../../../shared/actions/operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import { MODE, RESOURCE } from './fields';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';
import { listSearch } from './pages';

export const axbBindingResource: Resource = {
	option: {
		name: 'AXB Binding',
		value: RESOURCE,
		description: 'A and B reach each other through X',
	},
	selector: operationSelector(
		RESOURCE,
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create AXB binding',
				description: 'Bind A and B through X',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete AXB binding',
				description: 'Remove one binding, or all bindings of an X number',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get AXB binding',
				description: 'Look up a binding by ID, or by X with A or B',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many AXB bindings',
				description: 'List the bindings of an X number',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update AXB binding',
				description: 'Change numbers, lifetime, recording or other settings',
			},
		],
		'create',
	),
	appMode: MODE,
	listSearch,
	operations: { create, update, get, getMany, delete: del },
};
