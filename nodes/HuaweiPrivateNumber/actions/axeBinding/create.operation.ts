import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { forOperation } from '../../../shared/actions/operation';
import { collectionProperty, fieldProperty, shownWhen } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { numberSourceProperties, readNumberSource } from '../binding/numberSource';
import { bindingResult } from '../binding/output';
import { A_NUMBER, BINDING_OPTIONS, EXTENSION, MODE, RESOURCE, URI, X_NUMBER } from './fields';
import { checkBindingOptions } from './options';
import { bindingsOf } from './pages';

const CHOSEN_EXTENSION = { ...EXTENSION, displayName: 'Extension Number' };

export const description = forOperation(RESOURCE, 'create', [
	fieldProperty(A_NUMBER),
	...numberSourceProperties(X_NUMBER),
	{
		displayName: 'Extension',
		name: 'extensionMode',
		type: 'options',
		options: [
			{ name: 'Let the Platform Allocate One', value: 'auto' },
			{ name: 'Choose One', value: 'chosen' },
		],
		default: 'auto',
	},
	shownWhen(fieldProperty(CHOSEN_EXTENSION), 'extensionMode', ['chosen']),
	collectionProperty('additionalFields', 'Additional Fields', BINDING_OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	const chosen = item.choice('extensionMode', 'Extension', ['auto', 'chosen']) === 'chosen';
	return {
		bindNum: item.read(A_NUMBER),
		...readNumberSource(item, X_NUMBER),
		...(chosen ? { extendNum: item.read(CHOSEN_EXTENSION) } : {}),
		...checkBindingOptions(item, item.collection('additionalFields', BINDING_OPTIONS)),
	};
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	const { bindNum, virtualNum, extendNum } = body;
	// A lost answer is checked by X and extension, which identify one binding.
	const findCreated =
		virtualNum && extendNum
			? async () => {
					const found = await api.lookupBinding({
						method: 'GET',
						uri: URI,
						qs: { virtualNum, extendNum },
					});
					const binding = (bindingsOf(found) ?? [found]).find((b) => b.bindNum === bindNum);
					return binding && { subscriptionId: binding.subscriptionId, virtualNum, extendNum };
				}
			: undefined;
	const answer = await api.createBinding({ method: 'POST', uri: URI, body }, findCreated);
	return bindingResult(MODE, { ...body, ...answer });
}
