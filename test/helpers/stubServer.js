// A programmable local HTTP server for transport tests: each request gets the next scripted answer.
const http = require('node:http');

async function startStubServer(handler) {
	const requests = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			const record = { method: req.method, url: req.url, headers: req.headers, body };
			requests.push(record);
			handler(record, res, requests.length);
		});
	});
	await /** @type {Promise<void>} */ (
		new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
	);
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(resolve);
			}),
	};
}

function json(res, status, body, headers = {}) {
	res.writeHead(status, { 'Content-Type': 'application/json;charset=utf-8', ...headers });
	res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

module.exports = { startStubServer, json };
