// A customer server for pushes: records each one, checks its signature, answers as scripted.
const http = require('node:http');

const { verifySignedHeaders } = require('../../nodes/shared/auth/verify');

/**
 * @typedef {object} ReceivedPush
 * @property {string | undefined} path
 * @property {any} body
 * @property {boolean} verified
 * @property {import('node:http').IncomingHttpHeaders} headers
 */

/**
 * How the receiver answers the nth push (1-based): status (default 200) and a JSON body (default none).
 * @typedef {(push: ReceivedPush, n: number) => { status?: number, body?: unknown } | undefined} Answer
 */

/** @param {{ apps: Array<{ appKey: string, appSecret: string, mode: string }> }} options */
async function startPushReceiver({ apps }) {
	/** @type {ReceivedPush[]} */
	const received = [];
	/** @type {Answer} */
	let answer = () => ({ status: 200 });
	const server = http.createServer((req, res) => {
		let text = '';
		req.on('data', (c) => (text += c));
		req.on('end', () => {
			const url = `http://${req.headers.host}${req.url}`;
			const username = /Username="([^"]+)"/.exec(
				String(req.headers['x-aksk'] ?? req.headers['x-wsse'] ?? ''),
			)?.[1];
			const app = apps.find((a) => a.appKey === username);
			const verdict = verifySignedHeaders(req.headers, {
				secretFor: (u) => apps.find((a) => a.appKey === u)?.appSecret,
				kind: app?.mode === 'VOICE' ? 'voiceCallPush' : 'request',
				pushUrls: [url],
			});
			const push = {
				path: req.url,
				body: JSON.parse(text),
				verified: verdict.ok,
				headers: req.headers,
			};
			received.push(push);
			const { status = 200, body } = answer(push, received.length) ?? {};
			res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8' });
			res.end(body === undefined ? '' : JSON.stringify(body));
		});
	});
	await /** @type {Promise<void>} */ (
		new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
	);
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	const base = `http://127.0.0.1:${port}`;
	return {
		base,
		received,
		answerWith: (/** @type {Answer} */ fn) => {
			answer = fn;
		},
		clear: () => {
			received.length = 0;
			answer = () => ({ status: 200 });
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(resolve);
			}),
	};
}

module.exports = { startPushReceiver };
