import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { MAX_WINDOW_SECONDS } from './signature';

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

/** The notice every trigger shows: where its URL goes, and how to try it before going live. */
export function setupNotice(whereTheUrlGoes: string): INodeProperties {
	return {
		displayName: `${whereTheUrlGoes} To try it: click "Listen for test event", paste the Test URL into the same place for a moment (or send a sample push with this project's simulator), make a call, then paste the Production URL back and publish the workflow.`,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	};
}

export const simplifyProperty: INodeProperties = {
	displayName: 'Simplify',
	name: 'simple',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	displayOptions: { show: { '@version': [{ _cnd: { gte: 2 } }] } },
};

/** The security switch, its warning, and the options both triggers share (plus `extra`). */
export function securityProperties(extra: INodeProperties[] = []): INodeProperties[] {
	return [
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
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'De-Duplicate Re-Pushes',
					name: 'deduplicate',
					type: 'boolean',
					default: true,
					description:
						'Whether an event or CDR the platform pushes again (because an earlier answer was lost) starts the workflow only once',
				},
				{
					displayName: 'De-Duplication Memory (Entries)',
					name: 'dedupeCacheSize',
					type: 'number',
					typeOptions: { minValue: 100 },
					default: 100000,
					description:
						'How many recent events each n8n process keeps in memory (for up to 11 hours)',
				},
				{
					displayName: 'Max Body Size (KB)',
					name: 'maxBodySizeKb',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 10240 },
					default: 1024,
					description: 'Larger pushes are refused with HTTP 413',
				},
				{
					displayName: 'Remember Events Across Restarts',
					name: 'persistentDedupe',
					type: 'boolean',
					default: false,
					description:
						"Whether re-pushes are also recognised after an n8n restart and across several webhook processes (turn on in queue mode), using n8n's own de-duplication table: about 1-5 ms more per push",
				},
				{
					displayName: 'Signature Time Window (Seconds)',
					name: 'signatureWindowSeconds',
					type: 'number',
					typeOptions: { minValue: 10, maxValue: MAX_WINDOW_SECONDS },
					default: 300,
					description: "How far the push's Created time may be from this server's clock",
				},
				...extra,
			],
		},
	];
}
