import type { Resource } from '../../../shared/actions/operation';
import { operationSelector } from '../../../shared/actions/operation';
import * as count from './count.operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import { MODE, RESOURCE } from './fields';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';
import { listSearch } from './pages';

export const axeBindingResource: Resource = {
	option: {
		name: 'AXE Binding',
		value: RESOURCE,
		description: 'Callers dial X and an extension to reach A',
	},
	selector: operationSelector(
		RESOURCE,
		[
			{
				name: 'Count',
				value: 'count',
				action: 'Count AXE bindings',
				description: 'How many extensions of an X are bound',
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create AXE binding',
				description: 'Give A an extension on X',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete AXE binding',
				description: 'Remove a binding by ID or by X and extension',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get AXE binding',
				description: 'Look up a binding by ID or by X and extension',
			},
			{
				name: 'Get Many',
				value: 'getMany',
				action: 'Get many AXE bindings',
				description: 'List the bindings of an X number',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update AXE binding',
				description: 'Change lifetimes, callback settings, recording or user data',
			},
		],
		'create',
	),
	appMode: MODE,
	listSearch,
	operations: { create, update, get, getMany, count, delete: del },
};
