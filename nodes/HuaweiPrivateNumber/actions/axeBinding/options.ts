import type { IDataObject } from 'n8n-workflow';

import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { BINDING_OPTIONS } from './fields';

/** Checks the platform enforces across fields: callback settings exclude each other; hours ≤ 43200. */
export function checkBindingOptions(item: ItemParameters, body: IDataObject): IDataObject {
	if (body.callbackTone && body.callbackNum)
		item.fail('"No-Callback Announcement File" and "Callback Number"', 'cannot both be set');
	if ((body.timeUnit ?? '0') === '0') {
		for (const spec of BINDING_OPTIONS.filter((s) => s.name.endsWith('ExpiredTime'))) {
			if (Number(body[spec.name] ?? 0) > 43200)
				item.fail(`"${spec.displayName}"`, 'must be at most 43200 hours');
		}
	}
	return body;
}
