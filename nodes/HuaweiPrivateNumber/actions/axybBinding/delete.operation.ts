import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { fieldProperty, shownWhen } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { removeBinding } from '../bindings';
import { MODE, RESOURCE, URI, withAppKey, SUBSCRIPTION_ID } from './fields';

const Y_NUMBER: FieldSpec = {
	name: 'yNum',
	displayName: 'Y Number',
	kind: 'phone',
	required: true,
	example: '+8617010000002',
	description: 'The Y returned by the YB step',
};
const B_NUMBER: FieldSpec = {
	name: 'bNum',
	displayName: 'B Number',
	kind: 'phone',
	required: true,
	example: '+8613900000000',
};

export const description = forOperation(RESOURCE, 'delete', [
	fieldProperty(SUBSCRIPTION_ID),
	{
		displayName: 'Remove',
		name: 'scope',
		type: 'options',
		options: [
			{ name: 'Whole Binding (AX and Every YB)', value: 'all' },
			{ name: 'One YB Relation, by Y Number', value: 'yNum' },
			{ name: 'One YB Relation, by B Number', value: 'bNum' },
		],
		default: 'all',
	},
	shownWhen(fieldProperty(Y_NUMBER), 'scope', ['yNum']),
	shownWhen(fieldProperty(B_NUMBER), 'scope', ['bNum']),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const scope = item.choice('scope', 'Remove', ['all', 'yNum', 'bNum']);
	const one = scope === 'all' ? {} : { [scope]: item.read(scope === 'yNum' ? Y_NUMBER : B_NUMBER) };
	return { subscriptionId: item.read(SUBSCRIPTION_ID), ...one };
}

export async function execute(this: IExecuteFunctions, qs: IDataObject, api: ItemApi) {
	return {
		mode: MODE,
		...(await removeBinding(api, { method: 'DELETE', uri: URI, qs: await withAppKey(api, qs) })),
		...qs,
	};
}
