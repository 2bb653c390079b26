// AX bindings against the simulator: A owns X; create, temporary callee, update, get, delete.
const { APPS, jsonOf, privateNumber, useSimulator } = require('../../helpers/actionNodes');

const env = useSimulator(['ax']);
/** Runs the Private Number node with the credential of `app`; resolves with the items' JSON. */
const run = (app, resource, operation, params, extra = {}) =>
	jsonOf(privateNumber(env)(resource, operation, params, { app, ...extra }));

describe('AX Binding', () => {
	const ax = (operation, params) => run(APPS.ax, 'axBinding', operation, params);
	test('create, temporary callee, update, get by A / X / ID, delete', async () => {
		const [created] = await ax('create', {
			origNum: '138 0000 0001',
			numberSource: 'areaCode',
			areaCode: '0755',
			additionalFields: { turnFlag: false, calleeNumDisplay: '0', maxDuration: 5 },
		});
		expect(created).toMatchObject({
			mode: 'AX',
			aNumber: '+8613800000001',
			xNumber: expect.stringMatching(/^\+86170200/),
			subscriptionId: expect.any(String),
		});
		const binding = env.sim.state.bindings.get(created.subscriptionId);
		expect(binding).toMatchObject({ turnFlag: 'off', calleeNumDisplay: '0', maxDuration: 5 });
		const [second] = await ax('create', {
			origNum: '13800000001',
			numberSource: 'number',
			privateNum: '17020000006',
		});
		expect(second.xNumber).toBe('+8617020000006');

		const [temp] = await ax('setTemporaryCallee', {
			lookupBy: 'privateNum',
			privateNum: created.xNumber,
			calleeNum: '13900000002',
			additionalFields: { duration: 300 },
		});
		expect(temp).toMatchObject({
			mode: 'AX',
			temporaryCalleeSet: true,
			xNumber: created.xNumber,
			calleeNumber: '+8613900000002',
			duration: 300,
		});
		expect(
			(await env.admin.call({ caller: '+8613800000001', called: created.xNumber })).cdr.fwdDstNum,
		).toBe('+8613900000002');

		await ax('update', {
			lookupBy: 'subscriptionId',
			subscriptionId: created.subscriptionId,
			updateFields: { recordFlag: true, userData: 'u2' },
		});
		expect(
			(await ax('get', { lookupBy: 'subscriptionId', subscriptionId: created.subscriptionId }))[0],
		).toMatchObject({ recordCalls: true, userData: 'u2' });
		expect(
			(await ax('get', { lookupBy: 'origNum', origNum: '13800000001' }))
				.map((b) => b.xNumber)
				.sort(),
		).toEqual([created.xNumber, '+8617020000006'].sort());
		expect(
			(await ax('get', { lookupBy: 'privateNum', privateNum: '+8617020000006' }))[0].subscriptionId,
		).toBe(second.subscriptionId);
		expect(
			(await ax('delete', { lookupBy: 'privateNum', privateNum: '+8617020000006' }))[0],
		).toMatchObject({ deleted: true, xNumber: '+8617020000006' });
		await expect(
			ax('get', { lookupBy: 'privateNum', privateNum: '+8617020000006' }),
		).rejects.toThrow(/1012007/);
	});
	test('the sixth X for one A fails with the catalogue hint', async () => {
		for (let i = 0; i < 5; i++)
			await ax('create', { origNum: '13800000001', numberSource: 'areaCode', areaCode: '0755' });
		await expect(
			ax('create', { origNum: '13800000001', numberSource: 'areaCode', areaCode: '0755' }),
		).rejects.toMatchObject({
			message: expect.stringMatching(/1011003/),
			description: expect.stringMatching(/already bound to 5 private numbers/),
		});
	});
	test('temporary callee validity is range-checked before sending', async () => {
		await expect(
			ax('setTemporaryCallee', {
				lookupBy: 'subscriptionId',
				subscriptionId: 'x',
				calleeNum: '13900000002',
				additionalFields: { duration: 259201 },
			}),
		).rejects.toThrow(/"Valid For \(Seconds\)" must be between 1 and 259200/);
	});
});
