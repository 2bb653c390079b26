import { getManyBindingsOperation } from '../binding/getMany';
import { MODE, RESOURCE, X_NUMBER } from './fields';
import { bindingPages } from './pages';

export const { description, prepare, execute } = getManyBindingsOperation({
	resource: RESOURCE,
	mode: MODE,
	xNumber: X_NUMBER,
	pages: bindingPages,
});
