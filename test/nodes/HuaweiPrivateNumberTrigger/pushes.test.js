const axios = require('axios');
const { execFileSync } = require('node:child_process');

const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { buildAuthHeaders, formatCreated } = require('../../../nodes/shared/auth/signing');
const {
	bindAxb,
	APPS,
	startTestSimulator,
	seedApps,
	clientFor,
	adminFor,
	eventually,
} = require('../../helpers/simulator');
const {
	startTrigger,
	triggerCredentials: credentialsOf,
	ALL_PN_EVENTS: ALL,
} = require('../../helpers/triggerHarness');
const { readSeed } = require('../../helpers/seeds');
const { describeWithVendorFiles } = require('../../helpers/vendorFiles');

let sim;
let admin;
let trigger;

async function setup({
	app = APPS.axb,
	credentials = credentialsOf(app),
	params = {},
	simApps = ['axb', 'x', 'ax', 'axe'],
} = {}) {
	trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
		credentials,
		params: { events: ALL, simple: false, ...params },
	});
	sim.state.reset();
	const callbacks = {
		status: trigger.url,
		fee: trigger.url,
		smsNotify: trigger.url,
		smsBlock: trigger.url,
		numStatus: trigger.url,
	};
	seedApps(sim, simApps, Object.fromEntries(simApps.map((name) => [name, { callbacks }])));
}

beforeAll(async () => {
	sim = await startTestSimulator();
	admin = adminFor(sim);
});
afterEach(async () => {
	await eventually(() => sim.pusher.busy === 0, 10000);
	await trigger?.close();
});
afterAll(() => sim.close());

