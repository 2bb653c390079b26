import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../guards';

/** `resultcode` / `resultdesc` of an answer, as strings (undefined when absent). */
export function resultOf(body: unknown): { resultcode?: string; resultdesc?: string } {
	if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) return {};
	const { resultcode, resultdesc } = body as IDataObject;
	return {
		resultcode:
			typeof resultcode === 'string' || typeof resultcode === 'number'
				? String(resultcode)
				: undefined,
		resultdesc: typeof resultdesc === 'string' ? resultdesc : undefined,
	};
}

/** The answer without its envelope. */
export function withoutEnvelope(body: unknown): IDataObject {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
	const rest: IDataObject = { ...(body as IDataObject) };
	delete rest.resultcode;
	delete rest.resultdesc;
	return rest;
}

/**
 * The list an answer gives in the first of `fields` present (undefined when none is). A field that
 * is not a list of objects is an answer gone wrong, never "no entries".
 */
export function answerList(answer: IDataObject, ...fields: string[]): IDataObject[] | undefined {
	for (const field of fields) {
		const value = answer[field];
		if (value === undefined || value === null) continue;
		if (Array.isArray(value) && value.every(isObject)) return value as IDataObject[];
		throw new TypeError(`Huawei's answer has an invalid ${field} (not a list of records)`);
	}
	return undefined;
}

/** Reads the first of `fields` that an answer holds as a list: its records, and how long the list was. */
export type ListReader = (
	answer: IDataObject,
	...fields: string[]
) => { records: IDataObject[]; listed: number };

/** A list taken for a result: a field that is not a list of records is an error (see answerList). */
export const checkedRecords: ListReader = (answer, ...fields) => {
	const records = recordsIn(answer, ...fields);
	return { records, listed: records.length };
};

/**
 * A list as a picker shows it: entries that are not records are left out (one bad entry never
 * hides the others), and a field that is no list lists nothing.
 */
export const pickableRecords: ListReader = (answer, ...fields) => {
	const list = fields.map((field) => answer[field]).find(Array.isArray) as unknown[] | undefined;
	return { records: (list ?? []).filter(isObject) as IDataObject[], listed: list?.length ?? 0 };
};

/** The records of a list field of an answer (absent: none; not a list of records: an error). */
export function recordsIn(answer: IDataObject, ...fields: string[]): IDataObject[] {
	return answerList(answer, ...fields) ?? [];
}
