import { updateBindingOperation } from '../binding/update';
import { BINDING_LOOKUP, BINDING_OPTIONS, MODE, RESOURCE, URI } from './fields';
import { checkBindingOptions } from './options';

export const { description, prepare, execute } = updateBindingOperation({
	resource: RESOURCE,
	mode: MODE,
	uri: URI,
	lookup: BINDING_LOOKUP,
	// every create option but the display mode can be changed
	fields: BINDING_OPTIONS.filter((spec) => spec.name !== 'displayNumMode'),
	changes: checkBindingOptions,
});
