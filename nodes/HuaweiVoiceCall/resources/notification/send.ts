import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from '../../../shared/fields';
import { collectionProperty, fieldProperty } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { PUSH_OPTIONS, startVoiceCall, VC_FIELDS } from '../common';

const SEGMENTS: INodeProperties = {
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
					placeholder: 'notify.wav',
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
					placeholder: '1',
					description:
						'Replay only when the collected digits equal this (e.g. "press 1 to hear again")',
					displayOptions: { show: { replayAfterCollection: [true] } },
				},
				{
					displayName: 'Template ID',
					name: 'templateId',
					type: 'string',
					default: '',
					displayOptions: { show: { content: ['templateId'] } },
				},
				{
					displayName: 'Template Parameters',
					name: 'templateParas',
					type: 'string',
					default: '',
					placeholder: '3, gate 1',
					description:
						'Values for the template variables, in order, separated by commas (each at most 32 bytes)',
					displayOptions: { show: { content: ['templateId'] } },
				},
			],
		},
	],
};

export const description = forOperation('notification', 'send', [
	fieldProperty(VC_FIELDS.displayNbr),
	fieldProperty(VC_FIELDS.calleeNbr),
	SEGMENTS,
	collectionProperty('additionalFields', 'Additional Fields', PUSH_OPTIONS),
]);

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

/** One PlayInfo: exactly one of audio file / template, optional digit collection. */
function playInfo(input: ItemInput, segment: IDataObject, index: number): IDataObject {
	const at = (spec: FieldSpec) => ({
		...spec,
		displayName: `Segment ${index + 1}: ${spec.displayName}`,
	});
	const info: IDataObject = {};
	if (segment.content === 'notifyVoice') {
		info.notifyVoice = input.convert(at(AUDIO), segment.notifyVoice);
	} else {
		info.templateId = input.convert(at(TEMPLATE), segment.templateId);
		const paras = String(segment.templateParas ?? '')
			.split(',')
			.map((value) => value.trim())
			.filter((value) => value !== '');
		for (const value of paras) {
			if (Buffer.byteLength(value, 'utf8') > 32)
				input.fail(
					`"Segment ${index + 1}: Template Parameters"`,
					`has a value over 32 bytes: "${value}"`,
				);
		}
		if (paras.length) info.templateParas = paras;
	}
	const collect = input.convert(at(COLLECT), segment.collectInd ?? 0) ?? 0;
	if (collect) {
		info.collectInd = collect;
		if (segment.replayAfterCollection === true) {
			info.replayAfterCollection = 'true';
			if (segment.collectContentTriggerReplaying)
				info.collectContentTriggerReplaying = String(segment.collectContentTriggerReplaying);
		}
	}
	return info;
}

export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const segments = ((input.raw('segments', {}) as IDataObject).segment ?? []) as IDataObject[];
	if (segments.length < 1 || segments.length > 5)
		input.fail('"Segments"', `must have 1 to 5 entries, not ${segments.length}`);
	const body = {
		displayNbr: input.field(VC_FIELDS.displayNbr),
		calleeNbr: input.field(VC_FIELDS.calleeNbr),
		playInfoList: segments.map((segment, index) => playInfo(input, segment, index)),
		...input.collection('additionalFields', PUSH_OPTIONS),
	};
	const answer = await startVoiceCall.call(this, input, '/rest/httpsessions/callnotify/v2.0', body);
	return { ...answer, calleeNbr: body.calleeNbr, displayNbr: body.displayNbr };
}
