import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** n8n's "Simplify" switch. */
export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** Whether Simplify is on: anything but an explicit false (the default is on). */
export function simplifyOn(value: unknown): boolean {
	return value !== false;
}

/** The `fields` of `record` that are present, in that order. */
export function pick(record: IDataObject, fields: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const field of fields) if (record[field] !== undefined) out[field] = record[field];
	return out;
}
