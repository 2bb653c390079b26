import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { numberOptionProperty } from './options';
import { NUMBER_OPTIONS } from './settings';

/** The "Events" selector: which pushes start the workflow (the others are answered and ignored). */
export function eventsProperty(options: INodePropertyOptions[]): INodeProperties {
	const property: INodeProperties = {
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		options,
		default: [],
		description: 'Which pushes start the workflow; others are answered and ignored',
	};
	property.default = options.map((option) => option.value); // every event
	return property;
}

const HOW_TO_TEST =
	'To test here:<ul><li>Turn Verify Signature off for the test, click "Execute step" and post a sample push from the README to the Test URL</li><li>A test catches one push: choose only the event you want to see in Events</li><li>A refused push shows here with the reason</li></ul>';

/** The notice every trigger shows: where its URL goes, and how to try it before going live. */
export function setupNotice(whereTheUrlGoes: string): INodeProperties {
	return {
		displayName: `${whereTheUrlGoes} ${HOW_TO_TEST}`,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	};
}

/** The canvas subtitle: the chosen events, one or two by name, else how many. */
export function eventsSubtitle(events: INodePropertyOptions[]): string {
	const names = Object.fromEntries(events.map((event) => [event.value, event.name]));
	return `={{ (e => e.length === ${events.length} ? "All events" : e.length <= 2 ? e.map(v => (${JSON.stringify(names)})[v] ?? v).join(", ") : e.length + " events")($parameter["events"] ?? []) }}`;
}

/** What the editor says around a trigger: the "listening" panel's help on testing, and the message on publishing. */
export const TRIGGER_TEXTS: Pick<
	INodeTypeDescription,
	'eventTriggerDescription' | 'activationMessage' | 'triggerPanel'
> = {
	eventTriggerDescription: 'Waiting for a push from Huawei to the Test URL',
	activationMessage:
		"Pushes to the Production URL now start this workflow. Make sure the console's push URLs are set to it.",
	triggerPanel: {
		header: 'Pull in a push from Huawei',
		executionsHelp: {
			inactive: `${HOW_TO_TEST} Test executions show up in the editor; production ones in the executions list.`,
			active: `${HOW_TO_TEST} The workflow is published: pushes to the Production URL show up in the <a data-key="executions">executions list</a>.`,
		},
		activationHint:
			'Once the workflow is built, paste the Production URL into the console and publish: every push then runs it without this button.',
	},
};

/** The security switch and its warning. */
export const SIGNATURE_PROPERTIES: INodeProperties[] = [
	{
		displayName: 'Verify Signature',
		name: 'verifySignature',
		type: 'boolean',
		default: true,
		description:
			"Whether to accept only pushes signed with the credential's App Key and App Secret (recommended)",
	},
	{
		displayName:
			'Signature checks are off: anyone who knows this URL can start the workflow with made-up call events or CDRs. Turn them off only for a short test.',
		name: 'unverifiedWarning',
		type: 'notice',
		default: '',
		displayOptions: { show: { verifySignature: [false] } },
	},
];

/** How pushes are read and re-pushes recognised: options of both triggers and of Push → Verify and Parse. */
export const PUSH_OPTIONS: INodeProperties[] = [
	{
		displayName: 'De-Duplicate Re-Pushes',
		name: 'deduplicate',
		type: 'boolean',
		default: true,
		description:
			'Whether an event or CDR the platform pushes again (because an earlier answer was lost) is passed on only once',
	},
	numberOptionProperty(NUMBER_OPTIONS.dedupeCacheSize),
	numberOptionProperty(NUMBER_OPTIONS.maxBodySizeKb),
	{
		displayName: 'Remember Events Across Restarts',
		name: 'persistentDedupe',
		type: 'boolean',
		default: false,
		description:
			"Whether re-pushes are also recognised after an n8n restart and across several n8n processes (queue mode), using n8n's own de-duplication table. Each execution then reads and writes that table, which costs more than the rest of the node's work: turn on where a restart or another process may see a re-push.",
	},
	numberOptionProperty(NUMBER_OPTIONS.persistentDedupeSize),
	numberOptionProperty(NUMBER_OPTIONS.signatureWindowSeconds),
];

/** The security switch, its warning, and the push options in the trigger's Options (plus `extra`). */
export function securityProperties(extra: INodeProperties[] = []): INodeProperties[] {
	return [
		...SIGNATURE_PROPERTIES,
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [...PUSH_OPTIONS, ...extra],
		},
	];
}
