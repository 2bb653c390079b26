import { createHash } from 'node:crypto';

import type { IDataObject } from 'n8n-workflow';

import { meaningOf, Q850_CAUSES, RELEASE_POINTS, SERVICE_TYPES } from '../../catalogue/causeCodes';
import { platformTimeToIso, withIsoTimes } from '../../format';
import { isObject } from '../../guards';
import { pick } from '../../parameters/simplify';
import type { PushItem } from './item';
import { definedOnly, itemJson, text } from './item';
import type { PushKind } from './parse';
import { entries } from './parse';

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

function seconds(from: string | undefined, to: string | undefined): number | undefined {
	if (!from || !to) return undefined;
	return Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);
}

/**
 * What a CDR says about the call: whether it connected, ring and talk seconds, and recording facts.
 * The forwarded leg (fwd*) is the real callee; Voice Call's first leg (callOut*) counts when there
 * is no forwarded one.
 */
function summary(cdr: IDataObject): IDataObject {
	const answered = platformTimeToIso(cdr.fwdAnswerTime ?? cdr.callOutAnswerTime);
	const alerting = platformTimeToIso(cdr.fwdAlertingTime ?? cdr.callOutAlertingTime);
	const ended = platformTimeToIso(cdr.callEndTime);
	const extension = cdr.extendNumber ?? cdr.extendNum;
	return {
		connected: answered !== undefined,
		ringSeconds: seconds(alerting, answered ?? platformTimeToIso(cdr.failTime) ?? ended),
		talkSeconds: answered ? seconds(answered, ended) : 0,
		hasRecording:
			Number(cdr.recordFlag) === 1 && Boolean(cdr.recordObjectName || cdr.recordFileDownloadUrl),
		abnormal: Number(cdr.direction) === 2,
		...(extension !== undefined ? { extension } : {}),
	};
}

/** Why the call ended, in words: a failed leg's Q.850 cause, else the release point. */
function endReason(cdr: IDataObject, connected: boolean): string | undefined {
	if (!connected && Number(cdr.fwdUnaswRsn)) return meaningOf(Q850_CAUSES, cdr.fwdUnaswRsn);
	if (!connected && Number(cdr.callOutUnaswRsn)) return meaningOf(Q850_CAUSES, cdr.callOutUnaswRsn);
	return meaningOf(RELEASE_POINTS, cdr.ulFailReason);
}

/**
 * One CDR. `numberName` names the number of the service that carried the call (bindNum): the
 * private number X of Private Number, the display number of Voice Call.
 */
function cdrItem(cdr: IDataObject, numberName: CdrNumber): PushItem {
	const eventKey = text(cdr.icid)
		? `fee|${text(cdr.icid)}`
		: text(cdr.sessionId)
			? ['fee', cdr.sessionId, cdr.callEndTime, cdr.callerNum, cdr.calleeNum].map(text).join('|')
			: // Nothing identifies the call: the CDR's whole content does (a re-push repeats it exactly).
				`fee|content|${createHash('sha256').update(JSON.stringify(cdr)).digest('base64url')}`;
	/** The fields every item of the triggers names alike (README: "Output fields"). */
	const common = (): IDataObject => {
		const facts = summary(cdr);
		return {
			eventType: 'fee',
			sessionId: cdr.sessionId,
			callerNumber: cdr.callerNum,
			calleeNumber: cdr.fwdDstNum ?? cdr.calleeNum,
			[numberName]: cdr.bindNum,
			connected: facts.connected,
			talkSeconds: facts.talkSeconds,
			ringSeconds: facts.ringSeconds,
			endedAt: platformTimeToIso(cdr.callEndTime),
			endReason: endReason(cdr, facts.connected === true),
			...pick(cdr, ['subscriptionId', 'userData']),
			...pick(facts, ['extension']),
			hasRecording: facts.hasRecording,
			...(facts.hasRecording
				? pick(cdr, ['recordDomain', 'recordObjectName', 'recordFileDownloadUrl'])
				: {}),
			eventKey,
		};
	};
	return {
		event: 'fee',
		eventKey,
		dedupe: { kind: 'key' },
		json: () =>
			itemJson(withIsoTimes(cdr, CDR_TIMES), {
				...definedOnly(common()),
				...summary(cdr),
				ulFailReasonMeaning: meaningOf(RELEASE_POINTS, cdr.ulFailReason),
				fwdUnaswRsnMeaning: meaningOf(Q850_CAUSES, cdr.fwdUnaswRsn),
				callOutUnaswRsnMeaning: meaningOf(Q850_CAUSES, cdr.callOutUnaswRsn),
				serviceTypeMeaning: meaningOf(SERVICE_TYPES, cdr.serviceType),
			}),
		simple: () => definedOnly(common()),
	};
}

/** The name of the number a CDR's bindNum is: X (Private Number) or the display number (Voice Call). */
export type CdrNumber = 'xNumber' | 'displayNumber';

/** CDR pushes ({eventType: "fee", feeLst: [1-50 CDRs]}): one item per CDR. */
export function cdrs(numberName: CdrNumber): PushKind {
	return {
		matches: (body) => body.eventType === 'fee',
		parse(body) {
			// An entry without a sessionId (Voice Call: no session could be created) still has a CDR
			// to report; only entries that are not objects carry nothing and are left out.
			const list = entries(body.feeLst, isObject);
			if (list.length === 0) return { ok: false, reason: 'feeLst must hold at least one CDR' };
			return {
				ok: true,
				kind: 'fee',
				block: false,
				items: list.map((cdr) => cdrItem(cdr, numberName)),
			};
		},
	};
}
