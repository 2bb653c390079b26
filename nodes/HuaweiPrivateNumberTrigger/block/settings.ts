import type { IDataObject } from 'n8n-workflow';

import { readCountryCode } from '../../shared/parameters/countryCode';
import { parsePhoneNumber } from '../../shared/phone';
import { readNumberOption } from '../../shared/trigger/options';
import type { AnswerMode } from './properties';
import { ANSWER_MODES, ANSWER_WITHIN } from './properties';

/** How Block pushes are answered: by whom, in which country numbers are read, the fixed decisions. */
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
	const options = read('options', {});
	const values = typeof options === 'object' && options !== null ? (options as IDataObject) : {};
	const country = readCountryCode(values.defaultCountryCode);
	if ('problem' in country) return country;
	const within = readNumberOption(values, ANSWER_WITHIN);
	if ('problem' in within) return within;
	const mode = read('blockAnswer', 'fixed') as AnswerMode;
	if (!ANSWER_MODES.includes(mode))
		return { problem: `"Decided By" has an unknown value "${String(mode)}"` };
	const settings: BlockSettings = {
		mode,
		countryCode: country.code,
		answerWithinMs: within.value * 1000,
	};
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
		const parsed = parsePhoneNumber(read(name, ''), country.code);
		return parsed.ok ? parsed.e164 : { problem: `"${label}" ${parsed.reason}` };
	};
	const forward = target('smsBlock', 'smsBlockAction', 'smsForwardTo', 'Forward SMS To');
	const connect = target('callin', 'callinAction', 'callinConnectTo', 'Connect Call To');
	for (const value of [forward, connect]) if (typeof value === 'object') return value;
	settings.smsForwardTo = forward as string | undefined;
	settings.callinConnectTo = connect as string | undefined;
	return settings;
}
