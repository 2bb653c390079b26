import type { IDataObject } from 'n8n-workflow';

import type { FieldSpec } from '../../shared/parameters/fieldSpec';

/** Fields the three call-starting APIs share, described once. */
export const VC_FIELDS = {
	displayNbr: {
		name: 'displayNbr',
		displayName: 'Display Number',
		kind: 'phone',
		required: true,
		example: '+8675528880001',
		description:
			"A fixed-line number of the app, exactly as on the console's Number Management page; shown to the callee",
	},
	calleeNbr: {
		name: 'calleeNbr',
		displayName: 'Callee Number',
		kind: 'phone',
		required: true,
		example: '+8613800000000',
		description: 'Who is called',
	},
} satisfies Record<string, FieldSpec>;

/** Optional fields every call-starting API has. */
export const PUSH_OPTIONS: FieldSpec[] = [
	{
		name: 'statusUrl',
		displayName: 'Status Push URL',
		kind: 'pushUrl',
		example: 'https://n8n.example.com/webhook/…/huawei-voice-call',
		description:
			"Where call events go (e.g. a Huawei Voice Call Trigger's URL); sent Base64-encoded. Empty: the app's setting.",
	},
	{
		name: 'feeUrl',
		displayName: 'CDR Push URL',
		kind: 'pushUrl',
		example: 'https://n8n.example.com/webhook/…/huawei-voice-call',
		description: "Where the call record goes; sent Base64-encoded. Empty: the app's setting.",
	},
	{
		name: 'returnIdlePort',
		displayName: 'Return Idle Ports',
		kind: 'flag',
		description: 'Whether the answer should include the number of idle call ports',
	},
	{
		name: 'userData',
		displayName: 'User Data',
		kind: 'userData',
		example: 'login-42',
		description:
			'Your own reference (up to 256 characters, no { or }; non-ASCII text is sent Base64-encoded), echoed in every push',
	},
];

/**
 * The item of a started call: Huawei's answer (sessionId, idlePort) and the call's numbers named as
 * every item names them (README: "Output fields").
 */
export function startedCall(answer: IDataObject, body: IDataObject): IDataObject {
	return {
		...answer,
		...(body.callerNbr !== undefined ? { callerNumber: body.callerNbr } : {}),
		calleeNumber: body.calleeNbr,
		displayNumber: body.displayNbr,
	};
}
