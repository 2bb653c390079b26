import type { Resource } from '../../../shared/actions/operation';
import { operationSelector } from '../../../shared/actions/operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import { MODE, RESOURCE } from './fields';
import * as get from './get.operation';
import * as setTemporaryCallee from './setTemporaryCallee.operation';
import * as update from './update.operation';
import { listSearch } from './pages';

export const axBindingResource: Resource = {
	option: {
		name: 'AX Binding',
		value: RESOURCE,
		description: 'A owns X: anyone calling X reaches A',
	},
	selector: operationSelector(
		RESOURCE,
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create AX binding',
				description: 'Give A a private number X',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete AX binding',
				description: 'Remove a binding by ID or X',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get AX binding',
				description: 'Look up bindings by ID, A or X',
			},
			{
				name: 'Set Temporary Callee',
				value: 'setTemporaryCallee',
				action: 'Set temporary callee of AX binding',
				description: "Set the real callee of A's next call through X",
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update AX binding',
				description: 'Change recording, SMS, max duration or user data',
			},
		],
		'create',
	),
	appMode: MODE,
	listSearch,
	operations: { create, update, get, delete: del, setTemporaryCallee },
};
