import { updateBindingOperation } from '../common';
import { BINDING_OPTIONS, checkBindingOptions, RESOURCE, SELECTOR, URI } from './fields';

/** Every create option but the display mode can be changed. */
export const { description, execute } = updateBindingOperation({
	resource: RESOURCE,
	mode: 'AXE',
	uri: URI,
	selector: SELECTOR,
	fields: BINDING_OPTIONS.filter((spec) => spec.name !== 'displayNumMode'),
	check: checkBindingOptions,
});
