// AXB bindings against the simulator: create (numbers as people type them, by X or by area code),
// update, get, get many across pages, delete; errors, retries, concurrency and Simplify.
const { APPS, liveBindings, privateNumber, useSimulator } = require('../../helpers/actionNodes');
const { seedApps } = require('../../helpers/simulator');

const env = useSimulator(['axb']);
const axb = (operation, params, extra) =>
	privateNumber(env)('axbBinding', operation, params, extra);
const bindings = () => liveBindings(env);

test('Create normalises numbers as people type them and sends the additional fields the API wants', async () => {
	const { output } = await axb('create', {
		callerNum: '138 0000 0001',
		calleeNum: '+86-139-0000-0002',
		numberSource: 'number',
		relationNum: '8617010000001',
		additionalFields: {
			callDirection: 1,
			duration: 3600,
			maxDuration: 30,
			recordFlag: true,
			privateSms: false,
			callerHintTone: 'wait_a.wav',
			userData: 'order-1',
		},
	});
	expect(output[0]).toHaveLength(1);
	expect(output[0][0].json).toMatchObject({
		mode: 'AXB',
		xNumber: '+8617010000001',
		subscriptionId: expect.any(String),
		aNumber: '+8613800000001',
		bNumber: '+8613900000002',
		recordCalls: true,
		userData: 'order-1',
	});
	expect(output[0][0].json).not.toHaveProperty('relationNum');
	expect(output[0][0].pairedItem).toEqual({ item: 0 });
	expect(bindings()[0]).toMatchObject({
		callerNum: '+8613800000001',
		calleeNum: '+8613900000002',
		callDirection: 1,
		duration: 3600,
		maxDuration: 30,
		recordFlag: 'true',
		privateSms: 'false',
		preVoice: { callerHintTone: 'wait_a.wav' },
		userData: 'order-1',
	});
});

test('Create by area code with loose matching', async () => {
	const { output } = await axb('create', {
		callerNum: '13800000001',
		calleeNum: '13900000002',
		numberSource: 'areaCode',
		areaCode: '0756',
		areaMatchMode: '1',
	});
	expect(output[0][0].json.xNumber).toMatch(/^\+86170100000/);
});

test.each([
	[
		'a bad A number',
		{ callerNum: '12345' },
		/"A Number" is not a valid mainland China number.*\[item 0\]/,
	],
	[
		'braces in User Data',
		{ additionalFields: { userData: 'x{y}' } },
		/"User Data" must not contain \{ or \}/,
	],
	[
		'a lifetime above 90 days',
		{ additionalFields: { duration: 7776001 } },
		/"Binding Lifetime \(Seconds\)" must be between 0 and 7776000/,
	],
	['the same A and B', { calleeNum: '13800000001' }, /"B Number" must differ from "A Number"/],
	['a masked number', { calleeNum: '+86139****0002' }, /"B Number" may only contain digits/],
	[
		'an area code that is not digits',
		{ numberSource: 'areaCode', areaCode: 'Shenzhen' },
		/"Area Code" must be 3 to 4 digits/,
	],
])('rejects %s before any request', async (_name, patch, message) => {
	const { sent } = await axb('create', {
		callerNum: '13800000001',
		calleeNum: '13900000002',
		numberSource: 'number',
		relationNum: '+8617010000001',
		...patch,
	}).catch((error) => {
		expect(error.message).toMatch(message);
		expect(error.context.itemIndex).toBe(0);
		return { sent: [] };
	});
	expect(sent).toHaveLength(0);
	expect(env.sim.state.requestLog).toHaveLength(0);
});

test('Huawei errors carry code, text and hint; continueOnFail keeps the other items', async () => {
	const params = (i) => ({
		callerNum: ['13800000001', '13800000001', '13800000003'][i],
		calleeNum: ['13900000002', '13900000009', 'bad'][i],
		numberSource: 'number',
		relationNum: '+8617010000001',
	});
	const { output } = await axb('create', params, {
		items: [{ json: {} }, { json: {} }, { json: {} }],
		continueOnFail: true,
	});
	const [ok, bound, invalid] = output[0];
	expect(ok.json.subscriptionId).toBeDefined();
	// only error and details: the shape n8n routes to the error output
	expect(bound.json).toEqual({
		error: 'Huawei error 1012010: The relation number has been bound.',
		details: {
			resultcode: '1012010',
			resultdesc: 'The relation number has been bound.',
			httpStatus: expect.any(Number),
			hint: expect.stringMatching(/already bound/),
		},
	});
	expect(invalid.json).toEqual({
		error: expect.stringMatching(/"B Number".*\[item 2\]/),
		details: { hint: expect.stringMatching(/This item was not sent to Huawei\.$/) },
	});
	expect(output[0].map((item) => item.pairedItem.item)).toEqual([0, 1, 2]);
});

