import { recordsIn } from '../../../shared/api/envelope';
import { getBindingOperation } from '../binding/get';
import { GET_LOOKUP, MODE, RESOURCE, URI } from './fields';

export const { description, prepare, execute } = getBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: GET_LOOKUP,
	bindingsIn: (answer) => recordsIn(answer, 'relationNumList'),
});