test('a recorded AXB call: one execution per event, then one CDR item with derived fields', async () => {
	await setup();
	const subscriptionId = await bindAxb(sim, { recordFlag: 'true', userData: 'order-7' });
	const { sessionId } = await admin.call({
		caller: '+8613800000001',
		called: '+8617010000001',
		ringSeconds: 6,
		talkSeconds: 95,
	});
	expect(trigger.executions.map((items) => items.map((i) => i.eventType))).toEqual([
		['callin'],
		['callout'],
		['alerting'],
		['answer'],
		['disconnect'],
		['fee'],
	]);
	const [callin] = trigger.executions[0];
	expect(callin).toMatchObject({
		event: 'Call Arrived at X',
		eventType: 'callin',
		sessionId,
		subscriptionId,
		userData: 'order-7',
		caller: '+8613800000001',
		callerNumber: '+8613800000001',
		called: '+8617010000001',
		calleeNumber: '+8617010000001',
		xNumber: '+8617010000001',
		time: expect.stringMatching(/\+00:00$/),
	});
	expect(trigger.executions[4][0]).toMatchObject({
		stateCode: 0,
		endReason: 'Normal release after the call connected',
	});
	const [cdr] = trigger.executions[5];
	expect(cdr).toMatchObject({
		event: 'Call Record (CDR)',
		eventType: 'fee',
		sessionId,
		xNumber: '+8617010000001',
		connected: true,
		ringSeconds: 6,
		talkSeconds: 95,
		hasRecording: true,
		abnormal: false,
		serviceTypeMeaning: 'AXB or X',
		ulFailReasonMeaning: 'Hung up after the call connected',
		fwdUnaswRsnMeaning: 'Not applicable',
		recordDomain: expect.any(String),
		recordObjectName: expect.stringMatching(/\.wav$/),
	});
	expect(cdr.fwdAnswerTimeIso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
	expect(trigger.answers.every((a) => a.status === 200 && a.body === '')).toBe(true);
});

test('failed calls carry decoded reasons', async () => {
	await setup();
	await bindAxb(sim);
	await admin.call({ caller: '+8613900000002', called: '+8617010000001', outcome: 'busy' });
	await admin.call({ caller: '+8613700000000', called: '+8617010000001' });
	const disconnects = trigger.items().filter((i) => i.eventType === 'disconnect');
	expect(disconnects.map((d) => d.endReason)).toEqual([
		'Callee busy',
		'No binding, bad number format, or bad X-mode Block answer',
	]);
	const cdrs = trigger.items().filter((i) => i.eventType === 'fee');
	expect(cdrs[0]).toMatchObject({
		connected: false,
		talkSeconds: 0,
		fwdUnaswRsnMeaning: 'User busy',
		hasRecording: false,
	});
	expect(cdrs[1]).toMatchObject({ abnormal: true, connected: false });
});

test('a 50-CDR push is 50 items in order in one execution', async () => {
	await setup();
	const client = clientFor(sim, APPS.axb);
	const calls = [];
	for (let i = 0; i < 50; i++) {
		const a = `+861380000${String(i).padStart(4, '0')}`;
		await client.post('/rest/caas/relationnumber/partners/v1.0', {
			areaCode: '0755',
			areaMatchMode: '1',
			callerNum: a,
			calleeNum: `+861390000${String(i).padStart(4, '0')}`,
		});
		calls.push({
			caller: a,
			called: sim.state.liveBindings(sim.state.apps.get(APPS.axb.appKey), 'AXB').at(-1).relationNum,
		});
	}
	trigger.setParams({ events: ['fee'], simple: false });
	const results = await admin.batch({ calls });
	expect(trigger.executions).toHaveLength(1);
	expect(trigger.executions[0].map((cdr) => cdr.sessionId)).toEqual(
		results.map((r) => r.sessionId),
	);
});

test('only the chosen events start the workflow; the others are still answered 200', async () => {
	await setup({ params: { events: ['disconnect'] } });
	await bindAxb(sim);
	await admin.call({ caller: '+8613800000001', called: '+8617010000001' });
	expect(trigger.items().map((i) => i.eventType)).toEqual(['disconnect']);
	expect(sim.state.pushLog.every((p) => p.status === 200)).toBe(true);
	expect(sim.state.pushLog).toHaveLength(6);
});

test('re-pushed events (answer lost) start the workflow once; with de-duplication off, twice', async () => {
	await setup();
	await bindAxb(sim);
	trigger.loseNextResponses(1);
	await admin.call({ caller: '+8613800000001', called: '+8617010000001' });
	await eventually(() => sim.pusher.busy === 0);
	const callinPushes = sim.state.pushLog.filter((p) => p.body.eventType === 'callin');
	expect(callinPushes.map((p) => p.status)).toEqual([0, 200]);
	expect(trigger.items().filter((i) => i.eventType === 'callin')).toHaveLength(1);

	trigger.clear();
	trigger.setParams({ events: ALL, simple: false, options: { deduplicate: false } });
	trigger.loseNextResponses(1);
	await admin.call({ caller: '+8613800000001', called: '+8617010000001' });
	await eventually(() => sim.pusher.busy === 0);
	expect(trigger.items().filter((i) => i.eventType === 'callin')).toHaveLength(2);
});

describe('rejections', () => {
	const post = (headers, body) =>
		axios.post(trigger.url, body, {
			headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers },
			validateStatus: () => true,
			transformRequest: [(d) => (typeof d === 'string' ? d : JSON.stringify(d))],
		});
	const event = {
		eventType: 'callout',
		statusInfo: {
			sessionId: 's1',
			timestamp: '2026-11-22 05:00:00',
			caller: '+8617010000001',
			called: '+8613900000002',
		},
	};
	const signed = (extra = {}) =>
		buildAuthHeaders({ appKey: APPS.axb.appKey, appSecret: APPS.axb.appSecret, ...extra });

	test('pushes signed with another secret get 401 and start nothing', async () => {
		await setup({ credentials: credentialsOf(APPS.axb, { appSecret: 'not-the-platform-secret' }) });
		await bindAxb(sim);
		await admin.call({ caller: '+8613800000001', called: '+8617010000001' });
		expect(trigger.executions).toHaveLength(0);
		expect(sim.state.pushLog.filter((p) => p.attempt === 0).every((p) => p.status === 401)).toBe(
			true,
		);
	});

	test.each([
		['no signature headers', () => ({}), 'missingAuthorization'],
		[
			'another app key',
			() => buildAuthHeaders({ appKey: 'otherApp', appSecret: APPS.axb.appSecret }),
			'unknownUsername',
		],
		[
			'a stale Created',
			() => signed({ created: formatCreated(new Date(Date.now() - 10 * 60_000)) }),
			'staleCreated',
		],
		[
			'a malformed token',
			() => ({ ...signed(), 'X-AKSK': 'UsernameToken garbage' }),
			'missingUsername',
		],
	])('%s → 401 (%s)', async (_name, headers, reason) => {
		await setup();
		const res = await post(headers(), event);
		expect(res.status).toBe(401);
		expect(res.data.reason).toBe(reason);
		expect(trigger.executions).toHaveLength(0);
	});

	test('a replayed nonce is refused', async () => {
		await setup();
		const headers = signed();
		expect((await post(headers, event)).status).toBe(200);
		expect((await post(headers, { ...event, eventType: 'alerting' })).status).toBe(401);
		expect(trigger.executions).toHaveLength(1);
	});

	test('malformed JSON, the wrong shape, and oversized bodies are refused', async () => {
		await setup({ params: { options: { maxBodySizeKb: 2 } } });
		expect((await post(signed(), '{"eventType": "callin", ')).status).toBe(400);
		const wrongShape = await post(signed(), { eventType: 'fee', feeLst: 'nope' });
		expect(wrongShape.status).toBe(400);
		expect(wrongShape.data.reason).toMatch(/feeLst/);
		expect((await post(signed(), { hello: 'world' })).status).toBe(400);
		expect((await post(signed(), { eventType: 'disconnect', statusInfo: {} })).status).toBe(400);
		expect((await post(signed(), { eventType: 'fee', feeLst: [null, 7] })).status).toBe(400);
		const big = { ...event, statusInfo: { ...event.statusInfo, userData: 'x'.repeat(3000) } };
		expect((await post(signed(), big)).status).toBe(413);
		expect(trigger.executions).toHaveLength(0);
	});

	test('with verification off, unsigned pushes are accepted', async () => {
		await setup({ params: { verifySignature: false } });
		expect((await post({}, event)).status).toBe(200);
		expect(trigger.items()).toEqual([
			expect.objectContaining({ eventType: 'callout', sessionId: 's1' }),
		]);
	});
});

