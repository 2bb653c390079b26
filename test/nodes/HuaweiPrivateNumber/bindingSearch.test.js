// Subscription ID as a resource locator: "From List" lists the bindings of a typed X number per mode
// (through the node's listSearch methods, paging where Huawei pages), and "By ID", a picked entry, an
// expression or the plain string of older workflows all reach the API as the same ID.
const {
	HuaweiPrivateNumber,
} = require('../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { APPS, startTestSimulator, seedApps } = require('../../helpers/simulator');
const { runNode } = require('../../helpers/nodeHarness');
const { sendAuthenticated } = require('../../helpers/n8nContext');

let sim;
beforeAll(async () => {
	sim = await startTestSimulator();
});
beforeEach(() => {
	sim.state.reset();
	seedApps(sim, ['axb', 'ax', 'axe', 'axyb']);
});
afterAll(() => sim.close());

const credentialsOf = (app) => ({
	appKey: app.appKey,
	appSecret: app.appSecret,
	accessAddress: sim.url,
	authScheme: 'aksk',
	allowUnauthorizedCerts: false,
});
const appOf = (app) => sim.state.apps.get(app.appKey);
const node = new HuaweiPrivateNumber();

/** Calls a listSearch method the way n8n's editor does (ILoadOptionsFunctions). */
function search(app, method, filter, paginationToken, parameters = {}, sent = []) {
	const ctx = {
		getNode: () => ({
			id: 'n1',
			name: 'Huawei Private Number',
			type: 'huaweiPrivateNumber',
			typeVersion: 1,
			parameters,
		}),
		getNodeParameter: (name, fallback) =>
			name.split('.').reduce((value, key) => value?.[key], parameters) ?? fallback,
		getCredentials: async () => credentialsOf(app),
		helpers: {
			httpRequestWithAuthentication: (type, options) =>
				sendAuthenticated(type, credentialsOf(app), options, sent),
		},
	};
	return node.methods.listSearch[method].call(ctx, filter, paginationToken);
}

describe('From List', () => {
	test('every binding resource offers it on its Subscription ID, with "By ID" defaulting to the input item\'s subscriptionId', () => {
		/** @type {any[]} */
		const fields = node.description.properties.filter((p) => p.name === 'subscriptionId');
		expect(fields.length).toBeGreaterThan(0);
		expect(fields.filter((p) => p.type !== 'resourceLocator')).toEqual([]);
		const resources = new Set(fields.flatMap((p) => p.displayOptions.show.resource));
		expect([...resources].sort()).toEqual(['axBinding', 'axbBinding', 'axeBinding', 'axybBinding']);
		for (const locator of fields) {
			expect(locator).toMatchObject({
				default: { mode: 'id', value: '={{ $json.subscriptionId }}' },
			});
			expect(locator.modes.map((m) => m.name)).toEqual(['list', 'id']);
			expect(node.methods.listSearch[locator.modes[0].typeOptions.searchListMethod]).toBeInstanceOf(
				Function,
			);
		}
	});

	test('AXB: the bindings of X, named by their numbers and user data, 100 per page', async () => {
		for (let i = 0; i < 130; i++) {
			sim.state.addBinding(appOf(APPS.axb), 'AXB', {
				relationNum: '+8617010000001',
				callerNum: `+86138000${String(i).padStart(5, '0')}`,
				calleeNum: '+8613900000001',
				userData: i === 0 ? 'order-1' : undefined,
			});
		}
		sim.state.addBinding(appOf(APPS.axb), 'AXB', {
			relationNum: '+8617010000002',
			callerNum: '+8613700000000',
			calleeNum: '+8613900000001',
		});
		const first = await search(APPS.axb, 'searchAxbBindings', '170 1000 0001');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({
			name: 'A +8613800000000 ↔ B +8613900000001 · order-1',
			value: expect.any(String),
		});
		expect(first.paginationToken).toBe('2');
		const second = await search(
			APPS.axb,
			'searchAxbBindings',
			'+8617010000001',
			first.paginationToken,
		);
		expect(second.results).toHaveLength(30);
		expect(second.paginationToken).toBeUndefined();
		const ids = new Set([...first.results, ...second.results].map((r) => r.value));
		expect(ids.size).toBe(130);
		expect(
			[...sim.state.bindings.values()]
				.filter((b) => ids.has(b.subscriptionId))
				.every((b) => b.relationNum === '+8617010000001'),
		).toBe(true);
	});

	test('AX, AXE and AXYB: the bindings of X in each mode', async () => {
		const ax = sim.state.addBinding(appOf(APPS.ax), 'AX', {
			origNum: '+8613800000001',
			privateNum: '+8617020000001',
		});
		expect(await search(APPS.ax, 'searchAxBindings', '17020000001')).toEqual({
			results: [{ name: 'A +8613800000001', value: ax.subscriptionId }],
		});

		const axe = await runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(APPS.axe),
			params: {
				resource: 'axeBinding',
				operation: 'create',
				bindNum: '13800000002',
				numberSource: 'number',
				virtualNum: '17030000001',
			},
		});
		const { subscriptionId, extendNum } = axe.output[0][0].json;
		expect((await search(APPS.axe, 'searchAxeBindings', '+8617030000001')).results).toEqual([
			{ name: `Extension ${extendNum} → A +8613800000002`, value: subscriptionId },
		]);

		const axyb = await runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(APPS.axyb),
			params: {
				resource: 'axybBinding',
				operation: 'createAx',
				origNum: '18612345678',
				areaCode: '0755',
			},
		});
		const { subscriptionId: bindId, numX } = axyb.output[0][0].json;
		expect((await search(APPS.axyb, 'searchAxybBindings', numX)).results).toEqual([
			{ name: 'A +8618612345678 (no YB yet)', value: bindId },
		]);
		for (const b of ['18612345679', '18612345680']) {
			await runNode(HuaweiPrivateNumber, {
				credentials: credentialsOf(APPS.axyb),
				params: { resource: 'axybBinding', operation: 'addYb', subscriptionId: bindId, origNum: b },
			});
		}
		expect((await search(APPS.axyb, 'searchAxybBindings', numX)).results).toEqual([
			{ name: 'A +8618612345678 ↔ B +8618612345679, +8618612345680', value: bindId },
		]);
	});

	test('an empty filter, or a number still being typed, lists nothing and asks Huawei nothing; an X with no bindings lists nothing', async () => {
		expect(await search(APPS.axb, 'searchAxbBindings', '')).toEqual({ results: [] });
		expect(await search(APPS.axb, 'searchAxbBindings', '+8617010000004')).toEqual({
			results: [],
			paginationToken: undefined,
		});
		const sent = [];
		for (const typing of ['abc', '170', '+86 170 10'])
			expect(await search(APPS.axb, 'searchAxbBindings', typing, undefined, {}, sent)).toEqual({
				results: [],
			});
		expect(sent).toHaveLength(0); // nothing is asked while the number is incomplete
	});

	test("numbers typed without a country code take the node's Default Country Code", async () => {
		const sent = [];
		await search(
			APPS.axb,
			'searchAxbBindings',
			'17010000001',
			undefined,
			{ options: { defaultCountryCode: '44' } },
			sent,
		).catch(() => {});
		await search(APPS.axb, 'searchAxbBindings', '17010000001', undefined, {}, sent);
		expect(sent.map((r) => new URL(r.url, 'http://x').searchParams.get('relationNum'))).toEqual([
			'+4417010000001',
			'+8617010000001',
		]);
	});
});

