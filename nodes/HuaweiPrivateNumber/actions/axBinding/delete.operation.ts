import { deleteBindingOperation } from '../binding/delete';
import { BINDING_LOOKUP, MODE, RESOURCE, URI } from './fields';

export const { description, prepare, execute } = deleteBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: BINDING_LOOKUP,
});
