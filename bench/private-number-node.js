// 1,000 AXB Create + 1,000 Delete items through the Huawei Private Number node, beside the same
// calls made by a bare axios loop at the same concurrency, against the simulator in one run.
// Usage: node bench/private-number-node.js [items=1000] [concurrency=5]
const { fork } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');

const axios = require('axios');

require('./typescript');
const { buildAuthHeaders } = require('../nodes/shared/auth/signing.ts');
const { HuaweiPrivateNumber } = require('../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node.ts');
const { runNode } = require('../test/helpers/nodeHarness');

const count = Number(process.argv[2] ?? 1000);
const concurrency = Number(process.argv[3] ?? 5);
const APP = {
	appKey: 'benchKey000000001',
	appSecret: 'benchSecret-0123456789abcdef',
	mode: 'AXB',
	numbers: [{ number: '+8617010000001' }, { number: '+8617010000002' }],
};
const URI = '/rest/caas/relationnumber/partners/v1.0';
const a = (i) => `+86138${String(i).padStart(8, '0')}`;
const b = (i) => `+86139${String(i).padStart(8, '0')}`;

function startPlatform() {
	return new Promise((resolve) => {
		const child = fork(path.join(__dirname, 'servers.js'), ['platform', JSON.stringify(APP)], {
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		child.once('message', (message) => {
			const { port } = /** @type {{ port: number }} */ (message);
			resolve({ child, url: `http://127.0.0.1:${port}` });
		});
	});
}

async function viaNode(url, relationNum) {
	const credentials = {
		appKey: APP.appKey,
		appSecret: APP.appSecret,
		accessAddress: url,
		authScheme: 'aksk',
		allowUnauthorizedCerts: false,
	};
	const items = Array.from({ length: count }, () => ({ json: {} }));
	const options = { concurrency };
	const started = process.hrtime.bigint();
	const created = await runNode(HuaweiPrivateNumber, {
		credentials,
		items,
		params: (i) => ({
			resource: 'axbBinding',
			operation: 'create',
			callerNum: a(i),
			calleeNum: b(i),
			numberSource: 'number',
			relationNum,
			options,
		}),
	});
	const ids = created.output[0].map((item) => item.json.subscriptionId);
	await runNode(HuaweiPrivateNumber, {
		credentials,
		items,
		params: (i) => ({
			resource: 'axbBinding',
			operation: 'delete',
			lookupBy: 'subscriptionId',
			subscriptionId: ids[i],
			options,
		}),
	});
	return Number(process.hrtime.bigint() - started) / 1e6;
}

async function viaAxios(url, relationNum) {
	const client = axios.create({ baseURL: url, httpAgent: new http.Agent({ keepAlive: false }) });
	const headers = () => ({
		'Content-Type': 'application/json;charset=UTF-8',
		...buildAuthHeaders({ appKey: APP.appKey, appSecret: APP.appSecret }),
	});
	const pool = async (task) => {
		let next = 0;
		const out = new Array(count);
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (next < count) {
					const i = next++;
					out[i] = await task(i);
				}
			}),
		);
		return out;
	};
	const started = process.hrtime.bigint();
	const ids = await pool(
		async (i) =>
			(
				await client.post(
					URI,
					{ relationNum, callerNum: a(i), calleeNum: b(i) },
					{ headers: headers() },
				)
			).data.subscriptionId,
	);
	await pool((i) => client.delete(URI, { params: { subscriptionId: ids[i] }, headers: headers() }));
	return Number(process.hrtime.bigint() - started) / 1e6;
}

async function main() {
	const { child, url } = await startPlatform();
	await viaAxios(url, '+8617010000002'); // warm-up both paths
	await viaNode(url, '+8617010000002');
	const axiosMs = await viaAxios(url, '+8617010000001');
	const nodeMs = await viaNode(url, '+8617010000001');
	child.kill();
	process.stdout.write(
		[
			`${count} AXB Create + ${count} Delete at concurrency ${concurrency}, against the simulator:`,
			`  Huawei Private Number node: ${nodeMs.toFixed(0)} ms (${((2 * count) / (nodeMs / 1000)).toFixed(0)} requests/s)`,
			`  bare axios loop:            ${axiosMs.toFixed(0)} ms (${((2 * count) / (axiosMs / 1000)).toFixed(0)} requests/s)`,
			`  ratio node/axios: ${(nodeMs / axiosMs).toFixed(2)}`,
		].join('\n') + '\n',
	);
}

main().catch((error) => {
	process.stderr.write(`${error.stack}\n`);
	process.exit(1);
});
