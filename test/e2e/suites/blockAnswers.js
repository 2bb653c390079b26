// Block pushes answered by the workflow: its decision, or the node's fallback when it fails, is late or is invalid.

/** @param {{ stack: any }} env the running stack (set before the tests run) */
module.exports = (env) => {
	describe('Block pushes answered by the workflow', () => {
		const xApp = () => env.stack.sim.state.apps.get(env.stack.apps.x.appKey);
		const callX = async (caller, statusUrl = env.stack.urls.xRoute) => {
			xApp().callbacks.status = statusUrl;
			const started = Date.now();
			const result = await env.stack.sim.traffic.placePrivateCall(xApp(), {
				caller,
				called: '+8617050000001',
				talkSeconds: 5,
			}).done;
			return { result, ms: Date.now() - started };
		};

		test("example: an X-mode call is routed to the courier of the caller's order", async () => {
			const { result } = await callX('+8613800000001');
			expect(result.cdr.fwdDstNum).toBe('+8613900000002');
			expect(result.cdr.userData).toBe('courier-route');
			const unknown = await callX('+8613700000009');
			expect(unknown.result.cdr.fwdDstNum).toBeUndefined();
		});

		test('example: an SMS to X is forwarded to the courier, advertising is discarded', async () => {
			expect(
				await env.stack.sim.traffic.sendSms(xApp(), {
					from: '+8613800000003',
					to: '+8617050000001',
					content: 'Please ring the bell',
				}),
			).toEqual({ forwarded: true, to: '+8613900000004' });
			expect(
				await env.stack.sim.traffic.sendSms(xApp(), {
					from: '+8613800000003',
					to: '+8617050000001',
					content: 'Big promotion today',
				}),
			).toMatchObject({ forwarded: false, decision: 'DiscardMessage' });
		});

		test("a failing workflow: the node's fallback decision answers", async () => {
			expect((await callX('+8613800000001', env.stack.urls.xFailing)).result.cdr.fwdDstNum).toBe(
				'+8613900000777',
			);
		});

		test('a workflow slower than "Answer Within": the fallback is sent in time', async () => {
			const { result, ms } = await callX('+8613800000001', env.stack.urls.xSlow);
			expect(result.cdr.fwdDstNum).toBe('+8613900000888');
			expect(ms).toBeLessThan(4500);
		});

		test('an invalid answer from the workflow is never passed on: the fallback (end the call) is', async () => {
			expect(
				(await callX('+8613800000001', env.stack.urls.xInvalid)).result.cdr.fwdDstNum,
			).toBeUndefined();
		});
	});
};
