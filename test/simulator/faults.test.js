const { APPS, startTestSimulator, seedApps, clientFor, adminFor } = require('../helpers/simulator');

const URI = '/rest/caas/relationnumber/partners/v1.0';
let sim;
let admin;
let client;
beforeAll(async () => {
	sim = await startTestSimulator();
	seedApps(sim, ['axb']);
	admin = adminFor(sim);
	client = clientFor(sim, APPS.axb);
});
afterEach(() => admin.clearFaults());
afterAll(() => sim.close());

const query = () => client.get(URI, { relationNum: '+8617010000001' });

test('next N requests fail with 5xx, then the platform recovers', async () => {
	await admin.faults({ nextErrors: 2 });
	expect((await query()).status).toBe(500);
	expect((await query()).data.resultcode).toBe('1010001');
	expect((await query()).data.resultcode).toBe('1012007');
});

test('flow control answers 1010010', async () => {
	await admin.faults({ nextFlowControl: 1 });
	expect((await query()).data).toMatchObject({ resultcode: '1010010' });
});

test('connection resets drop the socket without an answer', async () => {
	await admin.faults({ nextResets: 1 });
	await expect(query()).rejects.toMatchObject({
		code: expect.stringMatching(/ECONNRESET|socket hang up/),
	});
	expect((await query()).data.resultcode).toBe('1012007');
});

test('latency delays answers; match limits faults to some paths', async () => {
	await admin.faults({ latencyMs: 150, match: '/partners/' });
	const started = Date.now();
	await query();
	expect(Date.now() - started).toBeGreaterThanOrEqual(140);
	await admin.faults({ nextErrors: 1, match: '/callStop/' });
	expect((await query()).data.resultcode).toBe('1012007');
});

test('a share of requests fails at the configured rate', async () => {
	await admin.faults({ errorRate: 0.5 });
	const statuses = [];
	for (let i = 0; i < 200; i++) statuses.push((await query()).status);
	const failed = statuses.filter((s) => s === 500).length;
	expect(failed).toBeGreaterThan(60);
	expect(failed).toBeLessThan(140);
});

test('faulted requests are visible in the request log', async () => {
	sim.state.requestLog.length = 0;
	await admin.faults({ nextErrors: 1 });
	await query();
	await query();
	const log = await admin.requests();
	expect(log.map((r) => Boolean(r.fault))).toEqual([true, false]);
	expect(log[1]).toMatchObject({
		method: 'GET',
		path: URI,
		appKey: APPS.axb.appKey,
		resultcode: '1012007',
	});
});
