import type { IDataObject } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { subscriptionIdLocator } from '../bindingSearch';

export const RESOURCE = 'axybBinding';
export const URI = '/rest/omp/xyrelationnumber/v1.0';
export const MODE = 'AXYB';

/** The binding's ID: typed, computed, or picked from the bindings of an X number. */
export const SUBSCRIPTION_ID = subscriptionIdLocator('searchAxybBindings');

export const LIFETIME_NOTE = '0 means no expiry; otherwise 60 to 7,776,000 seconds (90 days)';
export const YB_DURATION: FieldSpec = {
	name: 'ybDuration',
	displayName: 'YB Lifetime (Seconds)',
	kind: 'integer',
	min: 0,
	max: 7776000,
	description: `Lifetime of the B-Y relation: ${LIFETIME_NOTE}; never longer than the binding`,
};
export const PRE_VOICE_Y: FieldSpec = {
	name: 'preVoiceY',
	displayName: 'Wait Tone on Y',
	kind: 'voiceFile',
	example: 'wait_y.wav',
	description: 'Approved audio file played while a call through Y connects',
};

/** The platform accepts 0 or 60-7776000 seconds. */
export function checkLifetime(item: ItemParameters, spec: FieldSpec, value: unknown): void {
	if (typeof value === 'number' && value > 0 && value < 60)
		item.fail(`"${spec.displayName}"`, `must be 0 or at least 60 seconds (${LIFETIME_NOTE})`);
}

/** AXYB APIs also carry the App Key as the `app_key` query parameter. */
export async function withAppKey(api: ItemApi, qs: IDataObject = {}): Promise<IDataObject> {
	const { appKey } = await api.credentials();
	return { app_key: String(appKey), ...qs };
}
