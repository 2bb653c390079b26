import type { IDataObject } from 'n8n-workflow';

import { answerList } from '../../../shared/api/envelope';
import { FIRST_PAGE } from '../../../shared/parameters/pagination';
import type { BindingPager } from '../binding/search';
import { bindingSearch, shownNumber } from '../binding/search';

const URI_V2 = '/rest/caas/extendnumber/v2.0';
const FIRST_CURSOR = '0000000000000_0';

/** Where AXE answers list bindings: bindInfoList (extendNumList in some versions). */
const LISTS = ['bindInfoList', 'extendNumList'];

/** The bindings of a list answer (undefined when it has no list). */
export function bindingsOf(answer: IDataObject): IDataObject[] | undefined {
	return answerList(answer, ...LISTS);
}

/** The bindings of a v1.0 answer: its binding fields at top level, or a list form. */
export const bindingsIn = (answer: IDataObject): IDataObject[] =>
	bindingsOf(answer) ?? (answer.subscriptionId === undefined ? [] : [answer]);

/** The cursor to the next page: nextCursor (nextCusor in one doc page). */
export function nextCursorOf(answer: IDataObject): string | undefined {
	const next = answer.nextCursor ?? answer.nextCusor;
	return typeof next === 'string' && next !== '' ? next : undefined;
}

/** Pages of the bindings of X from query v2.0 (up to 100 each), followed by their cursor. */
export const bindingPages: BindingPager = async (api, virtualNum, token, wanted, read) => {
	const page = await api.lookupBinding({
		method: 'GET',
		uri: URI_V2,
		qs: {
			virtualNum,
			cursor: token === FIRST_PAGE ? FIRST_CURSOR : token,
			limit: Math.min(100, wanted),
		},
	});
	const { records, listed } = read(page, ...LISTS);
	return { bindings: records, next: listed ? nextCursorOf(page) : undefined };
};

export const listSearch = {
	searchAxeBindings: bindingSearch(
		'AXE',
		bindingPages,
		(binding) => `Extension ${shownNumber(binding.extendNum)} → A ${shownNumber(binding.bindNum)}`,
	),
};
