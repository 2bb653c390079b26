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

describe('AXYB', () => {
	const URI = '/rest/omp/xyrelationnumber/v1.0';
	const A = '+8618600005678';
	const B = '+8618600005679';
	let client;
	let qs;
	beforeEach(() => {
		client = clientFor(sim, APPS.axyb);
		qs = { app_key: APPS.axyb.appKey };
	});

	test('AX step then YB step under one subscriptionId; query lists A, X, Y, B', async () => {
		const ax = await client.post(
			URI,
			{ origNum: A, areaCode: '0755', duration: 7200, ybDuration: 3600 },
			qs,
		);
		expect(ax.data).toMatchObject({
			resultcode: '0',
			subscriptionId: expect.any(String),
			relationNumber: '+8617040000001',
		});
		const yb = await client.post(URI, { origNum: B, subscriptionId: ax.data.subscriptionId }, qs);
		expect(yb.data).toMatchObject({
			resultcode: '0',
			subscriptionId: ax.data.subscriptionId,
			relationNumber: '+8617040000002',
		});
		const got = await client.get(URI, { ...qs, relationNum: '+8617040000001' });
		expect(got.data.xyRelationNumList).toEqual([
			expect.objectContaining({
				bindId: ax.data.subscriptionId,
				numA: A,
				numX: '+8617040000001',
				numY: '+8617040000002',
				numB: B,
				duration: '7200',
				ybDuration: '3600',
			}),
		]);
	});
	test("a JSON boolean recordFlag (as Huawei's Node and PHP AXYB demos send) is accepted and stored as the string", async () => {
		const { subscriptionId } = (
			await client.post(URI, { origNum: A, areaCode: '0755', recordFlag: true }, qs)
		).data;
		expect(
			(await client.get(URI, { ...qs, subscriptionId })).data.xyRelationNumList[0].recordFlag,
		).toBe('true');
	});
	test('one Y serves several AX bindings (A1X1&Y1B1 with A2X2&Y1B2), but never one AX binding twice', async () => {
		const ax1 = (await client.post(URI, { origNum: A, areaCode: '0755' }, qs)).data;
		expect(
			(await client.post(URI, { origNum: B, subscriptionId: ax1.subscriptionId }, qs)).data
				.relationNumber,
		).toBe('+8617040000002');
		const ax2 = (await client.post(URI, { origNum: '+8618600001111', areaCode: '0755' }, qs)).data;
		expect(ax2.relationNumber).toBe('+8617040000003');
		expect(
			(
				await client.post(
					URI,
					{ origNum: '+8618600002222', subscriptionId: ax2.subscriptionId },
					qs,
				)
			).data.relationNumber,
		).toBe('+8617040000002');
		expect(
			(
				await client.post(
					URI,
					{ origNum: '+8618600003333', subscriptionId: ax1.subscriptionId },
					qs,
				)
			).data.resultcode,
		).toBe('1011002');
	});
	test('one Y carries at most 1000 relations', async () => {
		const app = sim.state.apps.get(APPS.axyb.appKey);
		const Y = '+8617040000002';
		const ax1 = (await client.post(URI, { origNum: A, areaCode: '0755' }, qs)).data;
		expect(
			(await client.post(URI, { origNum: B, subscriptionId: ax1.subscriptionId }, qs)).data
				.relationNumber,
		).toBe(Y);
		const others = Array.from({ length: 999 }, (_, i) =>
			sim.state.addBinding(app, 'AXYB', {
				numA: `+86150${String(i).padStart(8, '0')}`,
				numX: `+86199${String(i).padStart(8, '0')}`,
				callDirection: 0,
				duration: 0,
				ybDuration: 0,
				yb: [{ numB: `+86151${String(i).padStart(8, '0')}`, numY: Y, ybDuration: 0 }],
			}),
		);
		const ax2 = (await client.post(URI, { origNum: '+8618600001111', areaCode: '0755' }, qs)).data;
		expect(
			(
				await client.post(
					URI,
					{ origNum: '+8618600002222', subscriptionId: ax2.subscriptionId },
					qs,
				)
			).data.resultcode,
		).toBe('1011002');
		sim.state.removeBinding(others[0]);
		expect(
			(
				await client.post(
					URI,
					{ origNum: '+8618600002222', subscriptionId: ax2.subscriptionId },
					qs,
				)
			).data.relationNumber,
		).toBe(Y);
	});
	test('app_key query parameter is required and must match', async () => {
		expect((await client.post(URI, { origNum: A, areaCode: '0755' })).data.resultdesc).toContain(
			'app_key',
		);
		expect(
			(await client.post(URI, { origNum: A, areaCode: '0755' }, { app_key: 'other' })).data
				.resultdesc,
		).toContain('app_key');
	});
	test('a bind without areaCode names areaCode (AXYB has no number field to offer instead)', async () => {
		expect((await client.post(URI, { origNum: A }, qs)).data).toEqual({
			resultcode: '1010002',
			resultdesc: 'Invalid request. areaCode is missing.',
		});
	});
	test('duration must be 0 or 60-7776000', async () => {
		expect(
			(await client.post(URI, { origNum: A, areaCode: '0755', duration: 59 }, qs)).data.resultdesc,
		).toContain('duration');
	});
	test('delete one YB by yNum or bNum, or everything', async () => {
		const { subscriptionId } = (await client.post(URI, { origNum: A, areaCode: '0755' }, qs)).data;
		await client.post(URI, { origNum: B, subscriptionId }, qs);
		const y2 = (await client.post(URI, { origNum: '+8618600005680', subscriptionId }, qs)).data
			.relationNumber;
		expect(
			(await client.delete(URI, { ...qs, subscriptionId, yNum: y2, bNum: B })).data.resultcode,
		).toBe('0');
		let list = (await client.get(URI, { ...qs, subscriptionId })).data.xyRelationNumList;
		expect(list.map((e) => e.numB)).toEqual([B]);
		expect((await client.delete(URI, { ...qs, subscriptionId, bNum: B })).data.resultcode).toBe(
			'0',
		);
		list = (await client.get(URI, { ...qs, subscriptionId })).data.xyRelationNumList;
		expect(list[0].numB).toBeUndefined();
		expect((await client.delete(URI, { ...qs, subscriptionId })).data.resultcode).toBe('0');
		expect((await client.get(URI, { ...qs, subscriptionId })).data.resultcode).toBe('1012007');
	});
});
