import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/operation';
import { allOperationProperties } from '../../shared/operation';
import { axOperationProperty, axOperations } from './ax';
import { axbOperationProperty, axbOperations } from './axb';
import { axeOperationProperty, axeOperations } from './axe';
import { axybOperationProperty, axybOperations } from './axyb';
import { callOperationProperty, callOperations } from './call';
import { recordingOperationProperty, recordingOperations } from './recording';

/** resource → operation → { description, execute } */
export const registry: Record<string, ResourceOperations> = {
	axbBinding: axbOperations,
	axBinding: axOperations,
	axeBinding: axeOperations,
	axybBinding: axybOperations,
	call: callOperations,
	recording: recordingOperations,
};

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'AX Binding', value: 'axBinding', description: 'A owns X: anyone calling X reaches A' },
		{ name: 'AXB Binding', value: 'axbBinding', description: 'A and B reach each other through X' },
		{
			name: 'AXE Binding',
			value: 'axeBinding',
			description: 'Callers dial X and an extension to reach A',
		},
		{
			name: 'AXYB Binding',
			value: 'axybBinding',
			description: 'A calls Y to reach B, B calls X to reach A',
		},
		{ name: 'Call', value: 'call' },
		{ name: 'Recording', value: 'recording' },
	],
	default: 'axbBinding',
};

const operationProperties = [
	axbOperationProperty,
	axOperationProperty,
	axeOperationProperty,
	axybOperationProperty,
	callOperationProperty,
	recordingOperationProperty,
];

export const operationDescriptions = allOperationProperties(registry, operationProperties);
