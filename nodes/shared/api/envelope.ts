import type { IDataObject } from 'n8n-workflow';

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
