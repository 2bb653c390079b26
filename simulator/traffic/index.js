// Simulated traffic: calls, Voice Call sessions, SMS and number-status changes, each driving the
// documented sequence of signed pushes. This facade is what the server, the admin API and tests use.
const { pushFees } = require('./cdr');
const { changeNumberStatus } = require('./numberStatus');
const { newSessionId, runPrivateCall } = require('./privateCall');
const { sendSms } = require('./sms');
const { runVoiceSession } = require('./voiceSession');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Traffic {
	/**
	 * @param {import('../state').PlatformState} state
	 * @param {import('../pushes').Pusher} pusher
	 * @param {{ eventGapMs?: number }} [options] eventGapMs: pause after each call event (may be changed later)
	 */
	constructor(state, pusher, { eventGapMs = 5 } = {}) {
		this.state = state;
		this.pusher = pusher;
		this.eventGapMs = eventGapMs;
	}

	/** Places a call (see runPrivateCall for the options); `done` settles when its CDR is out. */
	placePrivateCall(app, options) {
		const sessionId = newSessionId(this.state);
		this.state.sessions.set(sessionId, { sessionId, appKey: app.appKey, status: 'active' });
		return { sessionId, done: runPrivateCall(this, app, options, sessionId) };
	}

	runVoiceSession(app, session) {
		return runVoiceSession(this, app, session);
	}

	sendSms(app, sms) {
		return sendSms(this, app, sms);
	}

	changeNumberStatus(app, changes) {
		return changeNumberStatus(this, app, changes);
	}

	/** Fee pushes of `cdrs` (merged, at most 50 each) to `url`, by default the app's CDR URL. */
	pushFees(app, cdrs, url = app.callbacks.fee) {
		return pushFees(this.pusher, app, cdrs, url);
	}

	/** StopCall: whether a running session was stopped. */
	stop(sessionId) {
		const session = this.state.sessions.get(sessionId);
		if (!session || session.status !== 'active') return false;
		session.status = 'stopped';
		return true;
	}

	/** One call event to `url` (none when no URL is configured), then the configured pause. */
	async sendEvent(app, url, eventType, statusInfo) {
		if (!url) return;
		await this.pusher.push(app, url, app.mode === 'VOICE' ? 'voiceStatus' : 'call', {
			eventType,
			statusInfo,
		});
		if (this.eventGapMs) await sleep(this.eventGapMs);
	}

	/** Keeps an answered call up for `ms` (or until it is stopped), so StopCall can reach it. */
	async hold(session, ms = 0) {
		const until = Date.now() + ms;
		while (session.status === 'active' && Date.now() < until) await sleep(10);
	}
}

module.exports = { Traffic };
