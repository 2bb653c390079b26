// The shipped examples as users import them, and the action workflows among them run end to end.
const runtimeLib = require('../../../scripts/runtime/n8n');
const { eventually } = require('../../helpers/simulator');
const { post, sinkItems, axbApp } = require('../harness/calls');

/** @param {{ stack: any }} env the running stack (set before the tests run) */
module.exports = (env) => {
	describe('the shipped examples', () => {
		test('each imports a second time, as it is, and both copies publish with webhooks of their own', async () => {
			const copies = [];
			for (const { file, workflow } of runtimeLib.exampleWorkflows()) {
				const copy = await runtimeLib.importWorkflow(env.stack.session, workflow);
				expect(copy.id).not.toBe(env.stack.examples[file].id);
				copies.push(copy);
			}
			const first = runtimeLib.webhookUrls(env.stack.n8n.url, Object.values(env.stack.examples));
			const second = runtimeLib.webhookUrls(env.stack.n8n.url, copies);
			expect(second).toHaveLength(first.length);
			expect(second.filter((url) => first.includes(url))).toEqual([]);
			await runtimeLib.waitForWebhooks(second);
			for (const copy of copies) {
				const saved = await env.stack.session.call('GET', `/rest/workflows/${copy.id}`);
				expect(saved.data.data.active).toBe(true);
			}
		}, 120_000);
	});

	describe('action workflows', () => {
		test('example: bind a customer and a driver for an order, then unbind after delivery', async () => {
			const bound = await post(env.stack.urls.orderAssigned, {
				orderId: 'A-1001',
				customerPhone: '138 0000 0001',
				driverPhone: '139-0000-0002',
			});
			expect(bound.status).toBe(200);
			expect(bound.body).toEqual([
				expect.objectContaining({
					mode: 'AXB',
					callerNum: '+8613800000001',
					calleeNum: '+8613900000002',
					relationNum: expect.stringMatching(/^\+86170/),
					subscriptionId: expect.any(String),
				}),
			]);
			const binding = env.stack.sim.state
				.liveBindings(axbApp(env), 'AXB')
				.find((b) => b.subscriptionId === bound.body[0].subscriptionId);
			expect(binding).toMatchObject({ userData: 'A-1001', recordFlag: 'true', duration: 86400 });
			const unbound = await post(env.stack.urls.orderDelivered, {
				subscriptionId: binding.subscriptionId,
			});
			expect(unbound.body).toEqual([
				{ mode: 'AXB', deleted: true, subscriptionId: binding.subscriptionId },
			]);
			expect(env.stack.sim.state.liveBindings(axbApp(env), 'AXB')).toHaveLength(0);
		});

		test('example: send a voice verification code; the Voice Call trigger workflow gets its events and CDR', async () => {
			const sent = await post(env.stack.urls.voiceCode, {
				phone: '135 0000 0001',
				code: '4711',
				reference: 'login-9',
			});
			const sessionId = sent.body[0].sessionId;
			expect(sent.body[0]).toMatchObject({
				calleeNbr: '+8613500000001',
				displayNbr: '+8675528880001',
			});
			await eventually(
				() => sinkItems(env, '/vc').some((i) => i.sessionId === sessionId && i.eventType === 'fee'),
				20_000,
			);
			const items = sinkItems(env, '/vc').filter((i) => i.sessionId === sessionId);
			expect(items.map((i) => i.eventType)).toEqual([
				'callout',
				'alerting',
				'answer',
				'disconnect',
				'fee',
			]);
			expect(items[4]).toMatchObject({ userData: 'login-9', connected: true });
		});
	});
};
