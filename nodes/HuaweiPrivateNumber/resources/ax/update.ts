import { FIELDS, updateBindingOperation } from '../common';
import { RESOURCE, SELECTOR, URI } from './fields';

export const { description, execute } = updateBindingOperation({
	resource: RESOURCE,
	mode: 'AX',
	uri: URI,
	selector: SELECTOR,
	fields: [FIELDS.maxDuration, FIELDS.privateSms, FIELDS.recordFlag, FIELDS.userData],
});
