import type { IDataObject } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { withAppKey } from './appKey';
import { URI } from './fields';

/**
 * Creates one step of an AXYB binding (the AX step, or a YB step on it): the answer's
 * relationNumber is the private number that step gives out. `find` looks the step up when its
 * answer is lost.
 */
export async function createStep(
	api: ItemApi,
	body: IDataObject,
	find?: () => Promise<IDataObject | undefined>,
): Promise<IDataObject> {
	return api.createBinding({ method: 'POST', uri: URI, qs: await withAppKey(api), body }, find);
}
