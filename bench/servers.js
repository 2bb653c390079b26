// Child process for the benchmarks: 'simulator' (one app, one binding), 'platform' (one app, no
// bindings) or 'bare' (a plain server answering a JSON body of the same size).
const http = require('node:http');

const [kind, appJson] = process.argv.slice(2);

/** Tells the benchmark that forked this process (with an IPC channel) where it listens. */
function report(/** @type {{ port: number }} */ message) {
	if (!process.send) throw new Error('bench/servers.js runs as a child of a benchmark (fork)');
	process.send(message);
}

async function main() {
	if (kind === 'bare') {
		const body = JSON.stringify({
			resultcode: '0',
			resultdesc: 'Success',
			app_key: 'x',
			totalCount: 1,
			pageIndex: 1,
			pageSize: 50,
			relationNumList: [
				{
					subscriptionId: 'x'.repeat(36),
					relationNum: '+8617010000001',
					callerNum: '+8613800000001',
					calleeNum: '+8613900000002',
				},
			],
		});
		const server = http.createServer((_req, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json;charset=utf-8', Connection: 'close' });
			res.end(body);
		});
		server.listen(0, '127.0.0.1', () =>
			report({ port: /** @type {import('node:net').AddressInfo} */ (server.address()).port }),
		);
		return;
	}
	const { Simulator } = require('../simulator/server');
	const sim = new Simulator({ port: 0 });
	await sim.start();
	// The benchmark passes the app as the second argument for these kinds.
	const app = sim.addApp(JSON.parse(/** @type {string} */ (appJson)));
	if (kind === 'simulator') {
		sim.state.addBinding(app, 'AXB', {
			relationNum: '+8617010000001',
			callerNum: '+8613800000001',
			calleeNum: '+8613900000002',
			subscribeTime: sim.state.timestamp(),
		});
	}
	report({ port: Number(new URL(sim.url).port) });
}

main();
