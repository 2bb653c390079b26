import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { HuaweiCredentialType } from '../auth/credential';
import { countryCodeOption, readCountryCode } from '../parameters/countryCode';
import { storedOrResolved } from '../parameters/stored';
import { PUSH_OPTIONS } from '../trigger/description';
import type { RunOptions } from './runner';

/** The Push resource's options are those of the triggers; the others concern requests to Huawei. */
const forPushes = { '/resource': ['push'] };

/** Node-wide options of both action nodes. */
export const nodeOptionsProperty: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		...PUSH_OPTIONS.map((option) => ({ ...option, displayOptions: { show: forPushes } })),
		{
			displayName: 'Concurrency',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 50 },
			default: 5,
			description:
				'How many items are sent to Huawei at the same time; 1 sends them strictly in order. Outputs always keep the input order.',
			displayOptions: { hide: forPushes },
		},
		{
			...countryCodeOption(
				'Country code added to phone numbers typed without one (e.g. 13800000000 becomes +8613800000000)',
			),
			displayOptions: { hide: forPushes },
		},
	],
};

export function readNodeOptions(
	ctx: IExecuteFunctions,
	credentialType: HuaweiCredentialType,
): RunOptions {
	const options = storedOrResolved(ctx.getNode().parameters, 'options', () =>
		ctx.getNodeParameter('options', 0, {}),
	) as {
		concurrency?: number;
		defaultCountryCode?: string;
	};
	const concurrency = options.concurrency ?? 5;
	if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 50) {
		throw new NodeOperationError(
			ctx.getNode(),
			'"Concurrency" must be a whole number from 1 to 50',
		);
	}
	const country = readCountryCode(options.defaultCountryCode);
	if ('problem' in country) throw new NodeOperationError(ctx.getNode(), country.problem);
	return { credentialType, concurrency, defaultCountryCode: country.code };
}
