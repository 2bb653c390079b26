// The package in n8n's queue mode: PostgreSQL, Redis, a main process, one worker and two webhook
// processes. Re-pushes reach the workflow once whichever process takes them and across a restart,
// 50-CDR pushes become 50 items, and workflow-decided Block answers work through either process.
const { Simulator } = require('../../simulator/server');
const { signedHeaders } = require('../../simulator/auth/signer');
const { sampleApps } = require('../../simulator/sampleApps');
const { Cleanup } = require('../../scripts/runtime/cleanup');
const { request } = require('../../scripts/runtime/http');
const runtimeLib = require('../../scripts/runtime/n8n');
const { ensureRuntime } = require('../../scripts/runtime/provision');
const { startQueueStack } = require('../../scripts/runtime/queueStack');
const { eventually } = require('../helpers/simulator');
const { startSink } = require('./harness/sink');
const { CREDENTIALS, chain, trigger, sink: sinkNode } = require('./harness/workflows');

const TRIALS = 30;
let stack;
let sink;
let sim;
let cleanup;
let apps;
const workflows = [];

beforeAll(async () => {
	runtimeLib.packageTarballs();
	cleanup = new Cleanup();
	sink = cleanup.add(await startSink(), () => sink.close());
	sim = cleanup.add(
		await new Simulator({ port: 0, timeScale: 0.0001, eventGapMs: 0 }).start(),
		() => sim.close(),
	);
	apps = sampleApps();
	const app = (mode) => apps.find((a) => a.mode === mode);
	for (const spec of apps) sim.addApp(spec);
	workflows.push(
		chain('hpnQueuePnSink01', 'queue: private number pushes to sink', [
			trigger('PrivateNumber', CREDENTIALS.axb, 101, {
				simple: false,
				options: { persistentDedupe: true },
			}),
			sinkNode(`${sink.url}/pn`),
		]),
	);
	const xRoute = runtimeLib
		.exampleWorkflows()
		.find(({ file }) => file === 'x-mode-route-to-courier.json');
	const credential = (id, name, app) =>
		runtimeLib.simulatorCredential(sim.url, { id, name, type: 'huaweiPrivateNumberApi' }, app);
	stack = cleanup.add(
		await startQueueStack({
			runtime: ensureRuntime(),
			webhookProcesses: 2,
			credentials: [
				credential('hpnDemoAxbCred01', 'Huawei Private Number (demo AXB app)', app('AXB')),
				credential('hpnDemoXCred00001', 'Huawei Private Number (demo X app)', app('X')),
			],
			workflows,
			examples: [xRoute?.workflow],
		}),
		() => stack.stop(),
	);
}, 600_000);

afterAll(async () => {
	await cleanup?.stopAll();
}, 120_000);

const pnUrl = (i) => runtimeLib.webhookUrl(stack.webhooks[i].url, workflows[0], 'Trigger');
const axb = () => apps.find((a) => a.mode === 'AXB');
/** A push as the platform signs it (a fresh signature each time, like a re-push). */
const push = (i, body) =>
	request('POST', pnUrl(i), {
		body,
		headers: { 'Content-Type': 'application/json;charset=UTF-8', ...signedHeaders(axb()) },
	});
const event = (sessionId) => ({
	eventType: 'answer',
	statusInfo: {
		sessionId,
		timestamp: '2026-11-25 10:00:00',
		caller: '+8617010000001',
		called: '+8613900000002',
	},
});
const sinkItems = (sessionId) => sink.received.filter((r) => r.body.sessionId === sessionId);
const settle = () => new Promise((resolve) => setTimeout(resolve, 3000));

test('a push to webhook process 1 and its re-push to process 2 start the workflow once', async () => {
	expect((await push(0, event('q-1'))).status).toBe(200);
	await eventually(() => sinkItems('q-1').length === 1, 20_000);
	expect((await push(1, event('q-1'))).status).toBe(200);
	await settle();
	expect(sinkItems('q-1')).toHaveLength(1);
}, 60_000);

test('a re-push after the webhook process restarted starts nothing', async () => {
	expect((await push(0, event('q-2'))).status).toBe(200);
	await eventually(() => sinkItems('q-2').length === 1, 20_000);
	await stack.restartWebhook(0);
	expect((await push(0, event('q-2'))).status).toBe(200);
	await settle();
	expect(sinkItems('q-2')).toHaveLength(1);
}, 240_000);

test('a 50-CDR push gives 50 items', async () => {
	const feeLst = Array.from({ length: 50 }, (_, i) => ({
		sessionId: `q-cdr-${i}`,
		icid: `q-icid-${i}`,
		callEndTime: '2026-11-25 10:00:00',
	}));
	expect((await push(1, { eventType: 'fee', feeLst })).status).toBe(200);
	await eventually(() => feeLst.every((cdr) => sinkItems(cdr.sessionId).length === 1), 30_000);
}, 60_000);

test(`the same push delivered to both webhook processes at once, ${TRIALS} times: one run each`, async () => {
	const ids = Array.from({ length: TRIALS }, (_, i) => `q-race-${i}`);
	for (const id of ids) await Promise.all([push(0, event(id)), push(1, event(id))]);
	await eventually(() => ids.every((id) => sinkItems(id).length >= 1), 60_000);
	await settle();
	const duplicates = ids.filter((id) => sinkItems(id).length > 1).length;
	process.stdout.write(
		`queue mode: ${TRIALS} simultaneous double deliveries, ${duplicates} duplicated runs\n`,
	);
	expect(duplicates).toBe(0);
}, 180_000);

test('a workflow-decided X-mode answer works through either webhook process', async () => {
	const x = sim.state.apps.get(apps.find((a) => a.mode === 'X').appKey);
	for (const i of [0, 1]) {
		const url = runtimeLib.webhookUrl(
			stack.webhooks[i].url,
			stack.examples[0],
			'On Call or SMS to X',
		);
		x.callbacks.status = url;
		const { cdr } = await sim.traffic.placePrivateCall(x, {
			caller: '+8613800000001',
			called: '+8617050000001',
			talkSeconds: 5,
		}).done;
		expect(cdr.fwdDstNum).toBe('+8613900000002');
	}
}, 60_000);

test('every process is a separate n8n: two webhook processes, one worker, a main without production webhooks', async () => {
	const mainWebhook = await request(
		'POST',
		runtimeLib.webhookUrl(stack.main.url, workflows[0], 'Trigger'),
		{ body: event('q-main') },
	);
	expect(mainWebhook.status).toBe(404);
	expect(new Set(stack.webhooks.map((w) => w.pid)).size).toBe(2);
});
