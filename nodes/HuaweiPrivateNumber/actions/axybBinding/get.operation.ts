import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import type { LookupChoice } from '../../../shared/parameters/lookup';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { bindingItem } from '../bindings';
import { FIELDS } from '../fields';
import { MODE, RESOURCE, URI, withAppKey } from './fields';

const GET_LOOKUP: LookupChoice[] = [
	{ name: 'Subscription ID', value: 'subscriptionId', fields: [FIELDS.subscriptionId] },
	{
		name: 'X Number',
		value: 'relationNum',
		fields: [
			{
				name: 'relationNum',
				displayName: 'X Number',
				kind: 'phone',
				required: true,
				description: 'The X returned by the AX step',
			},
		],
	},
];

export const description = forOperation(RESOURCE, 'get', lookupProperties(GET_LOOKUP));

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	return readLookup(item, GET_LOOKUP);
}

/** One item per A-X-Y-B relation (up to 5). */
export async function execute(this: IExecuteFunctions, qs: IDataObject, api: ItemApi) {
	const answer = await api.request({
		method: 'GET',
		uri: URI,
		qs: await withAppKey(api, qs),
		retry: 'safe',
	});
	return ((answer.xyRelationNumList ?? []) as IDataObject[]).map((relation) =>
		bindingItem(MODE, { subscriptionId: relation.bindId, ...relation }),
	);
}