test('without continueOnFail the first failing item stops the run with its item index', async () => {
	const params = (i) => ({
		callerNum: '13800000001',
		calleeNum: i === 1 ? 'bad' : '13900000002',
		numberSource: 'number',
		relationNum: '+8617010000001',
	});
	await expect(
		axb('create', params, { items: [{ json: {} }, { json: {} }] }),
	).rejects.toMatchObject({ context: { itemIndex: 1 } });
});

test('Update, Get by subscription ID and by X with A, Get Many across pages, Delete', async () => {
	const created = (
		await axb('create', {
			callerNum: '13800000001',
			calleeNum: '13900000002',
			numberSource: 'number',
			relationNum: '+8617010000001',
		})
	).output[0][0].json;
	const updated = await axb('update', {
		subscriptionId: created.subscriptionId,
		updateFields: { maxDuration: 10, userData: 'changed', calleeNum: '139 0000 0003' },
	});
	expect(updated.output[0][0].json).toMatchObject({
		updated: true,
		mode: 'AXB',
		subscriptionId: created.subscriptionId,
		maxDuration: 10,
		bNumber: '+8613900000003',
	});
	await expect(
		axb('update', { subscriptionId: created.subscriptionId, updateFields: {} }),
	).rejects.toThrow(/"Update Fields" is empty/);

	const byId = (
		await axb('get', {
			lookupBy: 'subscriptionId',
			subscriptionId: created.subscriptionId,
			simple: false,
		})
	).output[0];
	expect(byId[0].json).toMatchObject({
		mode: 'AXB',
		subscriptionId: created.subscriptionId,
		calleeNum: '+8613900000003',
		bNumber: '+8613900000003',
		userData: 'changed',
		maxDuration: 10,
	});
	expect(byId[0].json.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
	const byX = (
		await axb('get', {
			lookupBy: 'relationNum',
			relationNum: '17010000001',
			callerNum: '13800000001',
		})
	).output[0];
	expect(byX.map((i) => i.json.subscriptionId)).toEqual([created.subscriptionId]);

	const app = env.sim.state.apps.get(APPS.axb.appKey);
	for (let i = 0; i < 230; i++)
		env.sim.state.addBinding(app, 'AXB', {
			relationNum: '+8617010000002',
			callerNum: `+86150${String(i).padStart(8, '0')}`,
			calleeNum: `+86151${String(i).padStart(8, '0')}`,
			subscribeTime: env.sim.state.timestamp(),
		});
	env.sim.state.requestLog.length = 0;
	const all = (await axb('getMany', { relationNum: '+8617010000002', returnAll: true })).output[0];
	expect(all).toHaveLength(230);
	expect(new Set(all.map((i) => i.json.subscriptionId)).size).toBe(230);
	expect(env.sim.state.requestLog.length).toBe(3);
	const limited = (
		await axb('getMany', { relationNum: '+8617010000002', returnAll: false, limit: 15 })
	).output[0];
	expect(limited).toHaveLength(15);
	const none = (await axb('getMany', { relationNum: '+8617010000003', returnAll: true })).output[0];
	expect(none).toEqual([]);

	await expect(
		axb('delete', { lookupBy: 'relationNum', relationNum: '+8617010000002' }),
	).rejects.toThrow(/must be turned on/);
	expect(
		(
			await axb('delete', {
				lookupBy: 'relationNum',
				relationNum: '+8617010000002',
				confirmDeleteAll: true,
			})
		).output[0][0].json,
	).toMatchObject({ mode: 'AXB', deleted: true, xNumber: '+8617010000002' });
	expect(
		(await axb('delete', { lookupBy: 'subscriptionId', subscriptionId: created.subscriptionId }))
			.output[0][0].json.deleted,
	).toBe(true);
	expect(bindings()).toHaveLength(0);
	await expect(
		axb('get', { lookupBy: 'subscriptionId', subscriptionId: created.subscriptionId }),
	).rejects.toThrow(/1012007/);
});

test('Get and Delete retry 5xx and connection resets; Create is not retried after a 5xx', async () => {
	const created = (
		await axb('create', {
			callerNum: '13800000001',
			calleeNum: '13900000002',
			numberSource: 'number',
			relationNum: '+8617010000001',
		})
	).output[0][0].json;
	await env.admin.faults({ nextErrors: 1, nextResets: 1 });
	const got = await axb('get', {
		lookupBy: 'subscriptionId',
		subscriptionId: created.subscriptionId,
	});
	expect(got.output[0]).toHaveLength(1);
	await env.admin.faults({ nextErrors: 1 });
	await expect(
		axb('create', {
			callerNum: '13800000005',
			calleeNum: '13900000006',
			numberSource: 'number',
			relationNum: '+8617010000001',
		}),
	).rejects.toThrow(/1010001/);
	expect(bindings()).toHaveLength(1);
	await env.admin.clearFaults();
});

test('a retried create never duplicates a binding: answers lost after the platform acted are not retried', async () => {
	await env.admin.faults({ dropRate: 0.3, flowControlRate: 0.2, errorRate: 0.1 });
	const count = 40;
	const params = (i) => ({
		callerNum: `1380000${String(i).padStart(4, '0')}`,
		calleeNum: `1390000${String(i).padStart(4, '0')}`,
		numberSource: 'areaCode',
		areaCode: '0755',
		areaMatchMode: '1',
		options: { concurrency: 8 },
	});
	const { output } = await axb('create', params, {
		items: Array.from({ length: count }, () => ({ json: {} })),
		continueOnFail: true,
	});
	await env.admin.clearFaults();
	const succeeded = output[0].filter((item) => item.json.subscriptionId);
	const failed = output[0].filter((item) => item.json.error);
	const dropped = env.sim.state.requestLog.filter((r) => r.dropped).length;
	expect(succeeded.length + failed.length).toBe(count);
	expect(dropped).toBeGreaterThan(0);
	expect(failed.length).toBeGreaterThanOrEqual(dropped);
	const live = bindings();
	// every A was bound at most once, and every reported success is a real binding
	expect(new Set(live.map((b) => b.callerNum)).size).toBe(live.length);
	expect(live).toHaveLength(succeeded.length + dropped);
	for (const item of succeeded)
		expect(live.some((b) => b.subscriptionId === item.json.subscriptionId)).toBe(true);
	// failures are the unretried 5xx, lost answers, or flow control that outlasted the retries
	for (const item of failed)
		expect([undefined, '1010001', '1010010']).toContain(item.json.details?.resultcode);
	expect(env.sim.state.requestLog.length).toBeGreaterThan(count);
	expect(output[0].map((item) => item.pairedItem.item)).toEqual([...Array(count).keys()]);
});

test('Concurrency 1 sends strictly in order; outputs keep input order at any concurrency', async () => {
	const params = (concurrency) => (i) => ({
		callerNum: `1380000${String(i).padStart(4, '0')}`,
		calleeNum: `1390000${String(i).padStart(4, '0')}`,
		numberSource: 'areaCode',
		areaCode: '0755',
		areaMatchMode: '1',
		options: { concurrency },
	});
	const items = Array.from({ length: 12 }, () => ({ json: {} }));
	const serial = await axb('create', params(1), { items });
	const sentOrder = serial.sent.map((s) => JSON.parse(JSON.stringify(s.body)).callerNum);
	expect(sentOrder).toEqual(items.map((_, i) => `+861380000${String(i).padStart(4, '0')}`));
	env.sim.state.reset();
	seedApps(env.sim, ['axb']);
	const parallel = await axb('create', params(6), { items });
	expect(parallel.output[0].map((o) => o.json.aNumber)).toEqual(sentOrder);
});

describe('Simplify on Get and Get Many', () => {
	const createOne = async () =>
		(
			await axb('create', {
				callerNum: '13800000077',
				calleeNum: '13900000077',
				numberSource: 'number',
				relationNum: '17010000002',
				additionalFields: {
					maxDuration: 10,
					callDirection: '1',
					userData: 'order-77',
					recordFlag: true,
				},
			})
		).output[0][0].json;
	const SIMPLE = [
		'mode',
		'subscriptionId',
		'xNumber',
		'aNumber',
		'bNumber',
		'recordCalls',
		'userData',
		'updatedAt',
	];

	test("on by default (version 2): the binding's ID, numbers, recording flag, user data and time", async () => {
		const created = await createOne();
		const [got] = (
			await axb('get', { lookupBy: 'subscriptionId', subscriptionId: created.subscriptionId })
		).output[0];
		expect(Object.keys(got.json).sort()).toEqual([...SIMPLE].sort());
		expect(got.json).toMatchObject({
			mode: 'AXB',
			xNumber: '+8617010000002',
			aNumber: '+8613800000077',
			bNumber: '+8613900000077',
			userData: 'order-77',
			recordCalls: true,
		});
		const many = (await axb('getMany', { relationNum: '17010000002', returnAll: true })).output[0];
		expect(many.find((i) => i.json.subscriptionId === created.subscriptionId).json).toEqual(
			got.json,
		);
	});

	test('off: every field Huawei answered, then the same fields as with Simplify on', async () => {
		const created = await createOne();
		const [raw] = (
			await axb('get', {
				lookupBy: 'subscriptionId',
				subscriptionId: created.subscriptionId,
				simple: false,
			})
		).output[0];
		expect(raw.json).toMatchObject({
			maxDuration: 10,
			callDirection: 1,
			subscribeTime: expect.any(String),
			relationNum: '+8617010000002',
			recordFlag: 'true',
			xNumber: '+8617010000002',
			recordCalls: true,
		});
		expect(Object.keys(raw.json).length).toBeGreaterThan(SIMPLE.length);
	});
});
