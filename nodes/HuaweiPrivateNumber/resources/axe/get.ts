import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemInput } from '../../../shared/fields';
import { lookupProperties, readLookup } from '../../../shared/fields';
import { forOperation } from '../../../shared/operation';
import { bindingItem, privateNumberCall } from '../common';
import { RESOURCE, SELECTOR, URI } from './fields';

export const description = forOperation(RESOURCE, 'get', lookupProperties(SELECTOR, 'Binding'));

/** v1.0 answers with the binding's fields at top level; a list form is accepted too. */
export async function execute(this: IExecuteFunctions, input: ItemInput) {
	const answer = await privateNumberCall.call(this, input, {
		method: 'GET',
		uri: URI,
		qs: readLookup(input, SELECTOR),
		retry: 'safe',
	});
	const list = (answer.bindInfoList ?? answer.extendNumList) as IDataObject[] | undefined;
	return (list ?? [answer]).map((binding) => bindingItem('AXE', binding));
}
