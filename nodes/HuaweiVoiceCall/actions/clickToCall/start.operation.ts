import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { PUSH_OPTIONS, startedCall, VC_FIELDS } from '../fields';

const URI = '/rest/httpsessions/click2Call/v2.0';

const CALLER: FieldSpec = {
	name: 'callerNbr',
	displayName: 'Caller Number (A)',
	kind: 'phone',
	required: true,
	example: '+8613800000000',
	description: 'Called first; when A answers, the platform calls B',
};
const CALLEE: FieldSpec = {
	...VC_FIELDS.calleeNbr,
	displayName: 'Callee Number (B)',
	example: '+8613900000000',
};
const DISPLAY_A: FieldSpec = { ...VC_FIELDS.displayNbr, displayName: 'Number Shown to A' };
const DISPLAY_B: FieldSpec = {
	...VC_FIELDS.displayNbr,
	name: 'displayCalleeNbr',
	displayName: 'Number Shown to B',
	description: "A fixed-line number of the app shown to B (hides A's number)",
};
const MAX_DURATION: FieldSpec = {
	name: 'maxDuration',
	displayName: 'Max Call Duration (Minutes)',
	kind: 'integer',
	min: 0,
	max: 1440,
	description: "Talk time limit from B's answer; 0 means unlimited",
};
/** Huawei applies these only with a max call duration above 0 (its Java SDK says so). */
const LAST_MINUTE: FieldSpec[] = [
	{
		name: 'lastMinVoice',
		displayName: 'Last-Minute Announcement File',
		kind: 'voiceFile',
		example: 'last_minute.wav',
		description: 'Played when one minute is left; needs a max call duration above 0',
	},
	{
		name: 'lastMinToUE',
		displayName: 'Last-Minute Announcement To',
		kind: 'options',
		default: 'both',
		options: [
			{ name: 'Both', value: 'both' },
			{ name: 'A Only', value: 'toa' },
			{ name: 'B Only', value: 'tob' },
		],
		description: 'Needs a max call duration above 0',
	},
];
const OPTIONS: FieldSpec[] = [
	MAX_DURATION,
	...LAST_MINUTE,
	{
		name: 'playPreVoice',
		displayName: 'Play Announcement Before Calling B',
		kind: 'flag',
		description: 'Whether A hears an announcement after answering, before B is called',
	},
	{
		name: 'preVoice',
		displayName: 'Announcement File for A',
		kind: 'voiceFile',
		example: 'connecting.wav',
	},
	{
		name: 'waitVoice',
		displayName: 'Wait Tone File',
		kind: 'voiceFile',
		example: 'wait.wav',
		description: 'Looped to A while B is being called',
	},
	{
		name: 'calleeMedia',
		displayName: 'B-Side Media to A',
		kind: 'options',
		default: 'all',
		options: [
			{ name: 'All (Ringback Replaces the Wait Tone)', value: 'all' },
			{ name: 'None (Keep the Wait Tone)', value: 'none' },
			{ name: 'Failure Announcements Only', value: 'fail' },
		],
	},
	{
		name: 'recordFlag',
		displayName: 'Record the Call',
		kind: 'flag',
		description: 'Whether to record (the app must have recording enabled)',
	},
	{
		name: 'recordHintTone',
		displayName: 'Recording Announcement File',
		kind: 'voiceFile',
		example: 'record_hint.wav',
	},
	{
		name: 'partyTypeRequiredInDisconnect',
		displayName: 'Report Who Hung Up',
		kind: 'flag',
		description: 'Whether the disconnect event should say which party hung up',
	},
	...PUSH_OPTIONS,
];

export const description = forOperation('clickToCall', 'start', [
	fieldProperty(CALLER),
	fieldProperty(DISPLAY_A),
	fieldProperty(CALLEE),
	fieldProperty(DISPLAY_B),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const options = item.collection('additionalFields', OPTIONS);
	const lastMinute = LAST_MINUTE.find((spec) => options[spec.name] !== undefined);
	// Huawei ignores them without a max duration: refused, so a user is not misled.
	if (lastMinute && !options.maxDuration)
		item.fail(`"${lastMinute.displayName}"`, `needs "${MAX_DURATION.displayName}" above 0`);
	return {
		displayNbr: item.read(DISPLAY_A),
		callerNbr: item.read(CALLER),
		displayCalleeNbr: item.read(DISPLAY_B),
		calleeNbr: item.read(CALLEE),
		...options,
	};
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	const answer = await api.startCall({ method: 'POST', uri: URI, body });
	return startedCall(answer, body);
}
