import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { ItemInput } from './fields';

/** What an operation returns for one input item: one output item per object (or ready-made items). */
export type OperationResult = IDataObject | IDataObject[] | INodeExecutionData[];

export interface Operation {
	description: INodeProperties[];
	execute: (this: IExecuteFunctions, input: ItemInput) => Promise<OperationResult>;
}

export type ResourceOperations = Record<string, Operation>;

/** Shows `properties` only for one resource and operation. */
export function forOperation(
	resource: string,
	operation: string,
	properties: INodeProperties[],
): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, resource: [resource], operation: [operation] },
		},
	}));
}

/** The "Operation" selector of one resource. */
export function operationProperty(
	resource: string,
	options: INodePropertyOptions[],
	defaultValue: string,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultValue,
	};
}

/** Every operation selector followed by every operation's own fields. */
export function allOperationProperties(
	registry: Record<string, ResourceOperations>,
	operationSelectors: INodeProperties[],
): INodeProperties[] {
	return [
		...operationSelectors,
		...Object.values(registry).flatMap((operations) =>
			Object.values(operations).flatMap((operation) => operation.description),
		),
	];
}
