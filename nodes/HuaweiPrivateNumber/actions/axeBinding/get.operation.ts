import { getBindingOperation } from '../bindings';
import { BINDING_LOOKUP, bindingsOf, MODE, RESOURCE, URI } from './fields';

export const { description, prepare, execute } = getBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: BINDING_LOOKUP,
	// v1.0 answers with the binding's fields at top level; a list form is accepted too.
	bindingsIn: (answer) => bindingsOf(answer) ?? [answer],
});
