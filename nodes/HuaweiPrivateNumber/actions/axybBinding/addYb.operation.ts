import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { recordsIn } from '../../../shared/api/envelope';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { FIELDS } from '../binding/fields';
import { bindingResult } from '../binding/output';
import { withAppKey } from './appKey';
import { MODE, PRE_VOICE_Y, RESOURCE, SUBSCRIPTION_ID, URI, YB_DURATION } from './fields';
import { checkLifetime } from './lifetime';
import { createStep } from './step';

const AX_STEP_ID: FieldSpec = {
	...SUBSCRIPTION_ID,
	description: 'The ID returned by the AX step',
};
const B_NUMBER: FieldSpec = {
	name: 'origNum',
	displayName: 'B Number',
	kind: 'phone',
	required: true,
	example: '+8613900000000',
	description: 'B gets Y; A will call Y to reach B',
};
const OPTIONS: FieldSpec[] = [
	{
		...FIELDS.areaCode,
		required: false,
		description: 'City of Y; leave empty to pick Y like X was picked',
	},
	FIELDS.areaMatchMode,
	YB_DURATION,
	PRE_VOICE_Y,
];

export const description = forOperation(RESOURCE, 'addYb', [
	fieldProperty(AX_STEP_ID),
	fieldProperty(B_NUMBER),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const options = item.collection('additionalFields', OPTIONS);
	checkLifetime(item, YB_DURATION, options.ybDuration);
	return { subscriptionId: item.read(AX_STEP_ID), origNum: item.read(B_NUMBER), ...options };
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	const { subscriptionId, origNum } = body;
	// A lost answer is checked on the binding: B appears in at most one of its YB relations.
	const findCreated = async () => {
		const found = await api.lookupBinding({
			method: 'GET',
			uri: URI,
			qs: await withAppKey(api, { subscriptionId }),
		});
		const relation = recordsIn(found, 'xyRelationNumList').find((r) => r.numB === origNum);
		return relation && { subscriptionId, relationNumber: relation.numY };
	};
	// The step's origNum is B and the number it gives out (relationNumber) is Y.
	const { relationNumber, ...answer } = await createStep(api, body, findCreated);
	const { origNum: numB, ...sent } = body;
	return {
		mode: MODE,
		step: 'YB',
		...bindingResult(MODE, {
			...sent,
			numB,
			numY: relationNumber,
			...answer,
			subscriptionId: answer.subscriptionId ?? subscriptionId,
		}),
	};
}
