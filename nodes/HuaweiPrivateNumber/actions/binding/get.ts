import type { IDataObject } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { NO_SUCH_BINDING_ANSWER } from '../../../shared/api/itemApi';
import type { Operation } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { simplifyProperty } from '../../../shared/parameters/simplify';
import { bindingItem, readSimple } from './output';

/** What sets one mode's Get apart: where it asks, how a binding is found, where the answer lists bindings. */
export interface GetBindingSpec {
	resource: string;
	mode: string;
	uri: string;
	lookup: LookupChoice[];
	bindingsIn: (answer: IDataObject) => IDataObject[];
	/** Adds what the query needs beyond the lookup (e.g. the app key). */
	completeQuery?: (api: ItemApi, query: IDataObject) => Promise<IDataObject>;
}

export interface GetBindingPlan {
	query: IDataObject;
	simple: boolean;
}

/** Get of one mode: its "Find Binding By" fields and Simplify; one safe query; one item per binding found. */
export function getBindingOperation(spec: GetBindingSpec): Operation<GetBindingPlan> {
	return {
		description: forOperation(spec.resource, 'get', [
			...lookupProperties(spec.lookup),
			simplifyProperty,
		]),
		prepare(item) {
			return { query: readLookup(item, spec.lookup), simple: readSimple(item) };
		},
		async execute({ query, simple }, api) {
			const qs = spec.completeQuery ? await spec.completeQuery(api, query) : query;
			const answer = await api.request({ method: 'GET', uri: spec.uri, qs });
			return spec.bindingsIn(answer).map((binding) => bindingItem(spec.mode, binding, simple));
		},
	};
}

/**
 * A lookup with the same query as Get: are there still bindings where `query` points? Gone only
 * when Huawei says so: "no such binding", or an answer whose list holds none. An answer with no
 * list at all says nothing, and is an error.
 */
export async function bindingsRemain(
	api: ItemApi,
	uri: string,
	qs: IDataObject,
	bindingsIn: (answer: IDataObject) => IDataObject[],
): Promise<boolean> {
	const answer = await api.lookupBinding({ method: 'GET', uri, qs });
	if (bindingsIn(answer).length > 0) return true;
	const saysNone = answer === NO_SUCH_BINDING_ANSWER || Object.values(answer).some(Array.isArray);
	if (!saysNone) throw new Error("Huawei's answer to the lookup holds no list of bindings");
	return false;
}
