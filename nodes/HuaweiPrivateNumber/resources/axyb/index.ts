import type { ResourceOperations } from '../../../shared/operation';
import { operationProperty } from '../../../shared/operation';
import * as addYb from './addYb';
import * as createAx from './createAx';
import * as del from './delete';
import { RESOURCE } from './fields';
import * as get from './get';

export const axybOperations: ResourceOperations = { createAx, addYb, get, delete: del };

export const axybOperationProperty = operationProperty(
	RESOURCE,
	[
		{
			name: 'Add YB Step',
			value: 'addYb',
			action: 'Give B a private number Y in an AXYB binding',
			description: 'Second step: B gets Y under the same binding',
		},
		{
			name: 'Create AX Step',
			value: 'createAx',
			action: 'Start an AXYB binding for A',
			description: 'First step: A gets X',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Unbind an AXYB binding or one YB relation',
			description: 'Remove the whole binding or one YB relation',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an AXYB binding',
			description: 'Look up by ID or X number',
		},
	],
	'createAx',
);
