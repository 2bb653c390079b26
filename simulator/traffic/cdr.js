// Call detail records (fee pushes): one builder for Private Number calls, one for Voice Call
// sessions, and the push that carries them (at most 50 per push).
const crypto = require('node:crypto');

const HOST = 'callenabler246.huaweicaas.com';
const SERVICE_TYPE = { AX: '003', AXB: '004', X: '004', AXE: '005', AXYB: '007' };
const MAX_CDRS_PER_PUSH = 50;

/**
 * @typedef {object} PrivateCallRecord
 * @property {import('./routing').PrivateCall} call
 * @property {import('./routing').Route} route
 * @property {Record<string, any>} binding
 * @property {import('./outcomes').Outcome} [outcome] absent when the call was not forwarded
 * @property {string} display the private number the callee saw
 * @property {string} [userData]
 * @property {boolean} recorded
 * @property {{ callIn: string, fwdStart?: string, fwdAlerting?: string, fwdAnswer?: string, end: string }} times
 */

/** The CDR of a Private Number call. */
function privateCdr(
	state,
	app,
	/** @type {PrivateCallRecord} */ {
		call,
		route,
		binding,
		outcome,
		display,
		userData,
		recorded,
		times,
	},
) {
	return {
		direction: route.failCode !== undefined ? 2 : route.direction,
		spId: app.spId,
		appKey: app.appKey,
		icid: `${crypto.randomBytes(16).toString('hex')}.${state.nextId()}`,
		bindNum: display,
		sessionId: call.sessionId,
		...(binding.subscriptionId
			? { subscriptionId: binding.subscriptionId, mptyId: binding.subscriptionId }
			: {}),
		callerNum: call.caller,
		calleeNum: call.called,
		...(route.callee ? { fwdDisplayNum: display, fwdDstNum: route.callee } : {}),
		callInTime: times.callIn,
		...(times.fwdStart ? { fwdStartTime: times.fwdStart } : {}),
		...(times.fwdAlerting ? { fwdAlertingTime: times.fwdAlerting } : {}),
		...(times.fwdAnswer ? { fwdAnswerTime: times.fwdAnswer } : {}),
		callEndTime: times.end,
		fwdUnaswRsn: outcome ? outcome.q850 : 0,
		...(outcome?.answered ? {} : { failTime: times.end }),
		ulFailReason: outcome ? outcome.ulFailReason : route.failCode,
		sipStatusCode: outcome ? outcome.sip : 0,
		callOutUnaswRsn: 0,
		recordFlag: recorded ? 1 : 0,
		ttsPlayTimes: 0,
		ttsTransDuration: 0,
		serviceType: SERVICE_TYPE[app.mode],
		hostName: HOST,
		...(userData ? { userData } : {}),
		...(app.mode === 'AXE' && binding.extendNum ? { extendNumber: binding.extendNum } : {}),
	};
}

/**
 * @typedef {object} VoiceLeg
 * @property {string} caller
 * @property {string} called
 * @property {number} start seconds after the session started
 * @property {number} [alerting]
 * @property {number} [answer]
 * @property {import('./outcomes').Outcome} outcome
 */

/**
 * @typedef {object} VoiceSessionRecord
 * @property {{ sessionId: string, kind: string, request: Record<string, any> }} session
 * @property {VoiceLeg[]} legs the legs dialled, in order (click-to-call: A then B)
 * @property {VoiceLeg} [failedLeg]
 * @property {number} end seconds after the start
 * @property {(seconds: number) => string} at
 * @property {string} [collected] digits collected by a notification
 * @property {boolean} missedDigits a notification wanted digits and got none
 * @property {boolean} recorded
 */

/**
 * `<prefix>StartTime`, `<prefix>AlertingTime` and `<prefix>AnswerTime` of a leg, as far as it got:
 * callOut* is the first leg (A in click-to-call), fwd* the forwarded one (B), as in Huawei's sample CDR.
 */
function legTimes(prefix, /** @type {VoiceLeg} */ leg, at) {
	return {
		[`${prefix}StartTime`]: at(leg.start),
		...(leg.alerting !== undefined ? { [`${prefix}AlertingTime`]: at(leg.alerting) } : {}),
		...(leg.answer !== undefined ? { [`${prefix}AnswerTime`]: at(leg.answer) } : {}),
	};
}

/** The CDR of a Voice Call session (click-to-call, notification or verification code). */
function voiceCdr(
	state,
	app,
	/** @type {VoiceSessionRecord} */ {
		session,
		legs,
		failedLeg,
		end,
		at,
		collected,
		missedDigits,
		recorded,
	},
) {
	const { request } = session;
	const clickToCall = session.kind === 'click2Call';
	const [first, second] = legs;
	return {
		direction: 0,
		spId: app.spId,
		appKey: app.appKey,
		icid: `CAE-${at(0).replace(/\D/g, '')}-${state.nextId()}`,
		bindNum: request.displayNbr,
		sessionId: session.sessionId,
		callerNum: request.displayNbr,
		calleeNum: clickToCall ? request.callerNbr : request.calleeNbr,
		...(clickToCall
			? { fwdDisplayNum: request.displayCalleeNbr, fwdDstNum: request.calleeNbr }
			: {}),
		...legTimes('callOut', first, at),
		...(second ? legTimes('fwd', second, at) : {}),
		callEndTime: at(end),
		...(failedLeg ? { failTime: at(end) } : {}),
		fwdUnaswRsn: failedLeg && failedLeg === second ? failedLeg.outcome.q850 : 0,
		callOutUnaswRsn: failedLeg && failedLeg === first ? failedLeg.outcome.q850 : 0,
		ulFailReason: failedLeg ? failedLeg.outcome.ulFailReason : missedDigits ? 100 : 0,
		sipStatusCode: failedLeg ? failedLeg.outcome.sip : 0,
		...(collected !== undefined
			? { dynIVRStartTime: at(end - 5), dynIVRPath: collected.split('').join('-') }
			: {}),
		recordFlag: recorded ? 1 : 0,
		ttsPlayTimes: clickToCall ? 0 : (request.playInfoList?.filter((p) => p.templateId).length ?? 0),
		ttsTransDuration: 0,
		serviceType: clickToCall ? '002' : '001',
		hostName: HOST,
		...(request.userData ? { userData: request.userData } : {}),
	};
}

/** Pushes `cdrs` to `url`, at most 50 per push. */
async function pushFees(pusher, app, cdrs, url) {
	if (!url) return;
	const kind = app.mode === 'VOICE' ? 'voiceFee' : 'fee';
	for (let i = 0; i < cdrs.length; i += MAX_CDRS_PER_PUSH) {
		await pusher.push(app, url, kind, {
			eventType: 'fee',
			feeLst: cdrs.slice(i, i + MAX_CDRS_PER_PUSH),
		});
	}
}

module.exports = { HOST, privateCdr, voiceCdr, pushFees };
