import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemApi } from '../../api/itemApi';
import { STOP_CALL_URI, stopCallBody } from '../../api/stopCall';
import type { FieldSpec } from '../../parameters/fieldSpec';
import { fieldProperty } from '../../parameters/fieldSpec';
import type { ItemParameters } from '../../parameters/itemParameters';
import { forOperation } from '../operation';

const SESSION_ID: FieldSpec = {
	name: 'sessionId',
	displayName: 'Session ID',
	kind: 'text',
	required: true,
	maxLength: 256,
	default: '={{ $json.sessionId }}',
	example: '1200_366_0_20161228102743@callenabler.home1.com',
	description: "The call's sessionId, from a call event, a CDR or the API that started the call",
};

export const description = forOperation('call', 'stop', [fieldProperty(SESSION_ID)]);

export function prepare(this: IExecuteFunctions, item: ItemParameters) {
	return { sessionId: item.read(SESSION_ID) as string };
}

export async function execute(this: IExecuteFunctions, plan: { sessionId: string }, api: ItemApi) {
	const stopped = await api.stopCall({
		method: 'POST',
		uri: STOP_CALL_URI,
		body: stopCallBody(plan.sessionId),
	});
	return { sessionId: plan.sessionId, ...stopped };
}
