import { FIELDS } from '../binding/fields';
import { updateBindingOperation } from '../binding/update';
import { BINDING_LOOKUP, MODE, RESOURCE, URI } from './fields';

export const { description, prepare, execute } = updateBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: BINDING_LOOKUP,
	// the fields ModifyAXBinding changes
	fields: [FIELDS.maxDuration, FIELDS.privateSms, FIELDS.recordFlag, FIELDS.userData],
});
