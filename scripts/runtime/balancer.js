// A small round-robin HTTP load balancer in front of n8n's webhook processes (for `npm start --
// --queue` and the queue benchmark), as a production deployment puts nginx or a cloud balancer.
const http = require('node:http');

/**
 * Listens on `port` (0: any) and forwards each request to the next of `targets` (base URLs).
 * @param {string[]} targets
 * @param {number} [port]
 * @returns {Promise<{ url: string, stop: () => Promise<unknown> }>}
 */
async function startBalancer(targets, port = 0) {
	let next = 0;
	const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
	const server = http.createServer((req, res) => {
		// A server's request and a client's response always have these.
		const target = new URL(/** @type {string} */ (req.url), targets[next++ % targets.length]);
		const upstream = http.request(
			target,
			{ method: req.method, headers: req.headers, agent },
			(answer) => {
				res.writeHead(/** @type {number} */ (answer.statusCode), answer.headers);
				answer.pipe(res);
			},
		);
		upstream.on('error', () => {
			if (!res.headersSent) res.writeHead(502);
			res.end();
		});
		req.pipe(upstream);
	});
	await /** @type {Promise<void>} */ (
		new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
	);
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		url: `http://127.0.0.1:${address.port}`,
		stop: () =>
			new Promise((resolve) => {
				agent.destroy();
				server.closeAllConnections();
				server.close(resolve);
			}),
	};
}

module.exports = { startBalancer };
