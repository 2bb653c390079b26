// What trigger tests send: signed pushes posted over real HTTP, and call events to post; and the
// item n8n's Webhook node puts out for a push (what Push → Verify and Parse reads).
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

/** Headers as n8n's Webhook node puts them out: names in lower case. */
const lowerCased = (headers) =>
	Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** The Webhook node's item for a push. */
const webhookItem = (body, headers = {}, webhookUrl = 'https://n8n.example/webhook/huawei') => ({
	json: { headers: lowerCased(headers), params: {}, query: {}, body, webhookUrl },
});

module.exports = { callEvent, lowerCased, post, signed, webhookItem };
