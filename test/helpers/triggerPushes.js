// What trigger tests send: signed pushes posted over real HTTP, and call events to post.
const axios = require('axios');

const { buildAuthHeaders } = require('../../nodes/shared/auth/signing');
const { APPS } = require('./simulator');

/** POSTs `body` as the platform does (JSON, its content type), whatever the status. */
const post = (url, body, headers) =>
	axios.post(url, body, {
		headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers },
		validateStatus: () => true,
		transformRequest: [(d) => (typeof d === 'string' ? d : JSON.stringify(d))],
	});

/**
 * Fresh X-AKSK headers of the AXB demo app (or `app`); `extra` fixes nonce, created …
 * @param {Record<string, unknown>} [extra]
 * @param {{ appKey: string, appSecret: string }} [app]
 */
const signed = (extra = {}, app = APPS.axb) =>
	buildAuthHeaders({ appKey: app.appKey, appSecret: app.appSecret, ...extra });

/** A call event push of session s-1, with `statusInfo` fields on top. */
const callEvent = (eventType, statusInfo) => ({
	eventType,
	statusInfo: {
		sessionId: 's-1',
		timestamp: '2026-11-25 10:00:00',
		caller: '+8613800000001',
		called: '+8617010000001',
		...statusInfo,
	},
});

module.exports = { callEvent, post, signed };
