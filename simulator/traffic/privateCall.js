// The event script of a Private Number call: callin (and AXE collectInfo), then callout,
// alerting and answer of the forwarded leg, disconnect, and finally the CDR.
const { HOST, privateCdr } = require('./cdr');
const { outcomeNamed, stateDescription } = require('./outcomes');
const { storeRecording } = require('./recordings');
const { routeCall } = require('./routing');

/** Seconds after the call reached X at which the forwarded leg is dialled and rings. */
const FORWARD_AT = 3;
const ALERTING_AT = 4;
/** Calls shorter than this leave no recording. */
const MIN_RECORDED_SECONDS = 3;

/** A session ID in the platform's shape, unique per call. */
function newSessionId(state) {
	const stamp = new Date(state.now()).toISOString().replace(/\D/g, '').slice(0, 14);
	return `1202_${1000 + state.nextId()}_4294967295_${stamp}@${HOST}`;
}

/**
 * Runs one call from `options.caller` to private number `options.called` under session `sessionId`.
 * Options: outcome (answer, busy, noAnswer, notExist, callerHangsUp), ringSeconds, talkSeconds,
 * holdMs, extension (AXE digits), deferFee (return the CDR instead of pushing it).
 * @param {import('./index').Traffic} traffic
 */
async function runPrivateCall(traffic, app, options, sessionId) {
	const { state } = traffic;
	const startedAt = state.now();
	const at = (seconds) => state.timestamp(startedAt + seconds * 1000);
	const call = { ...options, sessionId };
	// Traffic registered the session before running the call.
	const session = /** @type {Record<string, any>} */ (state.sessions.get(sessionId));
	const route = await routeCall(traffic, app, call);
	const binding = route.binding ?? {};
	const userData = route.userData ?? binding.userData;
	const event = (eventType, seconds, fields) =>
		traffic.sendEvent(app, app.callbacks.status, eventType, {
			sessionId,
			subscriptionId: binding.subscriptionId,
			timestamp: at(seconds),
			...fields,
		});
	const dialled = { caller: call.caller, called: call.called };
	const withUserData = userData ? { userData } : {};
	// callin echoes the binding's userData; in X mode the answer's comes back in the later events (§6.3).
	const later = app.mode === 'X' ? withUserData : {};
	// AXE callin carries no subscriptionId, per Huawei's Java and Python demos;
	// a field set to undefined is left out of the push.
	const callinOverrides = app.mode === 'AXE' ? { subscriptionId: undefined } : {};

	if (!call.callinSent)
		await event('callin', 0, { ...dialled, ...withUserData, ...callinOverrides });
	if (app.mode === 'AXE' && route.collected !== undefined)
		await event('collectInfo', 2, { ...dialled, digitInfo: route.collected });

	const requested = outcomeNamed(options.outcome);
	const outcome = route.failCode === undefined ? requested : undefined;
	const ring = options.ringSeconds ?? 4;
	const maxTalk = binding.maxDuration ? binding.maxDuration * 60 : Infinity;
	const talk = outcome?.answered ? Math.min(options.talkSeconds ?? 30, maxTalk) : 0;
	const display = route.display ?? call.called;
	const end = ALERTING_AT + ring + talk;
	let stateCode = route.failCode ?? requested.stateCode;
	if (outcome) {
		const leg = { caller: display, called: route.callee, ...later };
		await event('callout', FORWARD_AT, leg);
		if (outcome.answered || outcome.rings) await event('alerting', ALERTING_AT, leg);
		if (outcome.answered) {
			await event('answer', ALERTING_AT + ring, leg);
			await traffic.hold(session, options.holdMs);
		}
		if (session.status === 'stopped') stateCode = 0;
		else if (options.talkSeconds > maxTalk) stateCode = 8010;
	}
	if (!route.closedByCustomer) {
		await event('disconnect', end, {
			...dialled,
			stateCode,
			stateDesc: stateDescription(stateCode),
			...later,
		});
	}
	session.status = 'ended';

	const recorded = Boolean(
		outcome?.answered && binding.recordFlag === 'true' && talk >= MIN_RECORDED_SECONDS,
	);
	const times = {
		callIn: at(0),
		fwdStart: outcome && at(FORWARD_AT),
		fwdAlerting: outcome && (outcome.answered || outcome.rings) ? at(ALERTING_AT) : undefined,
		fwdAnswer: outcome?.answered ? at(ALERTING_AT + ring) : undefined,
		end: at(end),
	};
	const cdr = privateCdr(state, app, {
		call,
		route,
		binding,
		outcome,
		display,
		userData,
		recorded,
		times,
	});
	// Only an answered call is recorded, so fwdAnswer is set.
	if (recorded)
		Object.assign(
			cdr,
			storeRecording(state, sessionId, /** @type {string} */ (times.fwdAnswer), talk),
		);
	if (!options.deferFee) await traffic.pushFees(app, [cdr]);
	return {
		sessionId,
		stateCode,
		cdr,
		...(route.closeHintTone ? { closeHintTone: route.closeHintTone } : {}),
	};
}

module.exports = { newSessionId, runPrivateCall };
