import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import type { ItemApi } from '../api/itemApi';
import type { ItemParameters } from '../parameters/itemParameters';

/** What an operation returns for one input item: one output item per object (or ready-made items). */
export type OperationResult = IDataObject | IDataObject[] | INodeExecutionData[];

/**
 * One operation of a resource, in its own file: its fields (`description`), reading and checking
 * one item's parameters into a plan without sending anything (`prepare`, run for every item before
 * the first request), and carrying the plan out (`execute`).
 */
export interface Operation<Plan = unknown> {
	description: INodeProperties[];
	prepare(this: IExecuteFunctions, item: ItemParameters): Plan;
	execute(this: IExecuteFunctions, plan: Plan, api: ItemApi): Promise<OperationResult>;
}

/** resource value → resource */
export type OperationRegistry = Record<string, Resource>;

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
export function operationSelector(
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

/** A resource: its option in the Resource selector, its Operation selector and its operations. */
export interface Resource {
	option: INodePropertyOptions;
	selector: INodeProperties;
	operations: Record<string, Operation>;
	/** The binding mode of app this resource needs (checked against the credential's "Binding Mode of the App"). */
	appMode?: string;
	/** The resource locators' "From List" searches, by method name. */
	listSearch?: Record<string, ListSearchMethod>;
}

export type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

/** Every resource's list searches, for the node's `methods.listSearch`. */
export function listSearchOf(resources: Resource[]): Record<string, ListSearchMethod> {
	return Object.assign({}, ...resources.map((resource) => resource.listSearch ?? {}));
}

/** The node's Resource selector, every Operation selector and every operation's fields. */
export function nodeProperties(resources: Resource[], defaultResource: string): INodeProperties[] {
	const resourceSelector: INodeProperties = {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: resources
			.map((resource) => resource.option)
			.sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultResource,
	};
	return [
		resourceSelector,
		...resources.map((resource) => resource.selector),
		...resources.flatMap((resource) =>
			Object.values(resource.operations).flatMap((operation) => operation.description),
		),
	];
}

export function registryOf(resources: Resource[]): OperationRegistry {
	return Object.fromEntries(resources.map((resource) => [String(resource.option.value), resource]));
}

/** The canvas subtitle: "Operation: Resource" in the words the selectors show, e.g. "Create: AXB Binding". */
export function subtitleOf(resources: Resource[]): string {
	const labels: Record<string, string> = {};
	for (const resource of resources) {
		for (const option of resource.selector.options as INodePropertyOptions[]) {
			labels[`${resource.option.value}.${option.value}`] =
				`${option.name}: ${resource.option.name}`;
		}
	}
	return `={{ (${JSON.stringify(labels)})[$parameter["resource"] + "." + $parameter["operation"]] }}`;
}
