import { deleteBindingOperation } from '../common';
import { RESOURCE, SELECTOR, URI } from './fields';

export const { description, execute } = deleteBindingOperation({
	resource: RESOURCE,
	mode: 'AX',
	uri: URI,
	selector: SELECTOR,
});
