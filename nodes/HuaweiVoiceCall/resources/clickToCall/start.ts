import type { IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { PUSH_OPTIONS, startVoiceCall, VC_FIELDS } from '../common';

const CALLER: FieldSpec = {
	name: 'callerNbr',
	displayName: 'Caller Number (A)',
	kind: 'phone',
	required: true,
	description: 'Called first; when A answers, the platform calls B',
};
const CALLEE: FieldSpec = { ...VC_FIELDS.calleeNbr, displayName: 'Callee Number (B)' };
const DISPLAY_A: FieldSpec = { ...VC_FIELDS.displayNbr, displayName: 'Number Shown to A' };
const DISPLAY_B: FieldSpec = {
	...VC_FIELDS.displayNbr,
	name: 'displayCalleeNbr',
	displayName: 'Number Shown to B',
	description: "A fixed-line number of the app shown to B (hides A's number)",
};
const OPTIONS: FieldSpec[] = [
	{
		name: 'maxDuration',
		displayName: 'Max Call Duration (Minutes)',
		kind: 'integer',
		min: 0,
		max: 1440,
		description: "Talk time limit from B's answer; 0 means unlimited",
	},
	{
		name: 'lastMinVoice',
		displayName: 'Last-Minute Announcement File',
		kind: 'voiceFile',
		description: 'Played when one minute is left (needs a max call duration)',
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
	},
	{
		name: 'playPreVoice',
		displayName: 'Play Announcement Before Calling B',
		kind: 'flag',
		description: 'Whether A hears an announcement after answering, before B is called',
	},
	{ name: 'preVoice', displayName: 'Announcement File for A', kind: 'voiceFile' },
	{
		name: 'waitVoice',
		displayName: 'Wait Tone File',
		kind: 'voiceFile',
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
	{ name: 'recordHintTone', displayName: 'Recording Announcement File', kind: 'voiceFile' },
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

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const options = input.collection('additionalFields', OPTIONS);
	if ((options.lastMinVoice || options.lastMinToUE) && !options.maxDuration) {
		input.fail('"Last-Minute Announcement"', 'needs "Max Call Duration (Minutes)" above 0');
	}
	const body = {
		displayNbr: input.field(DISPLAY_A),
		callerNbr: input.field(CALLER),
		displayCalleeNbr: input.field(DISPLAY_B),
		calleeNbr: input.field(CALLEE),
		...options,
	};
	const answer = await startVoiceCall.call(this, input, '/rest/httpsessions/click2Call/v2.0', body);
	return { ...answer, callerNbr: body.callerNbr, calleeNbr: body.calleeNbr };
}
