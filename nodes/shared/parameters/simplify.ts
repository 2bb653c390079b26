import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** n8n's "Simplify" switch (from version 2 of a node: version 1 keeps its full output). */
export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
};

/** Whether Simplify is on, given the node's version and the parameter's value. */
export function simplifyOn(typeVersion: number, value: unknown): boolean {
	return typeVersion >= 2 && value !== false;
}

/** The `fields` of `record` that are present, in that order. */
export function pick(record: IDataObject, fields: readonly string[]): IDataObject {
	const out: IDataObject = {};
	for (const field of fields) if (record[field] !== undefined) out[field] = record[field];
	return out;
}
