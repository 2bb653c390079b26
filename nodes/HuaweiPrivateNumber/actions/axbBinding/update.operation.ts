import { updateBindingOperation } from '../binding/update';
import { withPreVoice } from '../binding/body';
import { A_NUMBER, B_NUMBER, BINDING_OPTIONS, BY_ID, MODE, RESOURCE, URI } from './fields';

export const { description, prepare, execute } = updateBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: [BY_ID],
	fields: [A_NUMBER, B_NUMBER, ...BINDING_OPTIONS],
	changes: (_, changes) => withPreVoice(changes),
});
