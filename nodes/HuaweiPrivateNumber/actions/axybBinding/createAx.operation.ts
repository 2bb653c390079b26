import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { FIELDS } from '../binding/fields';
import { bindingResult } from '../binding/output';
import { LIFETIME_NOTE, MODE, PRE_VOICE_Y, RESOURCE, YB_DURATION } from './fields';
import { checkLifetime } from './lifetime';
import { createStep } from './step';

const A_NUMBER: FieldSpec = {
	name: 'origNum',
	displayName: 'A Number',
	kind: 'phone',
	required: true,
	example: '+8613800000000',
	description: 'A gets X; B will call X to reach A',
};
const DURATION: FieldSpec = {
	name: 'duration',
	displayName: 'Binding Lifetime (Seconds)',
	kind: 'integer',
	min: 0,
	max: 7776000,
	description: LIFETIME_NOTE,
};
const OPTIONS: FieldSpec[] = [
	{
		...FIELDS.callDirection,
		options: [
			{ name: 'Both Directions', value: 0 },
			{ name: 'Only A Calls B (Through Y)', value: 1 },
			{ name: 'Only B Calls A (Through X)', value: 2 },
		],
	},
	DURATION,
	YB_DURATION,
	FIELDS.recordFlag,
	FIELDS.recordHintTone,
	{
		name: 'preVoiceX',
		displayName: 'Wait Tone on X',
		kind: 'voiceFile',
		example: 'wait_x.wav',
		description: 'Approved audio file played while a call through X connects',
	},
	PRE_VOICE_Y,
	FIELDS.userData,
];

export const description = forOperation(RESOURCE, 'createAx', [
	fieldProperty(A_NUMBER),
	fieldProperty(FIELDS.areaCode),
	fieldProperty(FIELDS.areaMatchMode),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const options = item.collection('additionalFields', OPTIONS);
	checkLifetime(item, DURATION, options.duration);
	checkLifetime(item, YB_DURATION, options.ybDuration);
	return {
		origNum: item.read(A_NUMBER),
		areaCode: item.read(FIELDS.areaCode),
		areaMatchMode: item.read(FIELDS.areaMatchMode),
		...options,
	};
}

/** The X is picked by area, so a lost answer cannot be checked: the error then says the binding may exist. */
export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	// The step's origNum is A and the number it gives out (relationNumber) is X.
	const { origNum, ...sent } = body;
	const { relationNumber, ...answer } = await createStep(api, body);
	return {
		mode: MODE,
		step: 'AX',
		...bindingResult(MODE, { ...sent, numA: origNum, numX: relationNumber, ...answer }),
	};
}
