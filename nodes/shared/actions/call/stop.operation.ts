import type { IExecuteFunctions } from 'n8n-workflow';

import { asNodeError, goneAfterUncertainAttempt } from '../../api/request';
import type { FieldSpec } from '../../parameters/fieldSpec';
import { fieldProperty } from '../../parameters/fieldSpec';
import type { ItemParameters } from '../../parameters/itemParameters';
import type { ItemApi } from '../operation';
import { forOperation } from '../operation';

/** Stop Call: the same API in Private Number (all modes) and Voice Call. */
export const STOP_CALL_URI = '/rest/httpsessions/callStop/v2.0';
/** "Invalid sessionId": also what a second stop of a call that already ended gets. */
const UNKNOWN_SESSION = ['1020152'];

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
	try {
		await api.request({
			method: 'POST',
			uri: STOP_CALL_URI,
			body: { sessionid: plan.sessionId, signal: 'call_stop' },
			retry: 'safe',
		});
		return { sessionId: plan.sessionId, stopped: true };
	} catch (error) {
		if (!goneAfterUncertainAttempt(error, UNKNOWN_SESSION)) throw asNodeError(api.node, error);
		return {
			sessionId: plan.sessionId,
			stopped: true,
			note: 'An earlier attempt got no answer and the retry found no such call: that attempt ended it (or it had already ended).',
		};
	}
}
