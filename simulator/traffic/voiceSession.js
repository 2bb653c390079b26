// The event script of a Voice Call session after the API accepted it: click-to-call dials A then
// B, notification and verification code dial one callee; status events go to statusUrl (or the
// app's), then the CDR to feeUrl (or the app's).
const { voiceCdr } = require('./cdr');
const { outcomeNamed, stateDescription } = require('./outcomes');
const { storeRecording } = require('./recordings');

const DEFAULT_RING_SECONDS = 3;
const DIGIT_WAIT_SECONDS = 5;
const MIN_RECORDED_SECONDS = 3;

/**
 * @param {import('./index').Traffic} traffic
 * @param {{ sessionId: string, kind: string, request: Record<string, any>, statusUrl?: string, feeUrl?: string }} session
 */
async function runVoiceSession(traffic, app, session) {
	const { state } = traffic;
	const { kind, request, sessionId } = session;
	const clickToCall = kind === 'click2Call';
	const behaviourOf = (number) => state.calleeBehaviour.get(number) ?? {};
	const calleeBehaviour = behaviourOf(request.calleeNbr);
	const statusUrl = session.statusUrl ?? app.callbacks.status;
	const startedAt = state.now();
	const at = (seconds) => state.timestamp(startedAt + seconds * 1000);
	const userData = request.userData ? { userData: request.userData } : {};
	const event = (eventType, seconds, fields = {}) =>
		traffic.sendEvent(app, statusUrl, eventType, {
			sessionId,
			...userData,
			timestamp: at(seconds),
			...fields,
		});

	const plan = clickToCall
		? [
				{
					caller: request.displayNbr,
					called: request.callerNbr,
					behaviour: behaviourOf(request.callerNbr),
				},
				{ caller: request.displayCalleeNbr, called: request.calleeNbr, behaviour: calleeBehaviour },
			]
		: [{ caller: request.displayNbr, called: request.calleeNbr, behaviour: calleeBehaviour }];
	/** @type {import('./cdr').VoiceLeg[]} */
	const legs = [];
	let clock = 0;
	let failedLeg;
	for (const { caller, called, behaviour } of plan) {
		const outcome = outcomeNamed(behaviour.outcome);
		const leg = { caller, called, start: clock, outcome };
		legs.push(leg);
		await event('callout', clock, { caller, called });
		if (outcome.answered || outcome.rings) {
			leg.alerting = clock + 1;
			await event('alerting', leg.alerting, { caller, called });
		}
		clock += 1 + (behaviour.ringSeconds ?? DEFAULT_RING_SECONDS);
		if (!outcome.answered) {
			failedLeg = leg;
			break;
		}
		leg.answer = clock;
		await event('answer', clock, { caller, called });
	}

	const wantsDigits = kind === 'notify' && request.playInfoList.some((p) => p.collectInd > 0);
	const collected = wantsDigits && !failedLeg ? calleeBehaviour.digits : undefined;
	if (collected !== undefined) {
		clock += DIGIT_WAIT_SECONDS;
		await event('collectInfo', clock, { digitInfo: collected });
	}
	// The API registered the session before starting this script.
	const stored = () => /** @type {Record<string, any>} */ (state.sessions.get(sessionId));
	await traffic.hold(stored(), calleeBehaviour.holdMs);
	const stopped = stored().status === 'stopped';
	if (!failedLeg) clock += calleeBehaviour.talkSeconds ?? (clickToCall ? 30 : 12);
	const missedDigits = wantsDigits && !failedLeg && collected === undefined;
	const stateCode = stopped
		? 8017
		: failedLeg
			? failedLeg.outcome.stateCode
			: missedDigits
				? 8008
				: 0;
	const lastLeg = legs[legs.length - 1];
	await event('disconnect', clock, {
		caller: lastLeg.caller,
		called: lastLeg.called,
		stateCode,
		stateDesc: stateDescription(stateCode),
		...(clickToCall && request.partyTypeRequiredInDisconnect === 'true'
			? { partyType: failedLeg ? '1' : '2' }
			: {}),
	});
	stored().status = 'ended';

	// Without a failed leg every leg was answered.
	const talk = failedLeg ? 0 : clock - /** @type {number} */ (lastLeg.answer);
	const recorded = clickToCall && request.recordFlag === 'true' && talk >= MIN_RECORDED_SECONDS;
	const cdr = voiceCdr(state, app, {
		session,
		legs,
		failedLeg,
		end: clock,
		at,
		collected,
		missedDigits,
		recorded,
	});
	if (recorded) Object.assign(cdr, storeRecording(state, sessionId, at(lastLeg.answer), talk));
	await traffic.pushFees(app, [cdr], session.feeUrl ?? app.callbacks.fee);
	return { stateCode, cdr };
}

module.exports = { runVoiceSession };
