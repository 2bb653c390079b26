import { getBindingOperation } from '../binding/get';
import { BINDING_LOOKUP, MODE, RESOURCE, URI } from './fields';
import { bindingsIn } from './pages';

export const { description, prepare, execute } = getBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: BINDING_LOOKUP,
	bindingsIn,
});
