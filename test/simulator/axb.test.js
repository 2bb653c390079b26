const { APPS, startTestSimulator, seedApps, clientFor, adminFor } = require('../helpers/simulator');

const URI = '/rest/caas/relationnumber/partners/v1.0';
const X1 = '+8617010000001';
const A = '+8613800000001';
const B = '+8613900000002';
let sim;
let client;
let admin;
beforeAll(async () => {
	sim = await startTestSimulator();
	admin = adminFor(sim);
});
beforeEach(() => {
	sim.state.reset();
	seedApps(sim);
	client = clientFor(sim, APPS.axb);
});
afterAll(() => sim.close());

const bind = (body) => client.post(URI, { callerNum: A, calleeNum: B, ...body });

test('create with an explicit X returns it and a subscriptionId; query finds it', async () => {
	const res = await bind({
		relationNum: X1,
		duration: 3600,
		maxDuration: 60,
		recordFlag: 'true',
		userData: 'order-1',
	});
	expect(res.status).toBe(200);
	expect(res.data).toMatchObject({
		resultcode: '0',
		resultdesc: 'Success',
		relationNum: X1,
		subscriptionId: expect.any(String),
	});
	const got = await client.get(URI, { subscriptionId: res.data.subscriptionId });
	expect(got.data).toMatchObject({ resultcode: '0', app_key: APPS.axb.appKey, totalCount: 1 });
	expect(got.data.relationNumList[0]).toMatchObject({
		relationNum: X1,
		callerNum: A,
		calleeNum: B,
		callDirection: 0,
		duration: 3600,
		maxDuration: 60,
		recordFlag: 'true',
		userData: 'order-1',
		subscribeTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
	});
});

test('relationNum wins over areaCode; strict area matching fails without a free X there; loose falls back to the province', async () => {
	expect((await bind({ relationNum: X1, areaCode: '010' })).data.relationNum).toBe(X1);
	expect(
		(
			await client.post(URI, {
				callerNum: '+8613800000011',
				calleeNum: '+8613800000012',
				areaCode: '020',
			})
		).data.relationNum,
	).toBe('+8617010000003');
	const strict = await client.post(URI, {
		callerNum: '+8613800000021',
		calleeNum: '+8613800000022',
		areaCode: '0756',
	});
	expect(strict.data.resultcode).toBe('1011002');
	const loose = await client.post(URI, {
		callerNum: '+8613800000021',
		calleeNum: '+8613800000022',
		areaCode: '0756',
		areaMatchMode: '1',
	});
	expect(loose.data.resultcode).toBe('0');
	expect(['+8617010000001', '+8617010000002', '+8617010000003']).toContain(loose.data.relationNum);
});

test('a user number may appear only once per X (AXB + BXC rejected, AXB + CXD allowed)', async () => {
	await bind({ relationNum: X1 });
	expect(
		(await client.post(URI, { relationNum: X1, callerNum: B, calleeNum: '+8613700000003' })).data
			.resultcode,
	).toBe('1012010');
	expect(
		(
			await client.post(URI, {
				relationNum: X1,
				callerNum: '+8613700000003',
				calleeNum: '+8613700000004',
			})
		).data.resultcode,
	).toBe('0');
	const viaArea = await client.post(URI, {
		callerNum: A,
		calleeNum: '+8613700000005',
		areaCode: '0755',
	});
	expect(viaArea.data.relationNum).toBe('+8617010000002');
});

test('5000 pairs per X', async () => {
	const app = sim.state.apps.get(APPS.axb.appKey);
	for (let i = 0; i < 5000; i++)
		sim.state.addBinding(app, 'AXB', {
			relationNum: X1,
			callerNum: `+86150${String(i).padStart(8, '0')}`,
			calleeNum: `+86151${String(i).padStart(8, '0')}`,
		});
	expect((await bind({ relationNum: X1 })).data.resultcode).toBe('1012008');
	expect((await bind({ areaCode: '0755' })).data.relationNum).toBe('+8617010000002');
});

