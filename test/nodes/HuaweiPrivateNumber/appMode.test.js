// "Binding Mode of the App" on the Private Number credential: the credential test checks it against
// the platform (simulated: each API is open to apps of its modes only, 1010040 otherwise), and the
// node refuses an operation of another mode before sending anything.
const {
	HuaweiPrivateNumber,
} = require('../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { APPS, startTestSimulator, seedApps } = require('../../helpers/simulator');
const { runNode } = require('../../helpers/nodeHarness');
const { runCredentialTest } = require('../../helpers/n8nContext');

let sim;
beforeAll(async () => {
	sim = await startTestSimulator();
	seedApps(sim, ['axb', 'ax', 'axe', 'axyb', 'x']);
});
afterAll(() => sim.close());

const credentialsOf = (app, appMode) => ({
	appKey: app.appKey,
	appSecret: app.appSecret,
	accessAddress: sim.url,
	authScheme: 'aksk',
	allowUnauthorizedCerts: false,
	appMode,
});
const requestsOf = (app) => sim.state.requestLog.filter((r) => r.appKey === app.appKey);

describe('the credential test with a binding mode', () => {
	test.each([
		['axb', 'AXB'],
		['ax', 'AX'],
		['axe', 'AXE'],
		['axyb', 'AXYB'],
		['x', 'X'],
		['ax', ''],
		['axb', undefined],
	])('an %s app declared as %p passes', async (app, appMode) => {
		expect(
			await runCredentialTest('huaweiPrivateNumberApi', credentialsOf(APPS[app], appMode)),
		).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	test.each([
		['ax', 'AXB'],
		['axb', 'AX'],
		['axb', 'AXE'],
		['axe', 'AXYB'],
		['x', 'AXB'],
	])('an %s app declared as %s fails, naming the field', async (app, appMode) => {
		const result = await runCredentialTest(
			'huaweiPrivateNumberApi',
			credentialsOf(APPS[app], appMode),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/1010040.*"Binding Mode of the App"/);
	});

	test.each([['axb'], [' AXB'], ['AXB\n'], [' aXb ']])(
		'a mode the dropdown would give as AXB (%p) is read as AXB',
		async (appMode) => {
			expect(
				await runCredentialTest('huaweiPrivateNumberApi', credentialsOf(APPS.axb, appMode)),
			).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(requestsOf(APPS.axb).at(-1)).toMatchObject({
				method: 'GET',
				path: '/rest/caas/relationnumber/partners/v1.0',
			});
		},
	);

	test.each([
		['AX,AXB'],
		['AXC'],
		['__proto__'],
		['constructor'],
		['toString'],
		['hasOwnProperty'],
		[['AXB']],
		[5],
		[{}],
		[true],
	])(
		'a value that is no mode (%p) fails with one clear message, and nothing is sent',
		async (appMode) => {
			const before = requestsOf(APPS.axb).length;
			const result = await runCredentialTest(
				'huaweiPrivateNumberApi',
				credentialsOf(APPS.axb, appMode),
			);
			expect(result).toEqual({
				status: 'Error',
				message: expect.stringMatching(
					/^"Binding Mode of the App" is not a binding mode: choose AX, AXB, AXE, AXYB or X \(or Any Mode\)$/,
				),
			});
			expect(requestsOf(APPS.axb)).toHaveLength(before);
		},
	);

	test("with a mode set, the probe is that mode's query; without, a call stop", async () => {
		await runCredentialTest('huaweiPrivateNumberApi', credentialsOf(APPS.axyb, 'AXYB'));
		expect(requestsOf(APPS.axyb).at(-1)).toMatchObject({
			method: 'GET',
			path: '/rest/omp/xyrelationnumber/v1.0',
			resultcode: expect.not.stringMatching(/^1010040$/),
		});
		await runCredentialTest('huaweiPrivateNumberApi', credentialsOf(APPS.axyb, ''));
		expect(requestsOf(APPS.axyb).at(-1)).toMatchObject({
			method: 'POST',
			path: '/rest/httpsessions/callStop/v2.0',
		});
	});
});

describe('the node with a binding mode on its credential', () => {
	const run = (app, appMode, resource, params, extra = {}) =>
		runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(APPS[app], appMode),
			params: { resource, ...params },
			...extra,
		});

	test('an operation of another mode fails before anything is sent, naming both modes and the item', async () => {
		const before = requestsOf(APPS.ax).length;
		await expect(
			run('ax', 'AX', 'axbBinding', {
				operation: 'create',
				callerNum: '13800000001',
				calleeNum: '13900000002',
				numberSource: 'areaCode',
				areaCode: '0755',
			}),
		).rejects.toMatchObject({
			message: '"AXB Binding" needs an AXB app, but the credential says its app is AX [item 0]',
			description: expect.stringMatching(/Binding Mode of the App.*1010040/),
		});
		expect(requestsOf(APPS.ax)).toHaveLength(before);
	});

	test('a mode typed in another case is read as that mode; a value that is no mode refuses binding operations with one clear message', async () => {
		const [got] = (
			await run('axb', ' axb ', 'axbBinding', {
				operation: 'getMany',
				relationNum: '+8617010000001',
			})
		).output;
		expect(got).toEqual([]);
		for (const appMode of ['AX,AXB', '__proto__', 'toString'])
			await expect(
				run('axb', appMode, 'axbBinding', { operation: 'getMany', relationNum: '+8617010000001' }),
			).rejects.toMatchObject({
				message: expect.stringMatching(
					/^"Binding Mode of the App" is not a binding mode: choose AX, AXB, AXE, AXYB or X \(or Any Mode\) \[item 0\]$/,
				),
			});
	});

	test('a value that is no mode refuses the mode-free resources too, and nothing is sent', async () => {
		const before = requestsOf(APPS.x).length;
		for (const appMode of ['__proto__', ['AX']])
			await expect(
				run('x', appMode, 'call', { operation: 'stop', sessionId: 'no-such-session' }),
			).rejects.toMatchObject({
				message: expect.stringMatching(
					/^"Binding Mode of the App" is not a binding mode.*\[item 0\]$/,
				),
			});
		expect(requestsOf(APPS.x)).toHaveLength(before);
	});

	test('the From List picker checks the mode as the operations do, before asking Huawei', async () => {
		const node = new HuaweiPrivateNumber();
		const searchWith = (app, appMode) =>
			node.methods.listSearch.searchAxbBindings.call(
				{
					getNode: () => ({ name: 'Huawei Private Number', parameters: {} }),
					getNodeParameter: (_name, fallback) => fallback,
					getCredentials: async () => credentialsOf(app, appMode),
				},
				'+8617010000001',
			);
		const before = requestsOf(APPS.ax).length;
		await expect(searchWith(APPS.ax, 'AX')).rejects.toThrow(
			'"AXB Binding" needs an AXB app, but the credential says its app is AX',
		);
		await expect(searchWith(APPS.ax, 'toString')).rejects.toThrow(
			/^"Binding Mode of the App" is not a binding mode/,
		);
		expect(requestsOf(APPS.ax)).toHaveLength(before);
	});

	test('with Continue On Fail every item gets the error, and nothing is sent', async () => {
		const before = requestsOf(APPS.ax).length;
		const items = [{ json: {} }, { json: {} }];
		const { output } = await run(
			'ax',
			'AX',
			'axeBinding',
			{ operation: 'get', lookupBy: 'subscriptionId', subscriptionId: 'abc' },
			{ items, continueOnFail: true },
		);
		expect(output[0].map((i) => i.json.error)).toEqual([
			'"AXE Binding" needs an AXE app, but the credential says its app is AX [item 0]',
			'"AXE Binding" needs an AXE app, but the credential says its app is AX [item 1]',
		]);
		expect(requestsOf(APPS.ax)).toHaveLength(before);
	});

	test('the matching mode, no mode, and the mode-free resources (call, recording) go through', async () => {
		const [bound] = (
			await run('ax', 'AX', 'axBinding', {
				operation: 'create',
				origNum: '13800000001',
				numberSource: 'areaCode',
				areaCode: '0755',
			})
		).output[0];
		expect(bound.json).toMatchObject({ mode: 'AX', subscriptionId: expect.any(String) });
		const [got] = (
			await run('ax', undefined, 'axBinding', {
				operation: 'get',
				lookupBy: 'subscriptionId',
				subscriptionId: bound.json.subscriptionId,
			})
		).output[0];
		expect(got.json.subscriptionId).toBe(bound.json.subscriptionId);
		await expect(
			run('x', 'X', 'call', { operation: 'stop', sessionId: 'no-such-session' }),
		).rejects.toThrow(/1020152/);
	});
});
