import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { recordsIn } from '../../../shared/api/envelope';
import { forOperation } from '../../../shared/actions/operation';
import type { FieldSpec } from '../../../shared/parameters/fieldSpec';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { withPreVoice } from '../binding/body';
import { FIELDS } from '../binding/fields';
import { numberSourceProperties, readNumberSource } from '../binding/numberSource';
import { bindingResult } from '../binding/output';
import { A_NUMBER, MODE, RESOURCE, URI, X_NUMBER } from './fields';

const OPTIONS: FieldSpec[] = [
	FIELDS.recordFlag,
	FIELDS.recordHintTone,
	{ ...FIELDS.numberShownToA, name: 'calleeNumDisplay' },
	FIELDS.privateSms,
	{ ...FIELDS.callerHintTone, description: 'Approved audio file A hears when calling X' },
	{ ...FIELDS.calleeHintTone, description: 'Approved audio file others hear when calling X' },
	FIELDS.maxDuration,
	FIELDS.lastMinVoice,
	{
		name: 'turnFlag',
		displayName: 'Number Powered On',
		kind: 'flag',
		default: true,
		flagValues: ['on', 'off'],
		description: 'Whether the private number takes calls (off: powered off)',
	},
	FIELDS.callDirection,
	FIELDS.userData,
];

export const description = forOperation(RESOURCE, 'create', [
	fieldProperty(A_NUMBER),
	...numberSourceProperties(X_NUMBER),
	collectionProperty('additionalFields', 'Additional Fields', OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const source = readNumberSource(item, X_NUMBER);
	return {
		origNum: item.read(A_NUMBER),
		...source,
		...(source.areaCode ? { privateNumType: 'mobile-virtual' } : {}),
		...withPreVoice(item.collection('additionalFields', OPTIONS)),
	};
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	const { origNum, privateNum } = body;
	// A lost answer is checked by X: one X is bound to one A at a time.
	const findCreated = privateNum
		? async () => {
				const found = await api.lookupBinding({ method: 'GET', uri: URI, qs: { privateNum } });
				const binding = recordsIn(found, 'privateNumList').find((b) => b.origNum === origNum);
				return binding && { origNum, privateNum, subscriptionId: binding.subscriptionId };
			}
		: undefined;
	const answer = await api.createBinding({ method: 'POST', uri: URI, body }, findCreated);
	return bindingResult(MODE, { ...body, ...answer });
}
