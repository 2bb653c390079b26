// AXE bindings against the simulator: callers dial X and an extension to reach A.
const { APPS, jsonOf, privateNumber, useSimulator } = require('../../helpers/actionNodes');

const env = useSimulator(['axe']);
/** Runs the Private Number node with the credential of `app`; resolves with the items' JSON. */
const run = (app, resource, operation, params, extra = {}) =>
	jsonOf(privateNumber(env)(resource, operation, params, { app, ...extra }));

describe('AXE Binding', () => {
	const axe = (operation, params) => run(APPS.axe, 'axeBinding', operation, params);
	test('create with auto and chosen extensions, update, get by X+E, count, delete', async () => {
		const [auto] = await axe('create', {
			bindNum: '13800000001',
			numberSource: 'number',
			virtualNum: '+8617030000001',
			extensionMode: 'auto',
		});
		expect(auto).toMatchObject({
			mode: 'AXE',
			xNumber: '+8617030000001',
			extension: '1',
			aNumber: '+8613800000001',
		});
		const [chosen] = await axe('create', {
			bindNum: '13800000002',
			numberSource: 'number',
			virtualNum: '+8617030000001',
			extensionMode: 'chosen',
			extendNum: '7',
			additionalFields: { timeUnit: '1', bindExpiredTime: 90, callbackNum: '13800000009' },
		});
		expect(chosen.extension).toBe('7');
		await axe('update', {
			lookupBy: 'extension',
			virtualNum: '+8617030000001',
			extendNum: '7',
			updateFields: { recordFlag: true },
		});
		const [got] = await axe('get', {
			lookupBy: 'extension',
			virtualNum: '17030000001',
			extendNum: '7',
			simple: false,
		});
		expect(got).toMatchObject({
			subscriptionId: chosen.subscriptionId,
			bindNum: '+8613800000002',
			aNumber: '+8613800000002',
			extension: '7',
			recordFlag: 'true',
			recordCalls: true,
			callbackNum: '+8613800000009',
			timeUnit: '1',
			bindExpiredTime: 90,
		});
		expect(
			(await axe('count', { countScope: 'number', virtualNum: '+8617030000001' }))[0],
		).toMatchObject({ mode: 'AXE', xNumber: '+8617030000001', bindCount: 2, idleCount: 7 });
		expect((await axe('count', { countScope: 'all' })).map((c) => c.xNumber)).toEqual([
			'+8617030000001',
			'+8617030000002',
		]);
		expect(
			(await axe('delete', { lookupBy: 'subscriptionId', subscriptionId: auto.subscriptionId }))[0]
				.deleted,
		).toBe(true);
	});
	test('Get Many walks the v2 cursor across pages', async () => {
		const app = env.sim.state.apps.get(APPS.axe.appKey);
		app.extensionLength = 3;
		for (let i = 1; i <= 230; i++)
			env.sim.state.addBinding(app, 'AXE', {
				bindNum: `+86138000${String(i).padStart(5, '0')}`,
				virtualNum: '+8617030000001',
				extendNum: String(i).padStart(3, '0'),
				timeUnit: '0',
			});
		env.sim.state.requestLog.length = 0;
		const all = await axe('getMany', { virtualNum: '+8617030000001', returnAll: true });
		expect(all).toHaveLength(230);
		expect(new Set(all.map((b) => b.extension)).size).toBe(230);
		expect(env.sim.state.requestLog).toHaveLength(3);
		expect(
			await axe('getMany', { virtualNum: '+8617030000001', returnAll: false, limit: 7 }),
		).toHaveLength(7);
	});
	test('callback announcement and callback number exclude each other; hours are capped', async () => {
		await expect(
			axe('create', {
				bindNum: '13800000001',
				numberSource: 'areaCode',
				areaCode: '0755',
				extensionMode: 'auto',
				additionalFields: { callbackTone: 'cb.wav', callbackNum: '13800000002' },
			}),
		).rejects.toThrow(/cannot both be set/);
		await expect(
			axe('create', {
				bindNum: '13800000001',
				numberSource: 'areaCode',
				areaCode: '0755',
				extensionMode: 'auto',
				additionalFields: { bindExpiredTime: 50000 },
			}),
		).rejects.toThrow(/at most 43200 hours/);
		await expect(
			axe('create', {
				bindNum: '13800000001',
				numberSource: 'areaCode',
				areaCode: '0755',
				extensionMode: 'chosen',
				extendNum: '12a',
			}),
		).rejects.toThrow(/"Extension Number" must be 1 to 4 digits/);
	});
});
