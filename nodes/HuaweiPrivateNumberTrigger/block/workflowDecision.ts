import type { IDataObject } from 'n8n-workflow';

import { describeType } from '../../shared/parameters/itemParameters';
import { userDataValue, voiceFileProblem } from '../../shared/parameters/values';
import { parsePhoneNumber, samePhone } from '../../shared/phone';
import type { BlockFacts } from './answers';
import { connectCall, discardSms, endCall, forwardSms } from './answers';

/**
 * The workflow's answer to a Block push, read strictly: only the answer's own fields, only the
 * types Huawei documents for them (text; whole numbers where Huawei takes numbers), phone numbers
 * only in a phone number's shape. Anything else is not a decision: the node's fixed one is sent.
 */
export type WorkflowDecision = { answer: IDataObject } | { problem: string };

const problem = (text: string): { problem: string } => ({ problem: text });

/** A JSON object as a workflow's answer holds one: not null, not a list, no class instance. */
function isRecord(value: unknown): value is IDataObject {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

/** A field of the answer itself (never one inherited through its prototype). */
const own = (record: IDataObject, key: string): unknown =>
	Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** A record given as itself or as a one-element list (Huawei's Java demo sends lists). */
function recordIn(value: unknown): IDataObject | undefined {
	if (isRecord(value)) return value;
	return Array.isArray(value) && value.length === 1 && isRecord(value[0]) ? value[0] : undefined;
}

const absent = (value: unknown) => value === undefined || value === null || value === '';

/** A phone number as a workflow may give one: text in a number's shape, or a positive whole number. */
function phoneOf(value: unknown, field: string, countryCode: string): string | { problem: string } {
	if (typeof value !== 'string' && typeof value !== 'number')
		return problem(`"${field}" must be a phone number, not ${shown(value)}`);
	const parsed = parsePhoneNumber(value, countryCode);
	return parsed.ok ? parsed.e164 : problem(`"${field}" ${parsed.reason}`);
}

/**
 * The fields of a decision: Huawei's nested form (`connectInfo`, `closeInfo`, `message`) when it is
 * given, else ours beside `operation`. A nested form that is not one object, or one given beside
 * fields of ours that it would silently override, is no decision.
 */
function fieldsOf(
	record: IDataObject,
	nestedKey: string,
	flatNames: string[],
): { nested: boolean; fields: IDataObject } | { problem: string } {
	const value = own(record, nestedKey);
	if (value === undefined || value === null) return { nested: false, fields: record };
	const nested = recordIn(value);
	if (!nested) return problem(`"${nestedKey}" must be one JSON object, not ${shown(value)}`);
	const beside = flatNames.find((name) => !absent(own(record, name)));
	if (beside !== undefined)
		return problem(`"${beside}" must go inside "${nestedKey}" when "${nestedKey}" is given`);
	return { nested: true, fields: nested };
}

const shown = (value: unknown) =>
	typeof value === 'string'
		? JSON.stringify(value.slice(0, 40))
		: typeof value === 'object' && value !== null && !Array.isArray(value) && !isRecord(value)
			? 'an object built from a prototype'
			: describeType(value);

/** The operation, as text only (a list or an object that prints as "connect" is no operation). */
function operationOf(record: IDataObject, allowed: string): string | { problem: string } {
	const operation = own(record, 'operation');
	if (typeof operation !== 'string')
		return problem(`"operation" must be text (${allowed}), not ${shown(operation)}`);
	return operation.trim().toLowerCase();
}

/** The optional fields Huawei allows beside a decision, each checked; a problem names the first bad one. */
function extras(
	record: IDataObject,
	names: string[],
	countryCode: string,
): { fields: IDataObject } | { problem: string } {
	const out: IDataObject = {};
	for (const name of names) {
		const value = own(record, name);
		if (absent(value)) continue;
		if (name === 'displayCalleeNum') {
			const phone = phoneOf(value, name, countryCode);
			if (typeof phone !== 'string') return phone;
			out[name] = phone;
		} else if (name === 'maxDuration') {
			const minutes = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
			if (
				typeof minutes !== 'number' ||
				!Number.isInteger(minutes) ||
				minutes < 0 ||
				minutes > 1440
			)
				return problem(
					`"maxDuration" must be a whole number of minutes from 0 to 1440, not ${shown(value)}`,
				);
			out[name] = minutes;
		} else if (name === 'recordFlag') {
			if (value !== true && value !== false && value !== 'true' && value !== 'false')
				return problem(`"recordFlag" must be true or false, not ${shown(value)}`);
			out[name] = String(value);
		} else if (name === 'userData') {
			if (typeof value !== 'string') return problem(`"userData" must be text, not ${shown(value)}`);
			const checked = userDataValue(value);
			if ('problem' in checked) return problem(`"userData" ${checked.problem}`);
			out[name] = checked.value;
		} else {
			if (typeof value !== 'string' || voiceFileProblem(value))
				return problem(`"${name}" must be the name of an approved audio file, not ${shown(value)}`);
			out[name] = value;
		}
	}
	return { fields: out };
}

const CLOSE_EXTRAS = ['closeHintTone', 'userData'];

const CONNECT_EXTRAS = [
	'displayCalleeNum',
	'maxDuration',
	'waitVoice',
	'recordFlag',
	'recordHintTone',
	'lastMinVoice',
	'userData',
];

function callDecision(answer: IDataObject, countryCode: string, called: string): WorkflowDecision {
	const operation = operationOf(answer, '"connect" or "close"');
	if (typeof operation !== 'string') return operation;
	if (operation === 'close') {
		const info = fieldsOf(answer, 'closeInfo', CLOSE_EXTRAS);
		if ('problem' in info) return info;
		const closeInfo = extras(info.fields, CLOSE_EXTRAS, countryCode);
		return 'problem' in closeInfo ? closeInfo : { answer: endCall(closeInfo.fields) };
	}
	if (operation !== 'connect')
		return problem(`"operation" must be "connect" or "close", not ${shown(operation)}`);
	// Huawei's own form names the callee calleeNum inside connectInfo; ours is connectTo.
	const info = fieldsOf(answer, 'connectInfo', ['connectTo', ...CONNECT_EXTRAS]);
	if ('problem' in info) return info;
	const to = info.nested
		? phoneOf(own(info.fields, 'calleeNum'), 'connectInfo.calleeNum', countryCode)
		: phoneOf(own(answer, 'connectTo'), 'connectTo', countryCode);
	if (typeof to !== 'string') return to;
	const more = extras(info.fields, CONNECT_EXTRAS, countryCode);
	if ('problem' in more) return more;
	// Huawei shows the callee the X the call reached, and fails the call (8014) on any other number.
	const display = more.fields.displayCalleeNum;
	if (display !== undefined && !samePhone(display, called))
		return problem(`"displayCalleeNum" must be the X number the call reached (${called})`);
	return { answer: connectCall(to, called, more.fields) };
}

/** The fields of an SMS decision in our flat form (Huawei's puts them in its one action). */
const SMS_FIELDS = ['operation', 'forwardTo', 'message', 'userData'];

function smsDecision(answer: IDataObject, countryCode: string, calling: string): WorkflowDecision {
	// Huawei's own form is one action in `actions`, its target in message.called; ours is flat.
	const actions = own(answer, 'actions');
	const action = actions === undefined ? answer : recordIn(actions);
	if (!action) return problem(`"actions" must hold one action, not ${shown(actions)}`);
	const beside =
		action === answer ? undefined : SMS_FIELDS.find((name) => !absent(own(answer, name)));
	if (beside !== undefined)
		return problem(`"${beside}" must go inside "actions" when "actions" is given`);
	const operation = operationOf(action, '"forward" or "discard"');
	if (typeof operation !== 'string') return operation;
	if (operation === 'discard' || operation === 'discardmessage') return { answer: discardSms() };
	if (operation !== 'forward' && operation !== 'vnumberroute')
		return problem(`"operation" must be "forward" or "discard", not ${shown(operation)}`);
	const message = fieldsOf(action, 'message', ['forwardTo']);
	if ('problem' in message) return message;
	const to = message.nested
		? phoneOf(own(message.fields, 'called'), 'message.called', countryCode)
		: phoneOf(own(action, 'forwardTo'), 'forwardTo', countryCode);
	if (typeof to !== 'string') return to;
	const more = extras(action, ['userData'], countryCode);
	if ('problem' in more) return more;
	return { answer: forwardSms(to, calling, more.fields.userData as string | undefined) };
}

/** The workflow's output (its last node's first item) as Huawei's answer, or why it is none. */
export function workflowDecision(
	output: unknown,
	countryCode: string,
	push: BlockFacts,
): WorkflowDecision {
	const answer = recordIn(output);
	if (!answer)
		return problem(`the workflow's answer must be one JSON object, not ${shown(output)}`);
	return push.sms
		? smsDecision(answer, countryCode, push.calling)
		: callDecision(answer, countryCode, push.called);
}
