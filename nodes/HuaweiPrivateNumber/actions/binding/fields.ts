import type { FieldSpec } from '../../../shared/parameters/fieldSpec';

/** Fields several Private Number resources share, described once. */
export const FIELDS = {
	userData: {
		name: 'userData',
		displayName: 'User Data',
		kind: 'userData',
		example: 'order-1001',
		description:
			'Your own reference (up to 256 characters, no { or }; non-ASCII text is sent Base64-encoded), echoed in call events, CDRs and SMS notifications',
	},
	recordFlag: {
		name: 'recordFlag',
		displayName: 'Record Calls',
		kind: 'flag',
		description:
			'Whether to record every call of this binding (recording must be enabled for the app)',
	},
	recordHintTone: {
		name: 'recordHintTone',
		displayName: 'Recording Announcement File',
		kind: 'voiceFile',
		example: 'record_hint.wav',
		description: 'Name of an approved audio file played before recording starts',
	},
	maxDuration: {
		name: 'maxDuration',
		displayName: 'Max Call Duration (Minutes)',
		kind: 'integer',
		min: 0,
		max: 1440,
		description: 'Longest talk time per call, from answer; 0 means unlimited',
	},
	lastMinVoice: {
		name: 'lastMinVoice',
		displayName: 'Last-Minute Announcement File',
		kind: 'voiceFile',
		example: 'last_minute.wav',
		description: 'Approved audio file played when one minute of the max call duration is left',
	},
	privateSms: {
		name: 'privateSms',
		displayName: 'Allow SMS',
		kind: 'flag',
		default: true,
		description: 'Whether the binding may forward SMS (leave unset to follow the app)',
	},
	callDirection: {
		name: 'callDirection',
		displayName: 'Call Direction',
		kind: 'options',
		default: 0,
		options: [
			{ name: 'Both Directions', value: 0 },
			{ name: 'Only A Calls B', value: 1 },
			{ name: 'Only B Calls A', value: 2 },
		],
	},
	/** Named calleeNumDisplay (AX) or displayNumMode (AXE) by the API. */
	numberShownToA: {
		name: 'numberShownToA',
		displayName: 'Number Shown to A',
		kind: 'options',
		default: '0',
		options: [
			{ name: 'X Number (Required by Carriers)', value: '0' },
			{ name: 'Real Caller Number', value: '1' },
		],
		description: 'What A sees when someone calls A through X',
	},
	callerHintTone: {
		name: 'callerHintTone',
		displayName: 'Wait Tone for A',
		kind: 'voiceFile',
		example: 'wait_a.wav',
		description: 'Approved audio file A hears while being connected',
	},
	calleeHintTone: {
		name: 'calleeHintTone',
		displayName: 'Wait Tone for Others',
		kind: 'voiceFile',
		example: 'wait_b.wav',
		description: 'Approved audio file the other party hears while being connected',
	},
	subscriptionId: {
		name: 'subscriptionId',
		displayName: 'Subscription ID',
		kind: 'text',
		maxLength: 64,
		required: true,
		description:
			"The binding: pick it From List, or give its ID. Empty: the input item's subscriptionId (e.g. from a Create).",
	},
	areaCode: {
		name: 'areaCode',
		displayName: 'Area Code',
		kind: 'digits',
		min: 3,
		max: 4,
		required: true,
		example: '0755',
		description:
			'City code with its leading 0 (e.g. 0755 Shenzhen, 010 Beijing); the platform picks a free number there',
	},
	areaMatchMode: {
		name: 'areaMatchMode',
		displayName: 'Area Match',
		kind: 'options',
		default: '0',
		options: [
			{ name: 'Strict (Fail if the City Has No Free Number)', value: '0' },
			{ name: 'Loose (Fall Back to the Province, Then Any Number)', value: '1' },
		],
	},
} satisfies Record<string, FieldSpec>;
