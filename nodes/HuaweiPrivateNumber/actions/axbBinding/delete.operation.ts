import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import { shownWhen } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { removeBinding } from '../bindings';
import { DELETE_LOOKUP, MODE, RESOURCE, URI } from './fields';

export const description = forOperation(RESOURCE, 'delete', [
	...lookupProperties(DELETE_LOOKUP),
	shownWhen(
		{
			displayName: 'Confirm Deleting All Bindings on X',
			name: 'confirmDeleteAll',
			type: 'boolean',
			default: false,
			description: 'Whether you really mean to remove every binding of this private number',
		},
		'lookupBy',
		['relationNum'],
	),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const qs = readLookup(item, DELETE_LOOKUP);
	if (qs.relationNum && item.raw('confirmDeleteAll') !== true)
		item.fail(
			'"Confirm Deleting All Bindings on X"',
			'must be turned on to delete every binding of an X number',
		);
	return qs;
}

export async function execute(this: IExecuteFunctions, qs: IDataObject, api: ItemApi) {
	return { mode: MODE, ...(await removeBinding(api, { method: 'DELETE', uri: URI, qs })), ...qs };
}
