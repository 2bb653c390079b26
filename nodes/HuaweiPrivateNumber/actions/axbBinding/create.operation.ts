import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { recordsIn } from '../../../shared/api/envelope';
import { forOperation } from '../../../shared/actions/operation';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { withPreVoice } from '../binding/body';
import { bindingResult } from '../binding/output';
import { numberSourceProperties, readNumberSource } from '../binding/numberSource';
import { A_NUMBER, B_NUMBER, BINDING_OPTIONS, MODE, RESOURCE, URI, X_NUMBER } from './fields';

export const description = forOperation(RESOURCE, 'create', [
	fieldProperty(A_NUMBER),
	fieldProperty(B_NUMBER),
	...numberSourceProperties(X_NUMBER),
	collectionProperty('additionalFields', 'Additional Fields', BINDING_OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const callerNum = item.read(A_NUMBER);
	const calleeNum = item.read(B_NUMBER);
	if (callerNum === calleeNum) item.fail('"B Number"', 'must differ from "A Number"');
	return {
		callerNum,
		calleeNum,
		...readNumberSource(item, X_NUMBER),
		...withPreVoice(item.collection('additionalFields', BINDING_OPTIONS)),
	};
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	const { callerNum, calleeNum, relationNum } = body;
	// A lost answer is checked by X with A and B, which identify one binding (a user appears once per X).
	const findCreated = relationNum
		? async () => {
				const found = await api.lookupBinding({
					method: 'GET',
					uri: URI,
					qs: { relationNum, callerNum, calleeNum },
				});
				const binding = recordsIn(found, 'relationNumList')[0];
				return (
					binding && { relationNum: binding.relationNum, subscriptionId: binding.subscriptionId }
				);
			}
		: undefined;
	const answer = await api.createBinding({ method: 'POST', uri: URI, body }, findCreated);
	return bindingResult(MODE, { ...body, ...answer });
}
