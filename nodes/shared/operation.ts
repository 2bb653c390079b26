import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
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
