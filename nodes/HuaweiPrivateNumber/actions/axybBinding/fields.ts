import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { BINDING_MODES } from '../../bindingModes';
import { subscriptionIdLocator } from '../binding/search';

export const RESOURCE = 'axybBinding';
export const MODE = 'AXYB';
export const URI = BINDING_MODES.AXYB.uri;

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
