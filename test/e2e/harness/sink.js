// Collects what workflows send it (their HTTP Request "Sink" node), one entry per request, in order.
const http = require('node:http');

async function startSink() {
	const received = [];
	const server = http.createServer((req, res) => {
		let text = '';
		req.on('data', (c) => (text += c));
		req.on('end', () => {
			received.push({ path: req.url, body: JSON.parse(text || '{}') });
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{}');
		});
	});
	await /** @type {Promise<void>} */ (
		new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
	);
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${port}`,
		received,
		close: () =>
			new Promise((r) => {
				server.closeAllConnections();
				server.close(r);
			}),
	};
}

module.exports = { startSink };