test('number ownership and status', async () => {
	expect((await bind({ relationNum: '+8617020000001' })).data.resultcode).toBe('1012001');
	await admin.numberStatus({ appKey: APPS.axb.appKey, number: X1, status: '11' });
	expect((await bind({ relationNum: X1 })).data.resultcode).toBe('1010029');
	await admin.numberStatus({ appKey: APPS.axb.appKey, number: X1, status: '10', cause: '2' });
	expect((await bind({ relationNum: X1 })).data.resultcode).toBe('1012102');
});

test.each([
	['callerNum missing', { callerNum: undefined }, 'callerNum'],
	['callerNum not global format', { callerNum: '13800000001' }, 'callerNum'],
	['same A and B', { calleeNum: A }, 'calleeNum'],
	['callDirection 3', { callDirection: 3 }, 'callDirection'],
	['duration above 90 days', { duration: 7776001 }, 'duration'],
	['maxDuration above 1440', { maxDuration: 1441 }, 'maxDuration'],
	['recordFlag as a number', { recordFlag: 1 }, 'recordFlag'],
	['privateSms "yes"', { privateSms: 'yes' }, 'privateSms'],
	['braces in userData', { userData: 'a{b}' }, 'userData'],
	['userData too long', { userData: 'x'.repeat(257) }, 'userData'],
	['neither relationNum nor areaCode', { relationNum: undefined }, 'relationNum or areaCode'],
	['areaMatchMode 2', { areaCode: '0755', areaMatchMode: '2' }, 'areaMatchMode'],
])('validation: %s → 1010002 naming the field', async (_name, patch, field) => {
	const res = await client.post(URI, { relationNum: X1, callerNum: A, calleeNum: B, ...patch });
	expect(res.status).toBe(403);
	expect(res.data.resultcode).toBe('1010002');
	expect(res.data.resultdesc).toContain(field);
});

test('JSON booleans for "true"/"false" fields (as Huawei\'s Java, Node and PHP demos send) are accepted and stored as the strings', async () => {
	const { subscriptionId } = (await bind({ relationNum: X1, recordFlag: true, privateSms: false }))
		.data;
	const created = (await client.get(URI, { subscriptionId })).data.relationNumList[0];
	expect(created).toMatchObject({ recordFlag: 'true', privateSms: 'false' });
	expect(
		(await client.put(URI, { subscriptionId, recordFlag: false, privateSms: true })).data
			.resultcode,
	).toBe('0');
	expect((await client.get(URI, { subscriptionId })).data.relationNumList[0]).toMatchObject({
		recordFlag: 'false',
		privateSms: 'true',
	});
});

test('a JSON integer for a String field (areaMatchMode: 1, userData: 7) is read as its digits; a phone number as a JSON number is still refused', async () => {
	const byArea = await bind({ areaCode: '0755', areaMatchMode: 1, userData: 7 });
	expect(byArea.data.resultcode).toBe('0');
	const created = (await client.get(URI, { subscriptionId: byArea.data.subscriptionId })).data
		.relationNumList[0];
	expect(created.userData).toBe('7');
	expect((await bind({ areaCode: '0755', areaMatchMode: 3 })).data.resultdesc).toContain(
		'areaMatchMode',
	);
	const numeric = await client.post(URI, { callerNum: 8613800000001, calleeNum: B });
	expect(numeric.data).toMatchObject({ resultcode: '1010002' });
});

test("preVoice as an object or as the Java demo's array [{callerHintTone}, {calleeHintTone}] (merged); other shapes refused", async () => {
	const tones = [{ callerHintTone: 'caller_wait.wav' }, { calleeHintTone: 'callee_wait.wav' }];
	const { subscriptionId } = (await bind({ relationNum: X1, preVoice: tones })).data;
	expect((await client.get(URI, { subscriptionId })).data.relationNumList[0].preVoice).toEqual({
		callerHintTone: 'caller_wait.wav',
		calleeHintTone: 'callee_wait.wav',
	});
	expect(
		(await client.put(URI, { subscriptionId, preVoice: { callerHintTone: 'other.wav' } })).data
			.resultcode,
	).toBe('0');
	expect((await client.get(URI, { subscriptionId })).data.relationNumList[0].preVoice).toEqual({
		callerHintTone: 'other.wav',
	});
	expect(
		(await client.put(URI, { subscriptionId, preVoice: 'tone.wav' })).data.resultdesc,
	).toContain('preVoice');
	expect(
		(await client.put(URI, { subscriptionId, preVoice: [{ callerHintTone: 'bad name!.wav' }] }))
			.data.resultdesc,
	).toContain('preVoice.callerHintTone');
});

