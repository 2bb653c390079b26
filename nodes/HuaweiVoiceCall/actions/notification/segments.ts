import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { describeType } from '../../../shared/parameters/itemParameters';

/** The "Segments" list of a voice notification: up to 5 audio files or TTS templates, in order. */
export const SEGMENTS: INodeProperties = {
	displayName: 'Segments',
	name: 'segments',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Segment',
	default: {},
	required: true,
	description: 'Up to 5 segments played in order: approved audio files or TTS templates',
	options: [
		{
			displayName: 'Segment',
			name: 'segment',
			values: [
				{
					displayName: 'Audio File or Template',
					name: 'content',
					type: 'options',
					options: [
						{ name: 'Audio File', value: 'notifyVoice' },
						{ name: 'TTS Template', value: 'templateId' },
					],
					default: 'templateId',
				},
				{
					displayName: 'Collect Digits',
					name: 'collectInd',
					type: 'number',
					typeOptions: { minValue: 0, maxValue: 32 },
					default: 0,
					description:
						'How many digits to collect after this segment (0 for none); they arrive in a collectInfo event',
				},
				{
					displayName: 'Name of Audio File',
					name: 'notifyVoice',
					type: 'string',
					default: '',
					placeholder: 'e.g. notify.wav',
					displayOptions: { show: { content: ['notifyVoice'] } },
				},
				{
					displayName: 'Replay After Collection',
					name: 'replayAfterCollection',
					type: 'boolean',
					default: false,
					description: 'Whether to play this segment again after collecting digits',
				},
				{
					displayName: 'Replay Only When Digits Are',
					name: 'collectContentTriggerReplaying',
					type: 'string',
					default: '',
					placeholder: 'e.g. 1',
					description:
						'Replay only when the collected digits equal this (e.g. "press 1 to hear again")',
					displayOptions: { show: { replayAfterCollection: [true] } },
				},
				{
					displayName: 'Template ID',
					name: 'templateId',
					type: 'string',
					default: '',
					placeholder: 'e.g. 1a2b3c4d5e6f',
					displayOptions: { show: { content: ['templateId'] } },
				},
				{
					displayName: 'Template Parameters',
					name: 'templateParas',
					type: 'string',
					typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Parameter' },
					default: [],
					placeholder: 'e.g. gate 1',
					description: 'Values for the template variables, in order (each at most 32 bytes)',
					displayOptions: { show: { content: ['templateId'] } },
				},
			],
		},
	],
};

const AUDIO: FieldSpec = {
	name: 'notifyVoice',
	displayName: 'Name of Audio File',
	kind: 'voiceFile',
	required: true,
};
const TEMPLATE: FieldSpec = {
	name: 'templateId',
	displayName: 'Template ID',
	kind: 'text',
	maxLength: 32,
	required: true,
};
const COLLECT: FieldSpec = {
	name: 'collectInd',
	displayName: 'Collect Digits',
	kind: 'integer',
	min: 0,
	max: 32,
};
const REPLAY_DIGITS: FieldSpec = {
	name: 'collectContentTriggerReplaying',
	displayName: 'Replay Only When Digits Are',
	kind: 'digits',
	min: 1,
	max: 32,
};
const TEMPLATE_VALUE: FieldSpec = {
	name: 'templateParas',
	displayName: 'Template Parameter',
	kind: 'text',
	required: true,
	maxLength: 1000,
};

/** Template parameter values as a list of text (one value per entry: commas are part of a value). */
function templateParameters(item: ItemParameters, raw: unknown, segment: number): string[] {
	const values =
		raw === undefined || raw === null || raw === '' ? [] : Array.isArray(raw) ? raw : [raw];
	return values.map((value, index) => {
		const label = `"Segment ${segment}: Template Parameter ${index + 1}"`;
		const text = item.convert(TEMPLATE_VALUE, value, label) as string;
		if (Buffer.byteLength(text, 'utf8') > 32) item.fail(label, `is over 32 bytes: "${text}"`);
		return text;
	});
}

/** One PlayInfo: exactly one of audio file / template, optional digit collection. */
function playInfo(item: ItemParameters, segment: unknown, index: number): IDataObject {
	const label = (name: string) => `"Segment ${index + 1}: ${name}"`;
	if (segment === null || typeof segment !== 'object' || Array.isArray(segment))
		item.fail(`"Segment ${index + 1}"`, `must be a set of fields, not ${describeType(segment)}`);
	const entry = segment as IDataObject;
	const info: IDataObject = {};
	if (entry.content === 'notifyVoice') {
		info.notifyVoice = item.convert(AUDIO, entry.notifyVoice, label(AUDIO.displayName));
	} else {
		info.templateId = item.convert(TEMPLATE, entry.templateId, label(TEMPLATE.displayName));
		const paras = templateParameters(item, entry.templateParas, index + 1);
		if (paras.length) info.templateParas = paras;
	}
	const collect = item.convert(COLLECT, entry.collectInd ?? 0, label(COLLECT.displayName)) ?? 0;
	if (collect) {
		info.collectInd = collect;
		if (entry.replayAfterCollection === true || entry.replayAfterCollection === 'true') {
			info.replayAfterCollection = 'true';
			const digits = item.convert(
				REPLAY_DIGITS,
				entry.collectContentTriggerReplaying,
				label(REPLAY_DIGITS.displayName),
			);
			if (digits !== undefined) info.collectContentTriggerReplaying = digits;
		}
	}
	return info;
}

export function readSegments(item: ItemParameters): IDataObject[] {
	const raw = item.raw('segments', {});
	const list =
		raw !== null && typeof raw === 'object' && !Array.isArray(raw)
			? ((raw as IDataObject).segment ?? [])
			: raw;
	if (!Array.isArray(list))
		item.fail('"Segments"', `must be a list of segments, not ${describeType(list)}`);
	if (list.length < 1 || list.length > 5)
		item.fail('"Segments"', `must have 1 to 5 entries, not ${list.length}`);
	return list.map((segment, index) => playInfo(item, segment, index));
}
