// AXYB bindings against the simulator: the AX step, YB steps, lookups and removals (app_key sent).
const { APPS, jsonOf, privateNumber, useSimulator } = require('../../helpers/actionNodes');

const env = useSimulator(['axyb']);
/** Runs the Private Number node with the credential of `app`; resolves with the items' JSON. */
const run = (app, resource, operation, params, extra = {}) =>
	jsonOf(privateNumber(env)(resource, operation, params, { app, ...extra }));

describe('AXYB Binding', () => {
	const axyb = (operation, params) => run(APPS.axyb, 'axybBinding', operation, params);
	test('AX step, YB step, get, delete one YB, delete all; app_key is sent', async () => {
		const [ax] = await axyb('createAx', {
			origNum: '18612345678',
			areaCode: '0755',
			additionalFields: { duration: 7200, ybDuration: 3600 },
		});
		expect(ax).toMatchObject({
			mode: 'AXYB',
			step: 'AX',
			subscriptionId: expect.any(String),
			aNumber: '+8618612345678',
			xNumber: '+8617040000001',
		});
		expect(ax).not.toHaveProperty('relationNumber');
		const [yb] = await axyb('addYb', { subscriptionId: ax.subscriptionId, origNum: '18612345679' });
		expect(yb).toMatchObject({
			mode: 'AXYB',
			step: 'YB',
			subscriptionId: ax.subscriptionId,
			bNumber: '+8618612345679',
			yNumber: '+8617040000002',
		});
		const list = await axyb('get', {
			lookupBy: 'relationNum',
			relationNum: ax.xNumber,
			simple: false,
		});
		expect(list[0]).toMatchObject({
			subscriptionId: ax.subscriptionId,
			numA: '+8618612345678',
			numY: '+8617040000002',
			numB: '+8618612345679',
			duration: '7200',
			xNumber: ax.xNumber,
			aNumber: '+8618612345678',
			yNumber: '+8617040000002',
			bNumber: '+8618612345679',
		});
		await axyb('delete', { subscriptionId: ax.subscriptionId, scope: 'yNum', yNum: yb.yNumber });
		expect(
			(await axyb('get', { lookupBy: 'subscriptionId', subscriptionId: ax.subscriptionId }))[0]
				.yNumber,
		).toBeUndefined();
		await axyb('delete', { subscriptionId: ax.subscriptionId, scope: 'all' });
		await expect(
			axyb('get', { lookupBy: 'subscriptionId', subscriptionId: ax.subscriptionId }),
		).rejects.toThrow(/1012007/);
	});
	test('lifetimes of 1-59 seconds are refused before sending', async () => {
		await expect(
			axyb('createAx', {
				origNum: '18612345678',
				areaCode: '0755',
				additionalFields: { duration: 30 },
			}),
		).rejects.toThrow(/must be 0 or at least 60 seconds/);
	});
});
