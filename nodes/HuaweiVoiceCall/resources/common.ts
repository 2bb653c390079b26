import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../shared/fields';
import { withoutEnvelope } from '../../shared/format';
import { huaweiApiRequest } from '../../shared/transport';

export const CREDENTIAL = 'huaweiVoiceCallApi';

/** Starting a call is not blindly retried: a lost answer may hide a call that is ringing. */
export async function startVoiceCall(
	this: IExecuteFunctions,
	input: ItemInput,
	uri: string,
	body: IDataObject,
): Promise<IDataObject> {
	const response = await huaweiApiRequest.call(this, CREDENTIAL, {
		method: 'POST',
		uri,
		body,
		retry: 'create',
		itemIndex: input.itemIndex,
	});
	return withoutEnvelope(response.body);
}

export const VC_FIELDS = {
	displayNbr: {
		name: 'displayNbr',
		displayName: 'Display Number',
		kind: 'phone',
		required: true,
		placeholder: '+8675528880001',
		description:
			"A fixed-line number of the app, exactly as on the console's Number Management page; shown to the callee",
	},
	calleeNbr: {
		name: 'calleeNbr',
		displayName: 'Callee Number',
		kind: 'phone',
		required: true,
		placeholder: '+8613800000000',
		description: 'Who is called',
	},
	statusUrl: {
		name: 'statusUrl',
		displayName: 'Status Push URL',
		kind: 'base64Url',
		maxLength: 1024,
		description:
			"Where call events go (e.g. a Huawei Voice Call Trigger's URL); sent Base64-encoded. Empty: the app's setting.",
	},
	feeUrl: {
		name: 'feeUrl',
		displayName: 'CDR Push URL',
		kind: 'base64Url',
		maxLength: 1024,
		description: "Where the call record goes; sent Base64-encoded. Empty: the app's setting.",
	},
	returnIdlePort: {
		name: 'returnIdlePort',
		displayName: 'Return Idle Ports',
		kind: 'flag',
		description: 'Whether the answer should include the number of idle call ports',
	},
	userData: {
		name: 'userData',
		displayName: 'User Data',
		kind: 'asciiUserData',
		description: 'Your own reference (up to 256 ASCII characters, no { or }), echoed in every push',
	},
} satisfies Record<string, FieldSpec>;

/** Optional fields every call-starting API has. */
export const PUSH_OPTIONS: FieldSpec[] = [
	VC_FIELDS.statusUrl,
	VC_FIELDS.feeUrl,
	VC_FIELDS.returnIdlePort,
	VC_FIELDS.userData,
];
