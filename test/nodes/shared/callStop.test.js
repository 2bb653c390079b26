// Call → Stop, the one operation both nodes share: a running call stops, a call that already ended
// gives Huawei's 1020152 with a hint, and a stop whose answer was lost is done when the retry finds
// no such call.
const {
	APPS,
	jsonOf,
	privateNumber,
	useSimulator,
	voiceCall,
} = require('../../helpers/actionNodes');
const { eventually } = require('../../helpers/simulator');
const { startPushReceiver } = require('../../helpers/pushReceiver');

const env = useSimulator(['axb', 'voice'], () => ({
	axb: { callbacks: { status: `${env.receiver.base}/status` } },
}));
beforeAll(async () => {
	env.receiver = await startPushReceiver({ apps: Object.values(APPS) });
});
afterEach(() =>
	eventually(
		() =>
			env.sim.pusher.busy === 0 &&
			[...env.sim.state.sessions.values()].every((s) => s.status !== 'active'),
	),
);
afterAll(() => env.receiver.close());

describe('Call → Stop', () => {
	const axbNode = (resource, operation, params) =>
		jsonOf(privateNumber(env)(resource, operation, params));

	test('Stop a running call by session ID; a finished call gives 1020152 with a hint', async () => {
		await axbNode('axbBinding', 'create', {
			callerNum: '13800000001',
			calleeNum: '13900000002',
			numberSource: 'number',
			relationNum: '+8617010000001',
		});
		const { sessionId } = await env.admin.call({
			caller: '+8613800000001',
			called: '+8617010000001',
			holdMs: 5000,
			wait: false,
		});
		await eventually(() => env.receiver.received.some((p) => p.body.eventType === 'answer'));
		expect((await axbNode('call', 'stop', { sessionId }))[0]).toEqual({ sessionId, stopped: true });
		await expect(axbNode('call', 'stop', { sessionId })).rejects.toMatchObject({
			message: 'Huawei error 1020152: Invalid sessionId.',
			description: expect.stringMatching(/ended already/),
		});
	});

	test('a Stop whose answer was lost: the retry finds no call, and that is success', async () => {
		await env.admin.behaviour({ number: '+8613500000009', holdMs: 3000 });
		const vc = (params) => voiceCall(env)(params.resource, params.operation, params);
		const [sent] = (
			await vc({
				resource: 'verificationCode',
				operation: 'send',
				displayNbr: '+8653159511234',
				calleeNbr: '13500000009',
				verifyCode: '12',
				preTone: 'a.wav',
			})
		).output[0];
		await new Promise((resolve) => setTimeout(resolve, 50));
		await env.admin.faults({ nextDrops: 1, match: 'callStop' });
		const [stopped] = (
			await vc({ resource: 'call', operation: 'stop', sessionId: sent.json.sessionId })
		).output[0];
		expect(stopped.json).toMatchObject({
			stopped: true,
			note: expect.stringMatching(/retry found no such call/),
		});
	});
});
