import type { INodeProperties } from 'n8n-workflow';

import { countryCodeOption } from '../../shared/parameters/countryCode';
import type { NumberOptionSpec } from '../../shared/trigger/options';
import { numberOptionProperty } from '../../shared/trigger/options';

/** Shown only while a Block event (SMS control, X-mode callin) is among the chosen events. */
const forBlockEvents = { show: { events: ['smsBlock', 'callin'] } };

export const ANSWER_MODES = ['fixed', 'workflow'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

/** How long a workflow may take to decide a Block push before the fixed decision is sent. */
export const ANSWER_WITHIN: NumberOptionSpec = {
	name: 'answerWithinSeconds',
	displayName: 'Answer Within (Seconds)',
	default: 4,
	min: 1,
	max: 15,
	description:
		'For answers from the workflow: when it has not answered by then, the decision set on this node is sent (the caller is waiting; Huawei does not publish how long it waits)',
};

/** How SMS control and X-mode callin pushes are answered, and the fixed (or fallback) decisions. */
export const blockProperties: INodeProperties[] = [
	{
		displayName: 'Decided By',
		name: 'blockAnswer',
		type: 'options',
		noDataExpression: true,
		displayOptions: forBlockEvents,
		description:
			'SMS Control and X-mode "Call Arrived at X" pushes wait for an answer: forward or discard the SMS, connect or end the call. Who decides.',
		options: [
			{
				name: 'This Node (Fixed Decision)',
				value: 'fixed',
				description: 'Answer at once with the decisions set below',
			},
			{
				name: "The Workflow (Last Node's Output)",
				value: 'workflow',
				description:
					'The first item of the last node that runs is the answer; the decisions below are the fallback',
			},
		],
		default: 'fixed',
	},
	{
		displayName:
			'The first item of the last node answers the SMS. Give it these fields, e.g. with an Edit Fields node:<ul><li>operation "forward" and forwardTo, the number to forward to</li><li>or operation "discard"</li></ul>Anything else, a failed workflow or no answer within "Answer Within" gets the SMS Control Decision below.',
		name: 'smsAnswerNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { events: ['smsBlock'], blockAnswer: ['workflow'] } },
	},
	{
		displayName:
			'The first item of the last node answers the call. Give it these fields, e.g. with an Edit Fields node:<ul><li>operation "connect" and connectTo, the number to connect; optionally maxDuration (minutes), recordFlag and userData</li><li>or operation "close" to end the call</li></ul>Anything else, a failed workflow or no answer within "Answer Within" gets the Call Decision below.',
		name: 'callAnswerNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { events: ['callin'], blockAnswer: ['workflow'] } },
	},
	{
		displayName: 'SMS Control Decision',
		name: 'smsBlockAction',
		type: 'options',
		noDataExpression: true,
		description: 'The answer to SMS Control pushes (with answers from the workflow: the fallback)',
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
		displayName: 'Call Decision',
		name: 'callinAction',
		type: 'options',
		noDataExpression: true,
		description:
			'The answer to X-mode "Call Arrived at X" pushes (with answers from the workflow: the fallback)',
		displayOptions: { show: { events: ['callin'] } },
		options: [
			{ name: 'End the Call', value: 'close' },
			{ name: 'Connect the Call', value: 'connect' },
		],
		default: 'close',
	},
	{
		displayName: 'Connect Call To',
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
	numberOptionProperty(ANSWER_WITHIN),
	countryCodeOption(
		'Added to numbers in answers that are typed without one (e.g. 13800000000 becomes +8613800000000)',
	),
];
