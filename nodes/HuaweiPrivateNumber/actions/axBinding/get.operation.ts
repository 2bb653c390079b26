import type { LookupChoice } from '../../../shared/parameters/lookup';
import { getBindingOperation } from '../binding/get';
import { A_NUMBER, MODE, RESOURCE, SUBSCRIPTION_ID, URI, X_NUMBER } from './fields';
import { bindingsIn } from './pages';

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
	bindingsIn,
});
