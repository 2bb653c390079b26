import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import type { Operation } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { bindingResult } from './output';

/** What sets one mode's Delete apart: how the binding is found, and what else the mode asks. */
export interface DeleteBindingSpec {
	resource: string;
	mode: string;
	uri: string;
	lookup: LookupChoice[];
	/** Fields shown after the lookup's, and how they add to (or check) the query. */
	more?: {
		properties: INodeProperties[];
		read: (item: ItemParameters, query: IDataObject) => IDataObject;
	};
	/** Adds what the request needs beyond the query (e.g. the app key). */
	completeQuery?: (api: ItemApi, query: IDataObject) => Promise<IDataObject>;
	/**
	 * Whether what the query names is still there (a lookup): asked only when every answer to the
	 * delete was lost, so that a delete that did its work is reported done.
	 */
	stillThere: (api: ItemApi, query: IDataObject) => Promise<boolean>;
}

/**
 * Delete of one mode: one DELETE, safe to retry; a binding gone after a lost answer was deleted
 * (the retry's "not found", or a lookup when no answer came at all).
 */
export function deleteBindingOperation(spec: DeleteBindingSpec): Operation<IDataObject> {
	return {
		description: forOperation(spec.resource, 'delete', [
			...lookupProperties(spec.lookup),
			...(spec.more?.properties ?? []),
		]),
		prepare(item) {
			const query = readLookup(item, spec.lookup);
			return { ...query, ...spec.more?.read(item, query) };
		},
		async execute(query, api) {
			const qs = spec.completeQuery ? await spec.completeQuery(api, query) : query;
			const result = await api.deleteBinding({ method: 'DELETE', uri: spec.uri, qs }, () =>
				spec.stillThere(api, query),
			);
			return bindingResult(spec.mode, { ...query, ...result });
		},
	};
}
