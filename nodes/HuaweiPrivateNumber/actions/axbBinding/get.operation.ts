import { getBindingOperation, list } from '../bindings';
import { GET_LOOKUP, MODE, RESOURCE, URI } from './fields';

export const { description, prepare, execute } = getBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: GET_LOOKUP,
	bindingsIn: (answer) => list(answer, 'relationNumList'),
});