test('modify changes fields, restarts the lifetime, and rejects collisions', async () => {
	const { subscriptionId } = (await bind({ relationNum: X1, duration: 60 })).data;
	await client.post(URI, {
		relationNum: X1,
		callerNum: '+8613700000003',
		calleeNum: '+8613700000004',
	});
	await admin.clock(50);
	expect(
		(await client.put(URI, { subscriptionId, duration: 60, userData: 'changed' })).data.resultcode,
	).toBe('0');
	await admin.clock(50);
	const got = await client.get(URI, { subscriptionId });
	expect(got.data.relationNumList[0]).toMatchObject({ userData: 'changed', duration: 60 });
	expect(
		(await client.put(URI, { subscriptionId, calleeNum: '+8613700000003' })).data.resultcode,
	).toBe('1012010');
	expect((await client.put(URI, { subscriptionId: 'nope' })).data.resultcode).toBe('1012007');
	expect((await client.put(URI, { duration: 5 })).data.resultdesc).toContain('subscriptionId');
});

test('bindings really expire', async () => {
	const { subscriptionId } = (await bind({ relationNum: X1, duration: 30 })).data;
	await admin.clock(29);
	expect((await client.get(URI, { subscriptionId })).data.resultcode).toBe('0');
	await admin.clock(2);
	expect((await client.get(URI, { subscriptionId })).data.resultcode).toBe('1012007');
	expect((await bind({ relationNum: X1 })).data.resultcode).toBe('0');
});

test('query by X pages with pageIndex/pageSize (10-100, else 50); A/B narrow to one binding', async () => {
	for (let i = 0; i < 25; i++) {
		await client.post(URI, {
			relationNum: X1,
			callerNum: `+86150000000${String(i).padStart(2, '0')}`,
			calleeNum: `+86151000000${String(i).padStart(2, '0')}`,
		});
	}
	const page2 = await client.get(URI, { relationNum: X1, pageIndex: 2, pageSize: 10 });
	expect(page2.data).toMatchObject({ totalCount: 25, pageIndex: 2, pageSize: 10 });
	expect(page2.data.relationNumList.map((b) => b.callerNum)[0]).toBe('+8615000000010');
	const outOfRange = await client.get(URI, { relationNum: X1, pageSize: 5 });
	expect(outOfRange.data.pageSize).toBe(50);
	expect(outOfRange.data.relationNumList).toHaveLength(25);
	const one = await client.get(URI, { relationNum: X1, callerNum: '+8615000000007' });
	expect(one.data.relationNumList).toHaveLength(1);
	expect(one.data.relationNumList[0].calleeNum).toBe('+8615100000007');
	const subWins = await client.get(URI, {
		relationNum: '+8617010000002',
		subscriptionId: one.data.relationNumList[0].subscriptionId,
	});
	expect(subWins.data.totalCount).toBe(1);
});

test('delete: subscriptionId wins over relationNum; relationNum alone removes all on X', async () => {
	const first = (await bind({ relationNum: X1 })).data.subscriptionId;
	await client.post(URI, {
		relationNum: X1,
		callerNum: '+8613700000003',
		calleeNum: '+8613700000004',
	});
	expect(
		(await client.delete(URI, { subscriptionId: first, relationNum: '+8617010000002' })).data
			.resultcode,
	).toBe('0');
	expect((await client.get(URI, { relationNum: X1 })).data.totalCount).toBe(1);
	expect((await client.delete(URI, { relationNum: X1 })).data.resultcode).toBe('0');
	expect((await client.get(URI, { relationNum: X1 })).data.resultcode).toBe('1012007');
	expect((await client.delete(URI, { relationNum: X1 })).data.resultcode).toBe('1012007');
	expect((await client.delete(URI, { subscriptionId: first })).data.resultcode).toBe('1012007');
	expect((await client.delete(URI, { relationNum: '+8617020000001' })).data.resultcode).toBe(
		'1012001',
	);
	expect((await client.delete(URI, {})).data.resultcode).toBe('1010002');
});
