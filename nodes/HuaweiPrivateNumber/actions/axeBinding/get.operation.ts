import { getBindingOperation } from '../binding/get';
import { BINDING_LOOKUP, MODE, RESOURCE, URI } from './fields';
import { bindingsOf } from './pages';

export const { description, prepare, execute } = getBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: BINDING_LOOKUP,
	// v1.0 answers with the binding's fields at top level; a list form is accepted too.
	bindingsIn: (answer) => bindingsOf(answer) ?? [answer],
});
