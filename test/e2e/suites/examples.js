// The shipped examples as users import them, and the action workflows among them run end to end.
const runtimeLib = require('../../../scripts/runtime/n8n');
const { eventually } = require('../../helpers/simulator');
const {
	axbApp,
	executionText,
	finishedExecutions,
	nodesRun,
	post,
	sinkItems,
} = require('../harness/calls');

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
			expect(bound.body).toEqual({
				orderId: 'A-1001',
				xNumber: expect.stringMatching(/^\+86170/),
				subscriptionId: expect.any(String),
			});
			const binding = env.stack.sim.state
				.liveBindings(axbApp(env), 'AXB')
				.find((b) => b.subscriptionId === bound.body.subscriptionId);
			expect(binding).toMatchObject({
				callerNum: '+8613800000001',
				calleeNum: '+8613900000002',
				userData: 'A-1001',
				recordFlag: 'true',
				duration: 86400,
			});
			const unbound = await post(env.stack.urls.orderDelivered, {
				subscriptionId: binding.subscriptionId,
			});
			expect(unbound.body).toEqual({
				mode: 'AXB',
				subscriptionId: binding.subscriptionId,
				deleted: true,
			});
			expect(env.stack.sim.state.liveBindings(axbApp(env), 'AXB')).toHaveLength(0);
		});

		test('example: a binding that fails leaves on the error output, and the caller gets the reason', async () => {
			const failed = await post(env.stack.urls.orderAssigned, {
				orderId: 'A-1002',
				customerPhone: 'not a number',
				driverPhone: '139 0000 0002',
			});
			expect(failed.status).toBe(200);
			expect(failed.body).toEqual({
				orderId: 'A-1002',
				error: expect.stringMatching(/^"A Number" may only contain digits.*\[item 0\]$/),
				hint: 'Fix "A Number" for item 0. This item was not sent to Huawei.',
			});
			const [execution] = await finishedExecutions(
				env,
				env.stack.examples['bind-order-parties.json'].id,
			);
			expect(await nodesRun(env, execution.id)).toEqual([
				'Order Assigned',
				'Bind Customer and Driver',
				'Binding Failed',
			]);
			expect(env.stack.sim.state.liveBindings(axbApp(env), 'AXB')).toHaveLength(0);
		});

		test("example: send a voice verification code; the example's own trigger tells it was heard", async () => {
			const voice = env.stack.sim.state.apps.get(env.stack.apps.voice.appKey);
			const callbacks = voice.callbacks;
			voice.callbacks = { ...callbacks, fee: env.stack.urls.voiceCodeRecord };
			try {
				const sent = await post(env.stack.urls.voiceCode, {
					phone: '135 0000 0001',
					code: '4711',
					reference: 'login-9',
				});
				expect(sent.body).toEqual({
					sessionId: expect.any(String),
					calleeNumber: '+8613500000001',
				});
				const { sessionId } = sent.body;
				await eventually(
					() =>
						sinkItems(env, '/vc').some(
							(i) => i.sessionId === sessionId && i.eventType === 'disconnect',
						),
					20_000,
				);
				const items = sinkItems(env, '/vc').filter((i) => i.sessionId === sessionId);
				expect(items.map((i) => i.eventType)).toEqual([
					'callout',
					'alerting',
					'answer',
					'disconnect',
				]);
				expect(items[0]).toMatchObject({ event: 'Call Started', userData: 'login-9' });
				const workflowId = env.stack.examples['send-voice-verification-code.json'].id;
				// the CDR reaches the example's own trigger: the code was heard
				const heard = await eventually(async () => {
					for (const e of await finishedExecutions(env, workflowId)) {
						const nodes = await nodesRun(env, e.id);
						if (nodes.includes('Delivered') && (await executionText(env, e.id)).includes(sessionId))
							return { e, nodes };
					}
					return undefined;
				}, 20_000);
				expect(heard.e.status).toBe('success');
				expect(heard.nodes).toEqual(['On Call Record', 'Code Heard?', 'Delivered']);
			} finally {
				voice.callbacks = callbacks;
			}
		});

		test("example: pushes through n8n's Webhook node and Verify and Parse, refused ones on the error output", async () => {
			const app = axbApp(env);
			const busy = await env.stack.sim.traffic.placePrivateCall(app, {
				caller: '+8613900000302',
				called: '+8617010000001',
				outcome: 'busy',
				deferFee: true,
			}).done;
			const disconnect = env.stack.sim.state.pushLog.find(
				(p) => p.body.eventType === 'disconnect' && p.body.statusInfo.sessionId === busy.sessionId,
			).body;
			const answer = await env.stack.sim.pusher.push(
				app,
				env.stack.urls.verifyPush,
				'call',
				disconnect,
			);
			expect(answer.status).toBe(200);
			const forged = await post(env.stack.urls.verifyPush, disconnect);
			expect(forged.status).toBe(200); // the Webhook node answers; Verify and Parse refuses it
			const workflowId = env.stack.examples['webhook-verify-and-parse.json'].id;
			const executions = await finishedExecutions(env, workflowId, 2);
			const runs = await Promise.all(
				executions.map(async (e) => ({
					nodes: await nodesRun(env, e.id),
					text: await executionText(env, e.id),
				})),
			);
			expect(runs.find((run) => run.nodes.includes('Ended Call'))?.text).toContain(busy.sessionId);
			expect(runs.find((run) => run.nodes.includes('Refused Push'))?.text).toContain(
				'missingAuthorization',
			);
		});

		test('a Block push through Webhook → Verify and Parse → Answer Block Push → Respond to Webhook gets its answer', async () => {
			const example = runtimeLib
				.exampleWorkflows()
				.find(({ file }) => file === 'webhook-verify-and-parse.json');
			if (!example) throw new Error('webhook-verify-and-parse.json is not among the examples');
			const { workflow } = example;
			const byName = (name) => workflow.nodes.find((node) => node.name === name);
			const webhook = byName('Huawei Push');
			const verify = byName('Verify and Parse');
			const answerNode = {
				...verify,
				id: 'answer-block',
				name: 'Answer Block Push',
				position: [440, 0],
				parameters: {
					resource: 'push',
					operation: 'answerBlockPush',
					callinAction: 'connect',
					callinConnectTo: '13900000309',
				},
			};
			const saved = await runtimeLib.importWorkflow(env.stack.session, {
				name: 'e2e Block push answered by Respond to Webhook',
				nodes: [
					{
						...webhook,
						webhookId: 'e2e-block-answer',
						parameters: {
							httpMethod: 'POST',
							path: 'e2e-block-answer',
							responseMode: 'responseNode',
						},
					},
					verify,
					answerNode,
					{
						id: 'respond',
						name: 'Respond to Webhook',
						type: 'n8n-nodes-base.respondToWebhook',
						typeVersion: 1.1,
						position: [660, 0],
						parameters: { respondWith: 'firstIncomingItem', options: {} },
					},
				],
				connections: {
					'Huawei Push': { main: [[{ node: 'Verify and Parse', type: 'main', index: 0 }]] },
					'Verify and Parse': { main: [[{ node: 'Answer Block Push', type: 'main', index: 0 }]] },
					'Answer Block Push': {
						main: [[{ node: 'Respond to Webhook', type: 'main', index: 0 }]],
					},
				},
				settings: {},
			});
			const url = runtimeLib.webhookUrl(env.stack.n8n.url, saved, 'Huawei Push');
			await runtimeLib.waitForWebhooks([url]);
			const callin = {
				eventType: 'callin',
				statusInfo: {
					sessionId: 'e2e-block-1',
					timestamp: '2026-11-25 10:00:00',
					caller: '+8613900000308',
					called: '+8617010000001',
					notifyMode: 'Block',
				},
			};
			for (let attempt = 0; attempt < 2; attempt++) {
				// Huawei asks again when an answer is lost: a Block push is answered every time.
				const answer = await env.stack.sim.pusher.push(axbApp(env), url, 'call', callin);
				expect(answer.status).toBe(200);
				expect(JSON.parse(answer.body)).toEqual({
					operation: 'connect',
					connectInfo: { displayCalleeNum: '+8617010000001', calleeNum: '+8613900000309' },
				});
			}
		});
	});
};
