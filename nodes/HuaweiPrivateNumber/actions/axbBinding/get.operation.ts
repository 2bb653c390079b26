import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { bindingItem } from '../bindings';
import { GET_LOOKUP, MODE, RESOURCE, URI } from './fields';

export const description = forOperation(RESOURCE, 'get', lookupProperties(GET_LOOKUP));

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	return readLookup(item, GET_LOOKUP);
}

export async function execute(this: IExecuteFunctions, qs: IDataObject, api: ItemApi) {
	const answer = await api.request({ method: 'GET', uri: URI, qs, retry: 'safe' });
	return ((answer.relationNumList ?? []) as IDataObject[]).map((binding) =>
		bindingItem(MODE, binding),
	);
}
