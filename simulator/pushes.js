// Delivers signed pushes to customer URLs and re-pushes failed ones on the documented schedule.
const http = require('node:http');
const https = require('node:https');

const { signedHeaders, voicePushHeaders } = require('./auth/signer');

/** Minutes after which a failed push is sent again (spec §6.1 and voicecall §4.1). */
const RETRY_MINUTES = {
	call: [1, 4, 9, 106, 203, 300],
	fee: [1, 4, 9, 106, 203, 300],
	sms: [1, 1, 1, 1, 1, 1],
	voiceFee: [60, 60, 60, 60, 60, 60],
	voiceStatus: [],
	numStatus: [],
	block: [],
};

/** Private Number pushes are signed like requests (§2.3); Voice Call pushes over their URL (§4.2). */
function signHeaders(app, url) {
	const { appKey, appSecret } = app;
	return app.mode === 'VOICE'
		? voicePushHeaders({ appKey, appSecret, url })
		: signedHeaders({ appKey, appSecret, scheme: app.authScheme });
}

function post(url, headers, text, timeoutMs) {
	return new Promise((resolve) => {
		const target = new URL(url);
		const client = target.protocol === 'https:' ? https : http;
		const req = client.request(
			target,
			{
				method: 'POST',
				agent: false,
				headers: {
					...headers,
					'Content-Type': 'application/json;charset=UTF-8',
					'Content-Length': Buffer.byteLength(text),
				},
				rejectUnauthorized: false,
				timeout: timeoutMs,
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }),
				);
			},
		);
		req.on('timeout', () => req.destroy(new Error('timeout')));
		req.on('error', (error) => resolve({ status: 0, error: error.message }));
		req.end(text);
	});
}

class Pusher {
	constructor(state, { timeScale = 1, timeoutMs = 10_000 } = {}) {
		this.state = state;
		this.timeScale = timeScale;
		this.timeoutMs = timeoutMs;
		this.timers = new Set();
		this.pending = new Set();
	}

	/**
	 * Sends `body` to `url` signed for `app`; kind picks the retry schedule. Resolves with the first
	 * attempt's outcome (Block pushes need the customer's JSON answer); retries go on in the background.
	 */
	push(app, url, kind, body) {
		const id = this.state.nextId();
		return this.attempt(app, url, kind, JSON.stringify(body), id, 0);
	}

	async attempt(app, url, kind, text, id, attemptNo) {
		const headers = signHeaders(app, url);
		const task = post(url, headers, text, this.timeoutMs);
		this.pending.add(task);
		const outcome = await task;
		this.pending.delete(task);
		const delivered = outcome.status === 200;
		this.state.record(this.state.pushLog, {
			id,
			kind,
			url,
			attempt: attemptNo,
			status: outcome.status,
			body: JSON.parse(text),
			headers,
			at: Date.now(),
		});
		const schedule = RETRY_MINUTES[kind] ?? [];
		if (!delivered && attemptNo < schedule.length && !this.closed) {
			const delay = schedule[attemptNo] * 60_000 * this.timeScale;
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				this.attempt(app, url, kind, text, id, attemptNo + 1);
			}, delay);
			this.timers.add(timer);
		}
		return { delivered, ...outcome };
	}

	/** Pushes still waiting for a retry or an answer. */
	get busy() {
		return this.timers.size + this.pending.size;
	}

	close() {
		this.closed = true;
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
	}
}

module.exports = { Pusher };
