import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { lookupProperties, readLookup } from '../../../shared/parameters/lookup';
import { FIELDS } from '../binding/fields';
import { bindingResult } from '../binding/output';
import { BINDING_LOOKUP, MODE, RESOURCE } from './fields';

const CALLEE_URI = '/rest/caas/privatenumber/calleenumber/v1.0';

const CALLEE: FieldSpec = {
	name: 'calleeNum',
	displayName: 'Callee Number',
	kind: 'phone',
	required: true,
	example: '+8613900000000',
	description: 'Who A reaches when A next calls X (must differ from A)',
};
const OPTIONS: FieldSpec[] = [
	{
		name: 'duration',
		displayName: 'Valid For (Seconds)',
		kind: 'integer',
		min: 1,
		max: 259200,
		default: 60,
		description: 'How long this temporary callee applies (1 second to 3 days; Huawei default 60)',
	},
	{ ...FIELDS.maxDuration, description: 'Longest talk time of that call; 0 means unlimited' },
	FIELDS.lastMinVoice,
	FIELDS.userData,
];

export const description = forOperation(RESOURCE, 'setTemporaryCallee', [
	...lookupProperties(BINDING_LOOKUP),
	fieldProperty(CALLEE),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	return {
		...readLookup(item, BINDING_LOOKUP),
		calleeNum: item.read(CALLEE),
		...item.collection('additionalFields', OPTIONS),
	};
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	await api.request({ method: 'PUT', uri: CALLEE_URI, body });
	// calleeNum here is who A reaches next, not a number of the binding.
	const { calleeNum, ...binding } = body;
	return { ...bindingResult(MODE, binding), calleeNumber: calleeNum, temporaryCalleeSet: true };
}
