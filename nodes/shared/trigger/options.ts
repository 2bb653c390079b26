import type { IDataObject, INodeProperties } from 'n8n-workflow';

/**
 * A numeric option of the triggers described once: the editor's field (default and bounds) and
 * the check of a value that reaches the node, which may come from an expression or the API.
 */
export interface NumberOptionSpec {
	name: string;
	displayName: string;
	default: number;
	min: number;
	max: number;
	description: string;
}

export function numberOptionProperty(spec: NumberOptionSpec): INodeProperties {
	const { min, max, ...field } = spec;
	return { ...field, type: 'number', typeOptions: { minValue: min, maxValue: max } };
}

/** The option's value (its default when not set), or what is wrong with it. */
export function readNumberOption(
	options: IDataObject,
	spec: NumberOptionSpec,
): { value: number } | { problem: string } {
	const value = options[spec.name] ?? spec.default;
	if (typeof value !== 'number' || !Number.isInteger(value) || value < spec.min || value > spec.max)
		return {
			problem: `"${spec.displayName}" must be a whole number from ${spec.min} to ${spec.max}`,
		};
	return { value };
}
