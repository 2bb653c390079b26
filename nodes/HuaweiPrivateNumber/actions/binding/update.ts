import type { IDataObject } from 'n8n-workflow';

import type { Operation } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { collectionProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { bindingResult } from './output';

/** What sets one mode's Update apart: how the binding is found, which fields may change, their checks. */
export interface UpdateBindingSpec {
	resource: string;
	mode: string;
	uri: string;
	lookup: LookupChoice[];
	fields: FieldSpec[];
	/** Checks the chosen changes together and shapes them as the API wants them. */
	changes?: (item: ItemParameters, changes: IDataObject) => IDataObject;
}

/** Update of one mode: "Find Binding By" and "Update Fields" (at least one); one PUT. */
export function updateBindingOperation(spec: UpdateBindingSpec): Operation<IDataObject> {
	return {
		description: forOperation(spec.resource, 'update', [
			...lookupProperties(spec.lookup),
			collectionProperty('updateFields', 'Update Fields', spec.fields),
		]),
		prepare(item) {
			const chosen = item.collection('updateFields', spec.fields);
			const changes = spec.changes ? spec.changes(item, chosen) : chosen;
			if (Object.keys(changes).length === 0)
				item.fail('"Update Fields"', 'is empty: add at least one field to change');
			return { ...readLookup(item, spec.lookup), ...changes };
		},
		async execute(body, api) {
			await api.request({ method: 'PUT', uri: spec.uri, body });
			return { ...bindingResult(spec.mode, body), updated: true };
		},
	};
}
