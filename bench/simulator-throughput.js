// How many signed API requests per second the simulator serves on one core, beside a bare Node
// HTTP server answering the same JSON on the same machine in the same run (ratio, not a gate).
// Usage: node bench/simulator-throughput.js [seconds=3] [concurrency=32]
const { fork } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');

const { signedHeaders: buildAuthHeaders } = require('../simulator/auth/signer');

const seconds = Number(process.argv[2] ?? 3);
const concurrency = Number(process.argv[3] ?? 32);
const APP = {
	appKey: 'benchKey000000001',
	appSecret: 'benchSecret-0123456789abcdef',
	mode: 'AXB',
	numbers: [{ number: '+8617010000001' }],
};

function startServer(kind) {
	return new Promise((resolve, reject) => {
		const child = fork(path.join(__dirname, 'servers.js'), [kind, JSON.stringify(APP)], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		child.once('message', (message) =>
			resolve({ child, port: /** @type {{ port: number }} */ (message).port }),
		);
		child.once('error', reject);
	});
}

async function load(port, signed) {
	const agent = new http.Agent({ keepAlive: false, maxSockets: concurrency });
	const until = Date.now() + seconds * 1000;
	let done = 0;
	let failed = 0;
	/** @type {() => Promise<void>} */
	const one = () =>
		new Promise((resolve) => {
			const headers = {
				'Content-Type': 'application/json;charset=UTF-8',
				...(signed ? buildAuthHeaders({ appKey: APP.appKey, appSecret: APP.appSecret }) : {}),
			};
			const req = http.request(
				{
					host: '127.0.0.1',
					port,
					agent,
					method: 'GET',
					path: '/rest/caas/relationnumber/partners/v1.0?relationNum=%2B8617010000001',
					headers,
				},
				(res) => {
					res.resume();
					res.on('end', () => {
						if (res.statusCode === 200) done++;
						else failed++;
						resolve();
					});
				},
			);
			req.on('error', () => {
				failed++;
				resolve();
			});
			req.end();
		});
	const worker = async () => {
		while (Date.now() < until) await one();
	};
	const started = Date.now();
	await Promise.all(Array.from({ length: concurrency }, worker));
	return { perSecond: done / ((Date.now() - started) / 1000), failed };
}

async function main() {
	const results = {};
	for (const kind of ['bare', 'simulator']) {
		const { child, port } = await startServer(kind);
		await load(port, kind === 'simulator'); // warm-up
		results[kind] = await load(port, kind === 'simulator');
		child.kill();
	}
	const lines = [
		`simulator: ${results.simulator.perSecond.toFixed(0)} signed requests/s on one core (verify X-AKSK, look up the app, query bindings, JSON answer; ${results.simulator.failed} failed)`,
		`bare node http server, same JSON: ${results.bare.perSecond.toFixed(0)} requests/s`,
		`ratio simulator/bare: ${(results.simulator.perSecond / results.bare.perSecond).toFixed(2)}; target >= 2000 req/s: ${results.simulator.perSecond >= 2000 ? 'met' : 'NOT met'}`,
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
	process.stderr.write(`${error.stack}\n`);
	process.exit(1);
});
