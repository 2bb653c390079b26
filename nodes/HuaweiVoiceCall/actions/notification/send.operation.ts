import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../../shared/api/itemApi';
import { forOperation } from '../../../shared/actions/operation';
import { collectionProperty, fieldProperty } from '../../../shared/parameters/fieldSpec';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { PUSH_OPTIONS, startedCall, VC_FIELDS } from '../fields';
import { readSegments, SEGMENTS } from './segments';

const URI = '/rest/httpsessions/callnotify/v2.0';

export const description = forOperation('notification', 'send', [
	fieldProperty(VC_FIELDS.displayNbr),
	fieldProperty(VC_FIELDS.calleeNbr),
	SEGMENTS,
	collectionProperty('additionalFields', 'Additional Fields', PUSH_OPTIONS),
]);

export function prepare(this: IExecuteFunctions, item: ItemParameters): IDataObject {
	return {
		displayNbr: item.read(VC_FIELDS.displayNbr),
		calleeNbr: item.read(VC_FIELDS.calleeNbr),
		playInfoList: readSegments(item),
		...item.collection('additionalFields', PUSH_OPTIONS),
	};
}

export async function execute(this: IExecuteFunctions, body: IDataObject, api: ItemApi) {
	const answer = await api.startCall({ method: 'POST', uri: URI, body });
	return startedCall(answer, body);
}
