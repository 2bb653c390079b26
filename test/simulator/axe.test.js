// The simulator's AXE APIs against the spec: extensions, queries (v1.0 and the v2.0 cursor), counts.
const { APPS, startTestSimulator, seedApps, clientFor, adminFor } = require('../helpers/simulator');

let sim;
let admin;
beforeAll(async () => {
	sim = await startTestSimulator();
	admin = adminFor(sim);
});
beforeEach(() => {
	sim.state.reset();
	seedApps(sim);
});
afterAll(() => sim.close());

describe('AXE', () => {
	const URI = '/rest/caas/extendnumber/v1.0';
	const V2 = '/rest/caas/extendnumber/v2.0';
	const COUNT = '/rest/caas/virtualnumber/v1.0';
	const X = '+8617030000001';
	let client;
	beforeEach(() => {
		client = clientFor(sim, APPS.axe);
	});
	const bind = (a, body = {}) => client.post(URI, { bindNum: a, virtualNum: X, ...body });

	test('allocates extensions of the app length until none is idle (1020167), or takes a chosen one', async () => {
		const chosen = await bind('+8613800000100', { extendNum: '7' });
		expect(chosen.data).toMatchObject({
			resultcode: '0',
			virtualNum: X,
			extendNum: '7',
			subscriptionId: expect.any(String),
		});
		expect((await bind('+8613800000101', { extendNum: '7' })).data.resultcode).toBe('1020167');
		expect((await bind('+8613800000101', { extendNum: '12' })).data.resultdesc).toContain(
			'extendNum',
		);
		const allocated = [];
		for (let i = 0; i < 8; i++) allocated.push((await bind(`+86138000002${i}0`)).data.extendNum);
		expect(allocated.sort()).toEqual(['1', '2', '3', '4', '5', '6', '8', '9']);
		expect((await bind('+8613800000999')).data).toMatchObject({
			resultcode: '1020167',
			resultdesc: 'No idle extend Number.',
		});
	});
	test('callbackTone and callbackNum are mutually exclusive; timeUnit and lifetimes are validated', async () => {
		expect(
			(await bind('+8613800000001', { callbackTone: 'a.wav', callbackNum: '+8613800000002' })).data
				.resultdesc,
		).toContain('callbackTone and callbackNum');
		expect((await bind('+8613800000001', { timeUnit: '2' })).data.resultdesc).toContain('timeUnit');
		expect((await bind('+8613800000001', { bindExpiredTime: 43201 })).data.resultdesc).toContain(
			'bindExpiredTime',
		);
	});
	test('binding lifetime in minutes expires; query v1 needs virtualNum+extendNum together', async () => {
		const { subscriptionId, extendNum } = (
			await bind('+8613800000001', { timeUnit: '1', bindExpiredTime: 2, userData: 'x' })
		).data;
		const got = await client.get(URI, { virtualNum: X, extendNum });
		expect(got.data).toMatchObject({
			resultcode: '0',
			subscriptionId,
			bindNum: '+8613800000001',
			timeUnit: '1',
			bindExpiredTime: 2,
			userData: 'x',
		});
		expect((await client.get(URI, { virtualNum: X })).data.resultcode).toBe('1010002');
		await admin.clock(121);
		expect((await client.get(URI, { subscriptionId })).data.resultcode).toBe('1012007');
	});
	test('modify keeps the create-time lifetime in queries, swaps callback settings', async () => {
		const { subscriptionId } = (
			await bind('+8613800000001', { bindExpiredTime: 24, callbackTone: 'cb.wav' })
		).data;
		await client.put(URI, {
			subscriptionId,
			bindExpiredTime: 48,
			callbackNum: '+8613800000002',
			recordFlag: 'true',
		});
		const got = (await client.get(URI, { subscriptionId })).data;
		expect(got).toMatchObject({
			bindExpiredTime: 24,
			callbackNum: '+8613800000002',
			recordFlag: 'true',
		});
		expect(got.callbackTone).toBeUndefined();
	});
	test('a JSON boolean recordFlag is accepted and stored as the string', async () => {
		const { subscriptionId } = (await bind('+8613800000001', { recordFlag: true })).data;
		expect((await client.get(URI, { subscriptionId })).data.recordFlag).toBe('true');
		await client.put(URI, { subscriptionId, recordFlag: false });
		expect((await client.get(URI, { subscriptionId })).data.recordFlag).toBe('false');
	});
	test('query v2 walks one X with a cursor', async () => {
		for (let i = 0; i < 9; i++) await bind(`+86138000003${i}0`);
		const seen = [];
		let cursor = '0000000000000_0';
		for (let page = 0; page < 5 && cursor; page++) {
			const res = await client.get(V2, { virtualNum: X, cursor, limit: 4 });
			expect(res.data.resultcode).toBe('0');
			seen.push(...res.data.bindInfoList.map((b) => b.extendNum));
			cursor = res.data.nextCursor;
			if (cursor) expect(cursor).toMatch(/^\d{13}_\d{1,20}$/);
		}
		expect(seen).toHaveLength(9);
		expect(new Set(seen).size).toBe(9);
		expect((await client.get(V2, { virtualNum: X, cursor: 'bad' })).data.resultdesc).toContain(
			'cursor',
		);
	});
	test('binding count per X and paged over all X', async () => {
		await bind('+8613800000001');
		await bind('+8613800000002');
		expect((await client.get(COUNT, { number: X })).data).toMatchObject({
			number: X,
			bindCount: 2,
			idleCount: 7,
		});
		const all = await client.get(COUNT, { limit: 1 });
		expect(all.data.virtualNumList).toHaveLength(1);
		expect(all.data.nextCursor).toBe('1');
		expect((await client.get(COUNT, { cursor: '1', limit: 1 })).data.virtualNumList[0].number).toBe(
			'+8617030000002',
		);
	});
	test('delete by virtualNum+extendNum, or subscriptionId', async () => {
		const { subscriptionId, extendNum } = (await bind('+8613800000001')).data;
		expect((await client.delete(URI, { virtualNum: X })).data.resultcode).toBe('1010002');
		expect((await client.delete(URI, { virtualNum: X, extendNum })).data.resultcode).toBe('0');
		expect((await client.delete(URI, { subscriptionId })).data.resultcode).toBe('1012007');
	});
});
