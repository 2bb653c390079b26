import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../shared/guards';
import { readCountryCode } from '../../shared/parameters/countryCode';
import { parsePhoneNumber } from '../../shared/phone';
import { userDataValue, voiceFileProblem } from '../../shared/parameters/values';
import type { AnswerMode } from './properties';
import { ANSWER_MODES } from './properties';

/**
 * Block answers are built only from checked values: E.164 numbers, known operations, approved
 * file names, user data as Huawei allows it. Nothing is copied from the push except `calling`
 * (SMS) and `called` (callin), which the parser accepts only as phone numbers.
 */

export interface BlockSettings {
	mode: AnswerMode;
	countryCode: string;
	answerWithinMs: number;
	smsForwardTo?: string;
	callinConnectTo?: string;
}

type Read = (name: string, fallback: unknown) => unknown;

/** The Block settings, or what is wrong with them (a wrong number never silently becomes "discard"). */
export function readBlockSettings(
	read: Read,
	events: Set<string>,
): BlockSettings | { problem: string } {
	const options = (read('options', {}) ?? {}) as IDataObject;
	const country = readCountryCode(options.defaultCountryCode);
	if ('problem' in country) return country;
	const countryCode = country.code;
	const within = options.answerWithinSeconds ?? 4;
	if (typeof within !== 'number' || !(within >= 1 && within <= 15))
		return { problem: '"Answer Within (Seconds)" must be from 1 to 15' };
	const mode = read('blockAnswer', 'fixed') as AnswerMode;
	if (!ANSWER_MODES.includes(mode))
		return { problem: `"Block Answer" has an unknown value "${String(mode)}"` };
	const settings: BlockSettings = { mode, countryCode, answerWithinMs: within * 1000 };
	const target = (
		event: string,
		action: string,
		name: string,
		label: string,
	): string | { problem: string } | undefined => {
		if (
			!events.has(event) ||
			read(action, undefined) !== (event === 'smsBlock' ? 'forward' : 'connect')
		)
			return undefined;
		const parsed = parsePhoneNumber(read(name, ''), countryCode);
		return parsed.ok ? parsed.e164 : { problem: `"${label}" ${parsed.reason}` };
	};
	const forward = target('smsBlock', 'smsBlockAction', 'smsForwardTo', 'Forward SMS To');
	const connect = target('callin', 'callinAction', 'callinConnectTo', 'Connect Callin To');
	for (const value of [forward, connect]) if (typeof value === 'object') return value;
	settings.smsForwardTo = forward as string | undefined;
	settings.callinConnectTo = connect as string | undefined;
	return settings;
}

export const discardSms = (): IDataObject => ({ actions: [{ operation: 'DiscardMessage' }] });
export const endCall = (): IDataObject => ({ operation: 'close' });

const forwardSms = (called: string, calling: string, userData?: string): IDataObject => ({
	actions: [
		{ operation: 'vNumberRoute', message: { called, calling }, ...(userData ? { userData } : {}) },
	],
});

/** The node's own decision: also the fallback of workflow answers. */
export function fixedAnswer(
	settings: BlockSettings,
	push: { sms: boolean; calling: string; called: string },
): IDataObject {
	if (push.sms)
		return settings.smsForwardTo ? forwardSms(settings.smsForwardTo, push.calling) : discardSms();
	if (!settings.callinConnectTo) return endCall();
	return {
		operation: 'connect',
		connectInfo: { calleeNum: settings.callinConnectTo, displayCalleeNum: push.called },
	};
}

const first = (value: unknown): unknown =>
	Array.isArray(value) && value.length === 1 ? value[0] : value;

/** Copies the optional fields Huawei allows, each checked; undefined when one is invalid. */
function optionalFields(
	source: IDataObject,
	countryCode: string,
	names: string[],
): IDataObject | undefined {
	const out: IDataObject = {};
	for (const name of names) {
		const value = source[name];
		if (value === undefined || value === null || value === '') continue;
		if (name === 'displayCalleeNum') {
			const parsed = parsePhoneNumber(value, countryCode);
			if (!parsed.ok) return undefined;
			out[name] = parsed.e164;
		} else if (name === 'maxDuration') {
			const minutes = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
			if (
				typeof minutes !== 'number' ||
				!Number.isInteger(minutes) ||
				minutes < 0 ||
				minutes > 1440
			)
				return undefined;
			out[name] = minutes;
		} else if (name === 'recordFlag') {
			if (value !== true && value !== false && value !== 'true' && value !== 'false')
				return undefined;
			out[name] = String(value);
		} else if (name === 'userData') {
			const checked =
				typeof value === 'string' || typeof value === 'number'
					? userDataValue(String(value))
					: undefined;
			if (!checked || 'problem' in checked) return undefined;
			out[name] = checked.value;
		} else {
			if (typeof value !== 'string' || voiceFileProblem(value)) return undefined;
			out[name] = value;
		}
	}
	return out;
}

function callinAnswer(
	output: IDataObject,
	countryCode: string,
	called: string,
): IDataObject | undefined {
	const operation = String(output.operation ?? '').toLowerCase();
	if (operation === 'close') {
		const info = isObject(first(output.closeInfo))
			? (first(output.closeInfo) as IDataObject)
			: output;
		const closeInfo = optionalFields(info, countryCode, ['closeHintTone', 'userData']);
		if (!closeInfo) return undefined;
		return Object.keys(closeInfo).length ? { operation: 'close', closeInfo } : endCall();
	}
	if (operation !== 'connect') return undefined;
	const info = isObject(first(output.connectInfo))
		? (first(output.connectInfo) as IDataObject)
		: output;
	const callee = parsePhoneNumber(info.calleeNum, countryCode);
	const extra = optionalFields(info, countryCode, [
		'displayCalleeNum',
		'maxDuration',
		'waitVoice',
		'recordFlag',
		'recordHintTone',
		'lastMinVoice',
		'userData',
	]);
	if (!callee.ok || !extra) return undefined;
	return {
		operation: 'connect',
		connectInfo: { displayCalleeNum: called, ...extra, calleeNum: callee.e164 },
	};
}

function smsAnswer(
	output: IDataObject,
	countryCode: string,
	calling: string,
): IDataObject | undefined {
	const action =
		Array.isArray(output.actions) && output.actions.length === 1 && isObject(output.actions[0])
			? output.actions[0]
			: output;
	const operation = String(action.operation ?? '').toLowerCase();
	if (operation === 'discard' || operation === 'discardmessage') return discardSms();
	if (operation !== 'forward' && operation !== 'vnumberroute') return undefined;
	const message = isObject(action.message) ? action.message : action;
	const called = parsePhoneNumber(message.called ?? action.forwardTo, countryCode);
	const extra = optionalFields(action, countryCode, ['userData']);
	if (!called.ok || !extra) return undefined;
	return forwardSms(called.e164, calling, extra.userData as string | undefined);
}

/** The workflow's answer as Huawei wants it, or undefined when it is not a valid decision. */
export function workflowAnswer(
	output: unknown,
	settings: BlockSettings,
	push: { sms: boolean; calling: string; called: string },
): IDataObject | undefined {
	const answer = first(output);
	if (!isObject(answer)) return undefined;
	return push.sms
		? smsAnswer(answer, settings.countryCode, push.calling)
		: callinAnswer(answer, settings.countryCode, push.called);
}
