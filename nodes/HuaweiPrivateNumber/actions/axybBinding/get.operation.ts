import type { LookupChoice } from '../../../shared/parameters/lookup';
import { getBindingOperation } from '../binding/get';
import { withAppKey } from './appKey';
import { MODE, RESOURCE, SUBSCRIPTION_ID, URI } from './fields';
import { relationsIn } from './pages';

const GET_LOOKUP: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [SUBSCRIPTION_ID] },
	{
		name: 'X Number',
		value: 'relationNum',
		fields: [
			{
				name: 'relationNum',
				displayName: 'X Number',
				kind: 'phone',
				required: true,
				example: '+8617010000001',
				description: 'The X returned by the AX step',
			},
		],
	},
];

export const { description, prepare, execute } = getBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: GET_LOOKUP,
	completeQuery: withAppKey,
	// One item per A-X-Y-B relation (up to 5).
	bindingsIn: relationsIn,
});