test('legacy X-WSSE apps: pushes signed with WSSE are verified', async () => {
	await setup();
	await admin.patchApp({ appKey: APPS.axb.appKey, authScheme: 'wsse' });
	await bindAxb(sim);
	await admin.call({ caller: '+8613800000001', called: '+8617010000001' });
	expect(sim.state.pushLog[0].headers['X-WSSE']).toBeDefined();
	expect(trigger.executions).toHaveLength(6);
});

test('SMS: Notify items, and Block answered with the configured forward decision', async () => {
	await setup({
		app: APPS.ax,
		params: { smsBlockAction: 'forward', smsForwardTo: '139 0000 0008' },
	});
	await clientFor(sim, APPS.ax).post('/rest/provision/caas/privatenumber/v1.0', {
		origNum: '+8613800000001',
		privateNum: '+8617020000001',
	});
	const outcome = await admin.sms({
		from: '+8613800000001',
		to: '+8617020000001',
		content: 'no suffix here',
	});
	expect(outcome).toEqual({ forwarded: true, to: '+8613900000008' });
	const [block, notify] = trigger.items();
	expect(block).toMatchObject({
		eventType: 'smsBlock',
		notificationMode: 'Block',
		calling: '+8613800000001',
		virtualNumber: '+8617020000001',
		smsContent: 'no suffix here',
	});
	expect(notify).toMatchObject({
		eventType: 'smsNotify',
		called: '+8613900000008',
		extParams: { splitNum: '1', direction: '1' },
	});
});

test('X-mode callin answered with the configured connect decision', async () => {
	await setup({
		app: APPS.x,
		params: { callinAction: 'connect', callinConnectTo: '+8613900000007' },
	});
	const result = await admin.call({ caller: '+8613800000001', called: '+8617050000001' });
	expect(result.cdr.fwdDstNum).toBe('+8613900000007');
	expect(trigger.items()[0]).toMatchObject({ eventType: 'callin', notifyMode: 'Block' });
});

test('number status: one item per entry with meanings', async () => {
	await setup();
	await admin.numberStatus({
		appKey: APPS.axb.appKey,
		changes: [
			{ number: '+8617010000001', status: '10', cause: '2' },
			{ number: '+8617010000002', status: '5' },
		],
	});
	const signature = { scheme: 'X-AKSK', createdClock: 'UTC' };
	expect(trigger.items()).toEqual([
		{
			event: 'Number Status Changed',
			eventType: 'numStatus',
			eventKey: 'numStatus|+8617010000001|10|2',
			number: '+8617010000001',
			xNumber: '+8617010000001',
			status: '10',
			cause: '2',
			statusMeaning: 'Unavailable',
			causeMeaning: 'Account in arrears',
			signature,
		},
		{
			event: 'Number Status Changed',
			eventType: 'numStatus',
			eventKey: 'numStatus|+8617010000002|5|',
			number: '+8617010000002',
			xNumber: '+8617010000002',
			status: '5',
			statusMeaning: 'Normal',
			signature,
		},
	]);
});

describeWithVendorFiles(
	"the vendor's sample payloads",
	() =>
		test("the vendor's sample payloads from the seeds, verbatim", async () => {
			await setup();
			const python = readSeed('002_');
			const samples = [
				...python.matchAll(/jsonBody = json\.dumps\((\{[\s\S]*?\})\)\.encode\('ascii'\)/g),
			].map((m) =>
				JSON.parse(
					execFileSync('python3', ['-c', `import json,sys; print(json.dumps(${m[1]}))`], {
						encoding: 'utf8',
					}),
				),
			);
			expect(samples.map((s) => s.eventType)).toEqual(['disconnect', 'fee']);
			for (const sample of samples) {
				const res = await axios.post(trigger.url, sample, {
					headers: buildAuthHeaders({ appKey: APPS.axb.appKey, appSecret: APPS.axb.appSecret }),
				});
				expect(res.status).toBe(200);
			}
			const [disconnect, cdr] = trigger.items();
			expect(disconnect).toMatchObject({
				eventType: 'disconnect',
				sessionId: '1202_1051_4294967295_20190124070250@callenabler246.huaweicaas.com',
				stateCode: 0,
				time: '2019-01-24T07:03:28+00:00',
			});
			expect(cdr).toMatchObject({
				eventType: 'fee',
				serviceTypeMeaning: 'AXE',
				extendNumber: '02',
				connected: true,
				ringSeconds: 9,
				talkSeconds: 29,
				hasRecording: true,
				recordObjectName: '19012403332812039369251.wav',
				recordDomain: 'ostor.huawei.com',
			});
		}),
	['seeds'],
);
