import type { Resource } from '../../../shared/actions/operation';
import { operationSelector } from '../../../shared/actions/operation';
import * as addYb from './addYb.operation';
import * as createAx from './createAx.operation';
import * as del from './delete.operation';
import { MODE, RESOURCE } from './fields';
import * as get from './get.operation';
import { listSearch } from './pages';

export const axybBindingResource: Resource = {
	option: {
		name: 'AXYB Binding',
		value: RESOURCE,
		description: 'A calls Y to reach B, B calls X to reach A',
	},
	selector: operationSelector(
		RESOURCE,
		[
			{
				name: 'Add YB Step',
				value: 'addYb',
				action: 'Add YB step to AXYB binding',
				description: 'Second step: B gets Y under the same binding',
			},
			{
				name: 'Create AX Step',
				value: 'createAx',
				action: 'Create AX step of AXYB binding',
				description: 'First step: A gets X',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete AXYB binding',
				description: 'Remove the whole binding or one YB relation',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get AXYB binding',
				description: 'Look up by ID or X number',
			},
		],
		'createAx',
	),
	appMode: MODE,
	listSearch,
	operations: { createAx, addYb, get, delete: del },
};
