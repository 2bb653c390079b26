// Subscription ID's value reaching the API: "By ID", a "From List" pick and a plain string all give
// the same ID; left empty, the input item's subscriptionId is used.
const {
	HuaweiPrivateNumber,
} = require('../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { APPS, startTestSimulator, seedApps } = require('../../helpers/simulator');
const { runNode } = require('../../helpers/nodeHarness');

let sim;
beforeAll(async () => {
	sim = await startTestSimulator();
});
beforeEach(() => {
	sim.state.reset();
	seedApps(sim, ['axb']);
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

	const deleteWith = (subscriptionId, json = {}) =>
		runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(APPS.axb),
			params: {
				resource: 'axbBinding',
				operation: 'delete',
				lookupBy: 'subscriptionId',
				subscriptionId,
			},
			items: [{ json }],
		});

	test("left empty, the input item's subscriptionId is used (Create → Delete without typing)", async () => {
		const binding = sim.state.addBinding(appOf(APPS.axb), 'AXB', {
			relationNum: '+8617010000001',
			callerNum: '+8613800000001',
			calleeNum: '+8613900000001',
		});
		const { output } = await deleteWith(
			{ __rl: true, mode: 'list', value: '' },
			{ subscriptionId: binding.subscriptionId },
		);
		expect(output[0][0].json).toMatchObject({
			deleted: true,
			subscriptionId: binding.subscriptionId,
		});
	});

	test('empty, with no subscriptionId in the input item: the item fails naming both', async () => {
		await expect(deleteWith({ __rl: true, mode: 'list', value: '' })).rejects.toThrow(
			'"Subscription ID" is empty and the input item has no subscriptionId [item 0]',
		);
		await expect(deleteWith('', { subscriptionId: { id: 1 } })).rejects.toThrow(
			'The input item\'s subscriptionId (for "Subscription ID") must be text, not an object [item 0]',
		);
	});
});
