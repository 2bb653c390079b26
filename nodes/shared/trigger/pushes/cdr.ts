import type { IDataObject } from 'n8n-workflow';

import { meaningOf, Q850_CAUSES, RELEASE_POINTS, SERVICE_TYPES } from '../../catalogue/causeCodes';
import { platformTimeToIso } from '../../format';
import type { PushItem } from './item';
import { itemJson, text } from './item';

const CDR_TIMES = [
	'callInTime',
	'fwdStartTime',
	'fwdAlertingTime',
	'fwdAnswerTime',
	'callEndTime',
	'failTime',
	'recordStartTime',
	'callOutStartTime',
	'callOutAlertingTime',
	'callOutAnswerTime',
	'dynIVRStartTime',
];

function seconds(from: unknown, to: unknown): number | undefined {
	const start = platformTimeToIso(from);
	const end = platformTimeToIso(to);
	if (!start || !end) return undefined;
	return Math.max(0, (Date.parse(end) - Date.parse(start)) / 1000);
}

/**
 * A CDR with ISO times, ring and talk seconds, whether it connected, code meanings and recording
 * facts. The forwarded leg (fwd*) is the real callee; Voice Call's first leg (callOut*) counts when
 * there is no forwarded one.
 */
export function cdrItem(cdr: IDataObject): PushItem {
	const answerTime = cdr.fwdAnswerTime ?? cdr.callOutAnswerTime;
	const alertingTime = cdr.fwdAlertingTime ?? cdr.callOutAlertingTime;
	const connected = Boolean(platformTimeToIso(answerTime));
	const eventKey = cdr.icid
		? `fee|${text(cdr.icid)}`
		: ['fee', cdr.sessionId, text(cdr.callEndTime), text(cdr.callerNum), text(cdr.calleeNum)].join(
				'|',
			);
	const derived: IDataObject = { eventType: 'fee', eventKey };
	for (const key of CDR_TIMES) {
		const iso = platformTimeToIso(cdr[key]);
		if (iso) derived[`${key}Iso`] = iso;
	}
	const extension = cdr.extendNumber ?? cdr.extendNum;
	Object.assign(derived, {
		connected,
		ringSeconds: seconds(alertingTime, connected ? answerTime : (cdr.failTime ?? cdr.callEndTime)),
		talkSeconds: connected ? seconds(answerTime, cdr.callEndTime) : 0,
		ulFailReasonMeaning: meaningOf(RELEASE_POINTS, cdr.ulFailReason),
		fwdUnaswRsnMeaning: meaningOf(Q850_CAUSES, cdr.fwdUnaswRsn),
		callOutUnaswRsnMeaning: meaningOf(Q850_CAUSES, cdr.callOutUnaswRsn),
		serviceTypeMeaning: meaningOf(SERVICE_TYPES, cdr.serviceType),
		abnormal: Number(cdr.direction) === 2,
		hasRecording:
			Number(cdr.recordFlag) === 1 && Boolean(cdr.recordObjectName || cdr.recordFileDownloadUrl),
		...(extension !== undefined ? { extension } : {}),
	});
	return { event: 'fee', eventKey, dedupe: { kind: 'key' }, json: itemJson(cdr, derived) };
}
