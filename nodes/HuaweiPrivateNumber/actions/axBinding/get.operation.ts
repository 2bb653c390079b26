import type { LookupChoice } from '../../../shared/parameters/lookup';
import { getBindingOperation, list } from '../bindings';
import { A_NUMBER, MODE, RESOURCE, URI, X_NUMBER, SUBSCRIPTION_ID } from './fields';

const GET_LOOKUP: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [SUBSCRIPTION_ID] },
	{ name: 'A Number (All X of A)', value: 'origNum', fields: [A_NUMBER] },
	{ name: 'X Number', value: 'privateNum', fields: [X_NUMBER] },
];

export const { description, prepare, execute } = getBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: GET_LOOKUP,
	bindingsIn: (answer) => list(answer, 'privateNumList'),
});
