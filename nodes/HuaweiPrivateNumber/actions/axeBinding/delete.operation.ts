import { deleteBindingOperation } from '../binding/delete';
import { bindingsRemain } from '../binding/get';
import { BINDING_LOOKUP, MODE, RESOURCE, URI } from './fields';
import { bindingsIn } from './pages';

export const { description, prepare, execute } = deleteBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: BINDING_LOOKUP,
	stillThere: (api, query) => bindingsRemain(api, URI, query, bindingsIn),
});
