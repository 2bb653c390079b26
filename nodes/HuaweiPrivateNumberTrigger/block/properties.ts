import type { INodeProperties } from 'n8n-workflow';

import { countryCodeOption } from '../../shared/parameters/countryCode';

/** Shown only while a Block event (SMS control, X-mode callin) is among the chosen events. */
const forBlockEvents = { show: { events: ['smsBlock', 'callin'] } };

export const ANSWER_MODES = ['fixed', 'workflow', 'respondNode'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

/** How SMS control and X-mode callin pushes are answered, and the fixed (or fallback) decisions. */
export const blockProperties: INodeProperties[] = [
	{
		displayName: 'Block Answer',
		name: 'blockAnswer',
		type: 'options',
		noDataExpression: true,
		displayOptions: forBlockEvents,
		options: [
			{
				name: 'Fixed on This Node',
				value: 'fixed',
				description:
					'Answer every SMS control and X-mode callin push with the decisions below, at once',
			},
			{
				name: "From the Workflow (Last Node's Output)",
				value: 'workflow',
				description:
					'The first item of the last node that runs is the answer; the decisions below are the fallback',
			},
			{
				name: 'From a Respond to Webhook Node (Version 1 Only)',
				value: 'respondNode',
				description:
					'A Respond to Webhook node (version 1) answers; the decisions below are the fallback',
			},
		],
		default: 'fixed',
	},
	{
		displayName:
			'The workflow must output, as its last node\'s first item (or a Respond to Webhook v1 body): for X-mode callin {"operation": "connect", "calleeNum": "+86…"} (optional displayCalleeNum, maxDuration, waitVoice, recordFlag, recordHintTone, lastMinVoice, userData) or {"operation": "close"}; for SMS control {"operation": "forward", "called": "+86…"} or {"operation": "discard"}. Numbers may be typed as people type them. Anything else, an error, or no answer within "Answer Within" gets the fallback decision below. Respond to Webhook version 1.1 and later refuse non-n8n triggers, so use version 1.',
		name: 'workflowAnswerNotice',
		type: 'notice',
		default: '',
		displayOptions: {
			show: { events: ['smsBlock', 'callin'], blockAnswer: ['workflow', 'respondNode'] },
		},
	},
	{
		displayName: 'SMS Control Decision',
		name: 'smsBlockAction',
		type: 'options',
		noDataExpression: true,
		description: 'The answer to SMS control (Block) pushes (in workflow mode: the fallback)',
		displayOptions: { show: { events: ['smsBlock'] } },
		options: [
			{ name: 'Discard the SMS', value: 'discard' },
			{ name: 'Forward the SMS', value: 'forward' },
		],
		default: 'discard',
	},
	{
		displayName: 'Forward SMS To',
		name: 'smsForwardTo',
		type: 'string',
		noDataExpression: true,
		required: true,
		default: '',
		placeholder: 'e.g. +8613800000000',
		displayOptions: { show: { events: ['smsBlock'], smsBlockAction: ['forward'] } },
	},
	{
		displayName: 'X-Mode Callin Decision',
		name: 'callinAction',
		type: 'options',
		noDataExpression: true,
		description: 'The answer to X-mode callin (Block) events (in workflow mode: the fallback)',
		displayOptions: { show: { events: ['callin'] } },
		options: [
			{ name: 'End the Call', value: 'close' },
			{ name: 'Connect the Call', value: 'connect' },
		],
		default: 'close',
	},
	{
		displayName: 'Connect Callin To',
		name: 'callinConnectTo',
		type: 'string',
		noDataExpression: true,
		required: true,
		default: '',
		placeholder: 'e.g. +8613800000000',
		displayOptions: { show: { events: ['callin'], callinAction: ['connect'] } },
	},
];

/** Options of the Private Number trigger only. */
export const blockOptions: INodeProperties[] = [
	{
		displayName: 'Answer Within (Seconds)',
		name: 'answerWithinSeconds',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 15 },
		default: 4,
		description:
			'For workflow answers: when the workflow has not answered by then, the fallback decision is sent (Huawei does not publish how long it waits; the caller is waiting)',
	},
	countryCodeOption(
		'Added to numbers in answers that are typed without one (e.g. 13800000000 becomes +8613800000000)',
	),
];
