// Testing a trigger from the editor ("Execute step"): a push the trigger refuses is still refused
// (its sender gets the error), and the test run shows one item saying why, so the editor does not
// go on listening without a word. Production runs never see refused pushes.
const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const {
	HuaweiVoiceCallTrigger,
} = require('../../../nodes/HuaweiVoiceCallTrigger/HuaweiVoiceCallTrigger.node');
const { PRODUCT: PN } = require('../../../nodes/HuaweiPrivateNumberTrigger/product');
const { PRODUCT: VC } = require('../../../nodes/HuaweiVoiceCallTrigger/product');
const { APPS } = require('../../helpers/simulator');
const { startTrigger, triggerCredentials } = require('../../helpers/triggerHarness');
const { callEvent, post, signed } = require('../../helpers/triggerPushes');

let trigger;
afterEach(async () => {
	await trigger?.close();
	trigger = undefined;
});

describe.each([
	['Private Number', HuaweiPrivateNumberTrigger, PN, APPS.axb],
	['Voice Call', HuaweiVoiceCallTrigger, VC, APPS.voice],
])('%s Trigger in a test run', (_, NodeClass, product, app) => {
	const start = (NodeClass, app, mode, params = {}) =>
		startTrigger(NodeClass, {
			credentials: triggerCredentials(app),
			params: { events: product.events.map((event) => event.value), ...params },
			mode,
		});
	const calloutName = product.events.find((event) => event.value === 'callout')?.name;

	test('an unsigned push: 401 to its sender, and an item saying to turn Verify Signature off', async () => {
		trigger = await start(NodeClass, app, 'manual');
		const res = await post(trigger.url, callEvent('callout'));
		expect(res.status).toBe(401);
		expect(trigger.items()).toEqual([
			{
				pushRefused: true,
				status: 401,
				error: 'Push signature rejected',
				reason: 'missingAuthorization',
				hint: expect.stringMatching(/turn Verify Signature off while testing/),
			},
		]);
	});

	test("a push signed with another app's secret: the item says the signature does not fit", async () => {
		trigger = await start(NodeClass, app, 'manual');
		const other = { appKey: app.appKey, appSecret: 'not-the-secret' };
		const res = await post(trigger.url, callEvent('callout'), signed({}, other));
		expect(res.status).toBe(401);
		expect(trigger.items()).toEqual([
			expect.objectContaining({ status: 401, hint: expect.stringMatching(/does not fit/) }),
		]);
	});

	test('with Verify Signature off, a body that is no push: 400 and an item naming the reason', async () => {
		trigger = await start(NodeClass, app, 'manual', { verifySignature: false });
		const res = await post(trigger.url, { hello: 'world' });
		expect(res.status).toBe(400);
		expect(trigger.items()).toEqual([
			expect.objectContaining({
				pushRefused: true,
				status: 400,
				reason: res.data.reason,
				hint: expect.stringMatching(/sample push from the README/),
			}),
		]);
	});

	test('with Verify Signature off, an unsigned sample push is the test run', async () => {
		trigger = await start(NodeClass, app, 'manual', { verifySignature: false });
		expect((await post(trigger.url, callEvent('callout'))).status).toBe(200);
		expect(trigger.items()).toEqual([
			expect.objectContaining({ event: calloutName, eventType: 'callout', sessionId: 's-1' }),
		]);
	});

	test('in production a refused push starts nothing', async () => {
		trigger = await start(NodeClass, app, 'webhook');
		expect((await post(trigger.url, callEvent('callout'))).status).toBe(401);
		expect(trigger.executions).toHaveLength(0);
		await trigger.close();
		trigger = await start(NodeClass, app, 'webhook', { verifySignature: false });
		expect((await post(trigger.url, { hello: 'world' })).status).toBe(400);
		expect(trigger.executions).toHaveLength(0);
	});
});
