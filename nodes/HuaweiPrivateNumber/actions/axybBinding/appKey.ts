import type { IDataObject } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';

/** AXYB APIs also carry the App Key, as the `app_key` query parameter. */
export async function withAppKey(api: ItemApi, qs: IDataObject = {}): Promise<IDataObject> {
	const { appKey } = await api.credentials();
	return { app_key: String(appKey), ...qs };
}
