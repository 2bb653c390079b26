// A customer server for pushes: records each one, checks its signature, answers as scripted.
const http = require('node:http');

const { verifySignedHeaders } = require('../../nodes/shared/auth/verify');

async function startPushReceiver({ apps }) {
	const received = [];
	let answer = () => ({ status: 200 });
	const server = http.createServer((req, res) => {
		let text = '';
		req.on('data', (c) => (text += c));
		req.on('end', () => {
			const url = `http://${req.headers.host}${req.url}`;
			const username = /Username="([^"]+)"/.exec(
				req.headers['x-aksk'] ?? req.headers['x-wsse'] ?? '',
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
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${server.address().port}`;
	return {
		base,
		received,
		answerWith: (fn) => {
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
