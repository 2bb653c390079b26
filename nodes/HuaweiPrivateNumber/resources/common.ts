import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { FieldSpec, ItemInput, LookupChoice } from '../../shared/fields';
import {
	collectionProperty,
	fieldProperty,
	lookupProperties,
	readLookup,
	requireSome,
} from '../../shared/fields';
import type { Operation } from '../../shared/operation';
import { forOperation } from '../../shared/operation';
import { withIsoTimes, withoutEnvelope } from '../../shared/format';
import type { HuaweiRequest } from '../../shared/transport';
import { huaweiApiRequest } from '../../shared/transport';

export const CREDENTIAL = 'huaweiPrivateNumberApi';

/** Every Private Number request goes through here; it returns the answer without its envelope. */
export async function privateNumberCall(
	this: IExecuteFunctions,
	input: ItemInput,
	request: Omit<HuaweiRequest, 'itemIndex'>,
): Promise<IDataObject> {
	const response = await huaweiApiRequest.call(this, CREDENTIAL, {
		...request,
		itemIndex: input.itemIndex,
	});
	return withoutEnvelope(response.body);
}

/** "The record does not exist" turned into an empty answer, for list lookups. */
export async function unlessNotFound(
	this: IExecuteFunctions,
	lookup: Promise<IDataObject>,
): Promise<IDataObject> {
	try {
		return await lookup;
	} catch (error) {
		const code = ((error as { errorResponse?: JsonObject }).errorResponse ?? {}).resultcode;
		if (code === '1012007' || code === '1016001') return {};
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
}

/** One output item per binding: the platform's fields, the mode, and ISO times beside raw ones. */
export function bindingItem(mode: string, binding: IDataObject): IDataObject {
	return { mode, ...withIsoTimes(binding, ['subscribeTime']) };
}

export const FIELDS = {
	userData: {
		name: 'userData',
		displayName: 'User Data',
		kind: 'userData',
		description:
			'Your own reference (up to 256 characters, no { or }), echoed in call events, CDRs and SMS notifications',
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
	callerHintTone: {
		name: 'callerHintTone',
		displayName: 'Wait Tone for A',
		kind: 'voiceFile',
		description: 'Approved audio file A hears while being connected',
	},
	calleeHintTone: {
		name: 'calleeHintTone',
		displayName: 'Wait Tone for Others',
		kind: 'voiceFile',
		description: 'Approved audio file the other party hears while being connected',
	},
	subscriptionId: {
		name: 'subscriptionId',
		displayName: 'Subscription ID',
		kind: 'text',
		maxLength: 64,
		required: true,
		description: 'The binding ID returned when the binding was created',
	},
} satisfies Record<string, FieldSpec>;

/** callerHintTone/calleeHintTone from a collection become the API's preVoice object. */
export function withPreVoice(body: IDataObject): IDataObject {
	const { callerHintTone, calleeHintTone, ...rest } = body;
	if (callerHintTone === undefined && calleeHintTone === undefined) return rest;
	return {
		...rest,
		preVoice: {
			...(callerHintTone ? { callerHintTone } : {}),
			...(calleeHintTone ? { calleeHintTone } : {}),
		},
	};
}

export const AREA_CODE: FieldSpec = {
	name: 'areaCode',
	displayName: 'Area Code',
	kind: 'digits',
	min: 3,
	max: 4,
	required: true,
	placeholder: '0755',
	description:
		'City code with its leading 0 (e.g. 0755 Shenzhen, 010 Beijing); the platform picks a free number there',
};
export const AREA_MATCH: FieldSpec = {
	name: 'areaMatchMode',
	displayName: 'Area Match',
	kind: 'options',
	default: '0',
	options: [
		{ name: 'Strict (Fail if the City Has No Free Number)', value: '0' },
		{ name: 'Loose (Fall Back to the Province, Then Any Number)', value: '1' },
	],
};

/** "Choose the private number" fields: a specific number, or an area code the platform picks from. */
export function numberSourceProperties(numberField: FieldSpec): INodeProperties[] {
	return [
		{
			displayName: 'Private Number Source',
			name: 'numberSource',
			type: 'options',
			options: [
				{
					name: 'Specific Number',
					value: 'number',
					description: 'Bind a number of the app you choose',
				},
				{
					name: 'By Area Code',
					value: 'areaCode',
					description: 'Let the platform pick a free number of a city',
				},
			],
			default: 'areaCode',
		},
		{
			...fieldProperty({ ...numberField, required: true }),
			displayOptions: { show: { numberSource: ['number'] } },
		},
		{ ...fieldProperty(AREA_CODE), displayOptions: { show: { numberSource: ['areaCode'] } } },
		{ ...fieldProperty(AREA_MATCH), displayOptions: { show: { numberSource: ['areaCode'] } } },
	];
}

export function readNumberSource(input: ItemInput, numberField: FieldSpec): IDataObject {
	if (input.raw('numberSource') === 'number')
		return { [numberField.name]: input.field({ ...numberField, required: true }) };
	return { areaCode: input.field(AREA_CODE), areaMatchMode: input.field(AREA_MATCH) };
}

interface BindingOperationOptions {
	resource: string;
	mode: string;
	uri: string;
	/** How the binding is found (subscription ID, or numbers). */
	selector: LookupChoice[];
}

/** Delete of a binding found by `selector`; AX and AXE share it. */
export function deleteBindingOperation({
	resource,
	mode,
	uri,
	selector,
}: BindingOperationOptions): Operation {
	return {
		description: forOperation(resource, 'delete', lookupProperties(selector, 'Binding')),
		async execute(this: IExecuteFunctions, input: ItemInput) {
			const qs = readLookup(input, selector);
			await privateNumberCall.call(this, input, { method: 'DELETE', uri, qs, retry: 'safe' });
			return { mode, deleted: true, ...qs };
		},
	};
}

/** Update of a binding found by `selector` with the chosen `fields` (at least one); AX and AXE share it. */
export function updateBindingOperation({
	resource,
	mode,
	uri,
	selector,
	fields,
	check = (_input, body) => body,
}: BindingOperationOptions & {
	fields: FieldSpec[];
	check?: (input: ItemInput, body: IDataObject) => IDataObject;
}): Operation {
	return {
		description: forOperation(resource, 'update', [
			...lookupProperties(selector, 'Binding'),
			collectionProperty('updateFields', 'Update Fields', fields),
		]),
		async execute(this: IExecuteFunctions, input: ItemInput) {
			const found = readLookup(input, selector);
			const changes = requireSome(
				input,
				check(input, input.collection('updateFields', fields)),
				'Update Fields',
			);
			await privateNumberCall.call(this, input, {
				method: 'PUT',
				uri,
				body: { ...found, ...changes },
				retry: 'safe',
			});
			return { mode, updated: true, ...found, ...changes };
		},
	};
}
