import { recordsIn } from '../../../shared/api/envelope';
import type { BindingPager } from '../binding/search';
import { bindingSearch } from '../binding/search';
import { URI } from './fields';

/** An X number has at most one AX binding: one page lists it. */
export const bindingPages: BindingPager = async (api, privateNum) => {
	const answer = await api.lookupBinding({ method: 'GET', uri: URI, qs: { privateNum } });
	return { bindings: recordsIn(answer, 'privateNumList') };
};

export const listSearch = {
	searchAxBindings: bindingSearch(bindingPages, (binding) => `A ${String(binding.origNum)}`),
};