describe('the value reaching the API', () => {
	test.each([
		['a plain string (older workflows)', (id) => id],
		['"By ID"', (id) => ({ __rl: true, mode: 'id', value: id })],
		[
			'a "From List" pick',
			(id) => ({
				__rl: true,
				mode: 'list',
				value: id,
				cachedResultName: 'A +8613800000001 ↔ B +8613900000001',
			}),
		],
	])('%s', async (_, shape) => {
		const binding = sim.state.addBinding(appOf(APPS.axb), 'AXB', {
			relationNum: '+8617010000001',
			callerNum: '+8613800000001',
			calleeNum: '+8613900000001',
		});
		const { output } = await runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(APPS.axb),
			params: {
				resource: 'axbBinding',
				operation: 'get',
				lookupBy: 'subscriptionId',
				subscriptionId: shape(binding.subscriptionId),
			},
		});
		expect(output[0][0].json.subscriptionId).toBe(binding.subscriptionId);
	});

	test('an empty locator says the field is required, naming the item', async () => {
		await expect(
			runNode(HuaweiPrivateNumber, {
				credentials: credentialsOf(APPS.axb),
				params: {
					resource: 'axbBinding',
					operation: 'delete',
					lookupBy: 'subscriptionId',
					subscriptionId: { __rl: true, mode: 'list', value: '' },
				},
			}),
		).rejects.toThrow('"Subscription ID" is required [item 0]');
	});
});
