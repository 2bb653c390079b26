// The simulator's AXYB APIs against the spec: the AX step, YB steps, Y relations and removals.
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
