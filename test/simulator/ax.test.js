// The simulator's AX APIs against the spec: bindings, temporary callees, queries and limits.
const { APPS, startTestSimulator, seedApps, clientFor } = require('../helpers/simulator');

let sim;
beforeAll(async () => {
	sim = await startTestSimulator();
});
beforeEach(() => {
	sim.state.reset();
	seedApps(sim);
});
afterAll(() => sim.close());

describe('AX', () => {
	const URI = '/rest/provision/caas/privatenumber/v1.0';
	const CALLEE = '/rest/caas/privatenumber/calleenumber/v1.0';
	const A = '+8613800000001';
	let client;
	beforeEach(() => {
		client = clientFor(sim, APPS.ax);
	});
	const bind = (body) => client.post(URI, { origNum: A, ...body });

	test('create returns origNum, privateNum, subscriptionId; privateNum wins over areaCode', async () => {
		const res = await bind({
			privateNum: '+8617020000003',
			areaCode: '010',
			privateNumType: 'mobile-virtual',
			userData: 'u1',
		});
		expect(res.data).toEqual({
			resultcode: '0',
			resultdesc: 'Success',
			origNum: A,
			privateNum: '+8617020000003',
			subscriptionId: expect.any(String),
		});
	});
	test('areaCode needs privateNumType', async () => {
		expect((await bind({ areaCode: '0755' })).data.resultdesc).toContain('privateNumType');
		expect(
			(await bind({ areaCode: '0755', privateNumType: 'mobile-virtual' })).data.resultcode,
		).toBe('0');
	});
	test('one A has at most 5 X (1011003); an X bound to another A is taken (1011005)', async () => {
		for (let i = 0; i < 5; i++)
			expect(
				(await bind({ areaCode: '0755', privateNumType: 'mobile-virtual' })).data.resultcode,
			).toBe('0');
		expect(
			(await bind({ areaCode: '0755', privateNumType: 'mobile-virtual' })).data.resultcode,
		).toBe('1011003');
		expect(
			(await client.post(URI, { origNum: '+8613800000002', privateNum: '+8617020000001' })).data
				.resultcode,
		).toBe('1011005');
	});
	test('query precedence: subscriptionId > origNum > privateNum', async () => {
		const one = (await bind({ privateNum: '+8617020000001' })).data;
		await bind({ privateNum: '+8617020000002' });
		const other = (
			await client.post(URI, { origNum: '+8613800000009', privateNum: '+8617020000003' })
		).data;
		const bySub = await client.get(URI, { subscriptionId: other.subscriptionId, origNum: A });
		expect(bySub.data.privateNumList.map((b) => b.privateNum)).toEqual(['+8617020000003']);
		const byOrig = await client.get(URI, { origNum: A, privateNum: '+8617020000003' });
		expect(byOrig.data.privateNumList.map((b) => b.privateNum)).toEqual([
			'+8617020000001',
			'+8617020000002',
		]);
		const byX = await client.get(URI, { privateNum: '+8617020000001' });
		expect(byX.data.privateNumList[0]).toMatchObject({
			subscriptionId: one.subscriptionId,
			origNum: A,
			recordFlag: 'false',
		});
	});
	test("JSON booleans for recordFlag/privateSms are accepted on create and modify (Huawei's Java AX demo sends them)", async () => {
		const { subscriptionId } = (
			await bind({ privateNum: '+8617020000001', recordFlag: true, privateSms: true })
		).data;
		expect((await client.get(URI, { subscriptionId })).data.privateNumList[0]).toMatchObject({
			recordFlag: 'true',
			privateSms: 'true',
		});
		expect(
			(await client.put(URI, { subscriptionId, privateSms: false, recordFlag: false })).data
				.resultcode,
		).toBe('0');
		expect((await client.get(URI, { subscriptionId })).data.privateNumList[0]).toMatchObject({
			recordFlag: 'false',
			privateSms: 'false',
		});
		expect((await client.put(URI, { subscriptionId, privateSms: 0 })).data.resultdesc).toContain(
			'privateSms',
		);
	});
	test("preVoice as the Java AX demo's array [{callerHintTone}, {calleeHintTone}] is merged into one object", async () => {
		const preVoice = [
			{ callerHintTone: 'callerHintTone.wav' },
			{ calleeHintTone: 'calleeHintTone.wav' },
		];
		const { subscriptionId } = (await bind({ privateNum: '+8617020000001', preVoice })).data;
		expect((await client.get(URI, { subscriptionId })).data.privateNumList[0].preVoice).toEqual({
			callerHintTone: 'callerHintTone.wav',
			calleeHintTone: 'calleeHintTone.wav',
		});
		expect(
			(await bind({ privateNum: '+8617020000002', preVoice: [['x.wav']] })).data.resultdesc,
		).toContain('preVoice');
	});
	test('modify, temporary callee and delete', async () => {
		const { subscriptionId } = (await bind({ privateNum: '+8617020000001' })).data;
		expect(
			(await client.put(URI, { subscriptionId, maxDuration: 30, recordFlag: 'true' })).data
				.resultcode,
		).toBe('0');
		expect((await client.get(URI, { subscriptionId })).data.privateNumList[0]).toMatchObject({
			maxDuration: 30,
			recordFlag: 'true',
		});
		expect(
			(await client.put(CALLEE, { privateNum: '+8617020000001', calleeNum: A })).data.resultdesc,
		).toContain('calleeNum');
		expect(
			(
				await client.put(CALLEE, {
					privateNum: '+8617020000001',
					calleeNum: '+8613900000002',
					duration: 259201,
				})
			).data.resultdesc,
		).toContain('duration');
		expect(
			(await client.put(CALLEE, { subscriptionId, calleeNum: '+8613900000002', duration: 120 }))
				.data.resultcode,
		).toBe('0');
		expect(
			(await client.put(CALLEE, { privateNum: '+8617020000005', calleeNum: '+8613900000002' })).data
				.resultcode,
		).toBe('1012007');
		expect(
			(await client.delete(URI, { origNum: '+8613000000000', privateNum: '+8617020000001' })).data
				.resultcode,
		).toBe('0');
		expect((await client.delete(URI, { subscriptionId })).data.resultcode).toBe('1012007');
		expect((await client.delete(URI, {})).data.resultcode).toBe('1010002');
	});
});
