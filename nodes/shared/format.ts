import type { IDataObject } from 'n8n-workflow';

/** `yyyy-MM-dd HH:mm:ss` (UTC, the platform's format) → `yyyy-MM-ddTHH:mm:ss+00:00`; anything else → undefined. */
export function platformTimeToIso(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.\d+)?Z?$/.exec(value.trim());
	if (!match) return undefined;
	return `${match[1]}T${match[2]}+00:00`;
}

/** Adds `<key>Iso` beside each platform time in `keys` that is present and parseable. */
export function withIsoTimes(record: IDataObject, keys: string[]): IDataObject {
	const out: IDataObject = { ...record };
	for (const key of keys) {
		const iso = platformTimeToIso(record[key]);
		if (iso) out[`${key}Iso`] = iso;
	}
	return out;
}
