import type { IDataObject } from 'n8n-workflow';

import type { PushEvent } from './pushes/item';

const pick = (json: IDataObject, keys: string[]): IDataObject =>
	Object.fromEntries(keys.filter((key) => json[key] !== undefined).map((key) => [key, json[key]]));

/** Why a CDR's call ended, in words: the forwarded leg's Q.850 cause, else the release point. */
function endReason(json: IDataObject): IDataObject[string] {
	if (json.connected === true) return json.ulFailReasonMeaning;
	const cause = Number(json.fwdUnaswRsn)
		? json.fwdUnaswRsnMeaning
		: Number(json.callOutUnaswRsn)
			? json.callOutUnaswRsnMeaning
			: undefined;
	return cause ?? json.ulFailReasonMeaning;
}

function simpleCdr(json: IDataObject): IDataObject {
	return {
		eventType: 'fee',
		sessionId: json.sessionId,
		callerNumber: json.callerNum,
		calleeNumber: json.fwdDstNum ?? json.calleeNum,
		privateNumber: json.bindNum,
		connected: json.connected,
		talkSeconds: json.talkSeconds,
		ringSeconds: json.ringSeconds,
		endedAt: json.callEndTimeIso,
		endReason: endReason(json),
		...pick(json, ['subscriptionId', 'userData', 'extension']),
		hasRecording: json.hasRecording,
		...(json.hasRecording
			? pick(json, ['recordDomain', 'recordObjectName', 'recordFileDownloadUrl'])
			: {}),
		eventKey: json.eventKey,
	};
}

const CALL_FIELDS = [
	'eventType',
	'notifyMode',
	'sessionId',
	'timestampIso',
	'callerNumber',
	'called',
	'subscriptionId',
	'userData',
	'stateCode',
	'stateCodeMeaning',
	'digitInfo',
	'partyType',
	'eventKey',
];
const SMS_FIELDS = [
	'eventType',
	'smsIdentifier',
	'calling',
	'called',
	'virtualNumber',
	'smsContent',
	'sendResult',
	'timeStamp',
	'subscriptionId',
	'userData',
	'eventKey',
];
const NUMBER_STATUS_FIELDS = [
	'eventType',
	'number',
	'status',
	'statusMeaning',
	'cause',
	'causeMeaning',
	'eventKey',
];

/** The fields people act on first, for the "Simplify" output (and AI tools): at most about a dozen. */
export function simplify(event: PushEvent, json: IDataObject): IDataObject {
	if (event === 'fee') return simpleCdr(json);
	if (event === 'smsNotify' || event === 'smsBlock') return pick(json, SMS_FIELDS);
	if (event === 'numStatus') return pick(json, NUMBER_STATUS_FIELDS);
	return pick(json, CALL_FIELDS);
}
