// The triggers in n8n: calls placed on the simulator reach the workflows once each, in order.
const { request } = require('../../../scripts/runtime/http');
const { eventually } = require('../../helpers/simulator');
const { buildAuthHeaders } = require('../../../nodes/shared/auth/signing');
const { axbApp, executionText, finishedExecutions, sinkItems } = require('../harness/calls');

/** @param {{ stack: any }} env the running stack (set before the tests run) */
module.exports = (env) => {
	describe('trigger workflows', () => {
		beforeEach(() => {
			env.stack.sink.received.length = 0;
		});

		test('a recorded call: the sink gets each event and the CDR once, in order, with derived fields', async () => {
			const app = axbApp(env);
			const binding = env.stack.sim.state.addBinding(app, 'AXB', {
				relationNum: '+8617010000002',
				callerNum: '+8613800000101',
				calleeNum: '+8613900000102',
				recordFlag: 'true',
				userData: 'order-77',
			});
			const { sessionId, done } = env.stack.sim.traffic.placePrivateCall(app, {
				caller: '+8613800000101',
				called: '+8617010000002',
				ringSeconds: 5,
				talkSeconds: 61,
			});
			await done;
			await eventually(() => sinkItems(env, '/pn').length >= 6, 20_000);
			const items = sinkItems(env, '/pn');
			expect(items.map((i) => i.eventType)).toEqual([
				'callin',
				'callout',
				'alerting',
				'answer',
				'disconnect',
				'fee',
			]);
			expect(items.every((i) => i.sessionId === sessionId)).toBe(true);
			expect(items[0]).toMatchObject({
				subscriptionId: binding.subscriptionId,
				userData: 'order-77',
				callerNumber: '+8613800000101',
			});
			expect(items[5]).toMatchObject({
				connected: true,
				ringSeconds: 5,
				talkSeconds: 61,
				hasRecording: true,
				serviceTypeMeaning: 'AXB or X',
			});
		});

		test('a 50-CDR push: 50 items in order', async () => {
			const app = axbApp(env);
			const cdrs = [];
			env.stack.sim.traffic.eventGapMs = 0; // only the merged CDR push matters here
			for (let i = 0; i < 50; i++) {
				const caller = `+86138001${String(i).padStart(5, '0')}`;
				env.stack.sim.state.addBinding(app, 'AXB', {
					relationNum: '+8617010000003',
					callerNum: caller,
					calleeNum: `+86139001${String(i).padStart(5, '0')}`,
				});
				cdrs.push(
					(
						await env.stack.sim.traffic.placePrivateCall(app, {
							caller,
							called: '+8617010000003',
							deferFee: true,
						}).done
					).cdr,
				);
			}
			env.stack.sim.traffic.eventGapMs = 250;
			await eventually(() => sinkItems(env, '/pn').length >= 250, 60_000); // the calls' own events reach the sink first
			env.stack.sink.received.length = 0;
			await env.stack.sim.traffic.pushFees(app, cdrs);
			const fees = () => sinkItems(env, '/pn').filter((i) => i.eventType === 'fee');
			await eventually(() => fees().length >= 50, 30_000);
			expect(fees().map((i) => i.sessionId)).toEqual(cdrs.map((c) => c.sessionId));
			expect(sinkItems(env, '/pn')).toHaveLength(50);
		}, 180_000);

		test('a re-pushed CDR is answered but starts nothing; a push with a bad signature is refused', async () => {
			const app = axbApp(env);
			const { cdr } = await env.stack.sim.traffic.placePrivateCall(app, {
				caller: '+8613700000001',
				called: '+8617010000001',
			}).done;
			await eventually(() => sinkItems(env, '/pn').some((i) => i.eventType === 'fee'), 20_000);
			const before = sinkItems(env, '/pn').length;
			const repeat = await env.stack.sim.pusher.push(app, env.stack.urls.pnSink, 'fee', {
				eventType: 'fee',
				feeLst: [cdr],
			});
			expect(repeat.status).toBe(200);
			const forged = await request('POST', env.stack.urls.pnSink, {
				headers: buildAuthHeaders({ appKey: app.appKey, appSecret: 'guessed' }),
				body: { eventType: 'fee', feeLst: [{ ...cdr, icid: 'forged' }] },
			});
			expect(forged.status).toBe(401);
			await new Promise((resolve) => setTimeout(resolve, 1500));
			expect(sinkItems(env, '/pn')).toHaveLength(before);
		});

		test("an SMS control push gets the trigger's forward decision and the SMS is forwarded", async () => {
			const ax = env.stack.sim.state.apps.get(env.stack.apps.ax.appKey);
			env.stack.sim.state.addBinding(ax, 'AX', {
				origNum: '+8613800000401',
				privateNum: '+8617020000001',
			});
			const outcome = await env.stack.sim.traffic.sendSms(ax, {
				from: '+8613800000401',
				to: '+8617020000001',
				content: 'no target suffix',
			});
			expect(outcome).toEqual({ forwarded: true, to: '+8613900000555' });
		});

		test('examples: the CDR summary downloads the recording; the alert decodes a failed call', async () => {
			const app = axbApp(env);
			env.stack.sim.state.addBinding(app, 'AXB', {
				relationNum: '+8617011000001',
				callerNum: '+8613800000301',
				calleeNum: '+8613900000302',
				recordFlag: 'true',
				userData: 'order-88',
			});
			const recorded = await env.stack.sim.traffic.placePrivateCall(app, {
				caller: '+8613800000301',
				called: '+8617011000001',
				talkSeconds: 33,
				deferFee: true,
			}).done;
			const busy = await env.stack.sim.traffic.placePrivateCall(app, {
				caller: '+8613900000302',
				called: '+8617011000001',
				outcome: 'busy',
				deferFee: true,
			}).done;
			expect(
				(
					await env.stack.sim.pusher.push(app, env.stack.urls.cdrSummary, 'fee', {
						eventType: 'fee',
						feeLst: [recorded.cdr],
					})
				).status,
			).toBe(200);
			const disconnect = env.stack.sim.state.pushLog.find(
				(p) => p.body.eventType === 'disconnect' && p.body.statusInfo.sessionId === busy.sessionId,
			).body;
			expect(
				(await env.stack.sim.pusher.push(app, env.stack.urls.failedCalls, 'call', disconnect))
					.status,
			).toBe(200);
			const [summary] = await finishedExecutions(
				env,
				env.stack.examples['cdr-recording-summary.json'].id,
			);
			const [alert] = await finishedExecutions(
				env,
				env.stack.examples['alert-failed-calls.json'].id,
			);
			expect(summary.status).toBe('success');
			expect(alert.status).toBe('success');
			expect(await executionText(env, summary.id)).toContain(recorded.cdr.recordObjectName);
			expect(await executionText(env, alert.id)).toContain('failed: Callee busy (code 8102)');
		});
	});
};
