#!/usr/bin/env node
// `npm run bench:queue [-- --pushes 400 --workers 1 --race 50]`: the Private Number trigger in n8n's
// queue mode (PostgreSQL, Redis, main, worker(s), two webhook processes), in one run:
//   1. pushes per second through one webhook process, then through both behind a round-robin
//      balancer (answered/s and completed/s, every execution checked), and the ratio;
//   2. the residual race of the de-duplication: the same push delivered to both webhook processes at
//      the same moment, `race` times, and how many reached the workflow twice.
require('./typescript');
const http = require('node:http');

const { signedHeaders } = require('../simulator/auth/signer');
const { startBalancer } = require('../scripts/runtime/balancer');
const { Cleanup } = require('../scripts/runtime/cleanup');
const runtimeLib = require('../scripts/runtime/n8n');
const { ensureRuntime } = require('../scripts/runtime/provision');
const { startQueueStack } = require('../scripts/runtime/queueStack');
const { startSink } = require('../test/e2e/harness/sink');
const { chain, trigger, sink: sinkNode } = require('../test/e2e/harness/workflows');

const flag = (name, fallback) => {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const PUSHES = flag('pushes', 400);
const CONCURRENCY = flag('concurrency', 16);
const WORKERS = flag('workers', 1);
const RACE = flag('race', 50);
const APP = { appKey: 'benchAppKey000001', appSecret: 'benchAppSecret-0123456789abcdef' };
const CREDENTIAL = { huaweiPrivateNumberApi: { id: 'benchPnCred00001', name: 'bench PN' } };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let sequence = 0;
const event = (sessionId = `qb-${(sequence += 1)}`) => ({
	eventType: 'answer',
	statusInfo: {
		sessionId,
		timestamp: '2026-11-25 10:00:00',
		caller: '+8617010000001',
		called: '+8613900000002',
	},
});
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });
function post(url, body) {
	const text = JSON.stringify(body);
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				agent,
				headers: {
					...signedHeaders(APP),
					'Content-Type': 'application/json;charset=UTF-8',
					'Content-Length': Buffer.byteLength(text),
				},
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode));
			},
		);
		req.on('error', reject);
		req.end(text);
	});
}

async function successCount(session, workflowId) {
	const res = await session.call(
		'GET',
		`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId, status: ['success'] }))}&limit=1`,
	);
	return res.data.data.count ?? 0;
}

async function round(url, session, workflowId) {
	const before = await successCount(session, workflowId);
	const started = Date.now();
	let next = 0;
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < PUSHES) {
				next += 1;
				if ((await post(url, event())) !== 200) throw new Error('a push was refused');
			}
		}),
	);
	const answeredMs = Date.now() - started;
	while ((await successCount(session, workflowId)) - before < PUSHES) {
		if (Date.now() - started > 600_000) throw new Error('executions did not complete');
		await sleep(100);
	}
	return {
		answeredPerS: (PUSHES / answeredMs) * 1000,
		completedPerS: (PUSHES / (Date.now() - started)) * 1000,
	};
}

async function main() {
	runtimeLib.packageTarballs();
	const cleanup = new Cleanup();
	try {
		const sink = cleanup.add(await startSink(), () => sink.close());
		const options = { persistentDedupe: true };
		const workflows = [
			chain('benchQueueNoOp01', 'bench queue: trigger → NoOp', [
				trigger('PrivateNumber', CREDENTIAL, 201, { options }),
				{ name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} },
			]),
			chain('benchQueueSink01', 'bench queue: trigger → sink', [
				trigger('PrivateNumber', CREDENTIAL, 202, { options }),
				sinkNode(`${sink.url}/race`),
			]),
		];
		// The pushes need no answer from Huawei: the access address is a closed port.
		const credential = runtimeLib.simulatorCredential(
			'http://127.0.0.1:9',
			{ id: 'benchPnCred00001', name: 'bench PN', type: 'huaweiPrivateNumberApi' },
			APP,
		);
		const stack = cleanup.add(
			await startQueueStack({
				runtime: ensureRuntime(),
				credentials: [credential],
				workflows,
				env: { N8N_LOG_LEVEL: 'error' },
				workers: WORKERS,
			}),
			() => stack.stop(),
		);
		const balancer = cleanup.add(await startBalancer(stack.webhooks.map((w) => w.url)), () =>
			balancer.stop(),
		);
		const { session } = stack;
		const url = (base, workflow) => runtimeLib.webhookUrl(base, workflow, 'Trigger');

		await round(url(stack.webhooks[0].url, workflows[0]), session, workflows[0].id); // warm-up
		const one = await round(url(stack.webhooks[0].url, workflows[0]), session, workflows[0].id);
		const two = await round(url(balancer.url, workflows[0]), session, workflows[0].id);

		const ids = Array.from({ length: RACE }, (_, i) => `race-${i}`);
		for (const id of ids)
			await Promise.all(stack.webhooks.map((w) => post(url(w.url, workflows[1]), event(id))));
		const deadline = Date.now() + 120_000;
		const runs = (id) => sink.received.filter((r) => r.body.sessionId === id).length;
		while (ids.some((id) => runs(id) === 0) && Date.now() < deadline) await sleep(200);
		await sleep(3000);
		const duplicated = ids.filter((id) => runs(id) > 1).length;
		const lost = ids.filter((id) => runs(id) === 0).length;

		const f = (v) => v.toFixed(1).padStart(7);
		process.stdout.write(
			`\nqueue mode: main + ${WORKERS} worker(s) + 2 webhook processes, PostgreSQL, Redis; ${PUSHES} pushes per round at concurrency ${CONCURRENCY}; "Remember Events Across Restarts" on\n`,
		);
		process.stdout.write(
			`one webhook process:           answered/s ${f(one.answeredPerS)}   completed/s ${f(one.completedPerS)}\n`,
		);
		process.stdout.write(
			`two behind a balancer:         answered/s ${f(two.answeredPerS)}   completed/s ${f(two.completedPerS)}\n`,
		);
		process.stdout.write(
			`ratio two ÷ one:               answered/s ${f(two.answeredPerS / one.answeredPerS)}   completed/s ${f(two.completedPerS / one.completedPerS)}\n`,
		);
		process.stdout.write(
			`same push to both processes at once, ${RACE} times: ${duplicated} ran twice, ${lost} lost\n`,
		);
	} finally {
		agent.destroy();
		await cleanup.stopAll();
	}
}

main().catch((error) => {
	process.stderr.write(`${error.stack ?? error}\n`);
	process.exit(1);
});
