// Block pushes (SMS control, X-mode callin) answered from the node's settings: only checked values
// go into an answer, and bad settings never go live.
const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { APPS } = require('../../helpers/simulator');
const { startTrigger, triggerCredentials } = require('../../helpers/triggerHarness');
const { callEvent, post, signed } = require('../../helpers/triggerPushes');

const PN = APPS.axb;
/** @param {{ appKey: string, appSecret: string }} [app] */
const credentials = (app = PN) => triggerCredentials(app);

let trigger;
afterEach(async () => {
	jest.restoreAllMocks();
	await trigger?.close();
	trigger = undefined;
});

describe('Block answers use only checked values; bad settings never go live', () => {
	const smsBlock = (calling) => ({
		appKey: PN.appKey,
		smsEvent: {
			smsIdentifier: 'sms-1',
			notificationMode: 'Block',
			calling,
			virtualNumber: '+8617020000001',
			event: 'Text SMS',
			timeStamp: '2026-11-25T10:00:00.000Z',
		},
	});

	test.each([
		['a 20 KB value', 'x'.repeat(20_000)],
		['an object', { evil: true }],
		['a script', '<script>alert(1)</script>'],
	])('an SMS control push whose calling is %s is refused, never echoed', async (_name, calling) => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['smsBlock'], smsBlockAction: 'forward', smsForwardTo: '+8613900000008' },
		});
		const res = await post(trigger.url, smsBlock(calling), signed());
		expect(res.status).toBe(400);
		expect(JSON.stringify(res.data)).not.toContain(
			typeof calling === 'string' ? calling.slice(0, 50) : 'evil',
		);
	});

	test('the forward answer repeats only the checked calling number and the configured number', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: {
				events: ['smsBlock'],
				smsBlockAction: 'forward',
				smsForwardTo: '139 0000 0008',
				options: { defaultCountryCode: '86' },
			},
		});
		const res = await post(trigger.url, smsBlock('+8613800000001'), signed());
		expect(res.data).toEqual({
			actions: [
				{
					operation: 'vNumberRoute',
					message: { called: '+8613900000008', calling: '+8613800000001' },
				},
			],
		});
	});

	test.each([
		[
			{ events: ['smsBlock'], smsBlockAction: 'forward', smsForwardTo: '' },
			/"Forward SMS To" is empty/,
		],
		[
			{ events: ['smsBlock'], smsBlockAction: 'forward', smsForwardTo: 'not a number' },
			/"Forward SMS To" may only contain digits/,
		],
		[{ events: ['callin'], callinAction: 'connect', callinConnectTo: '12' }, /"Connect Call To"/],
		[
			{ events: ['callin'], callinAction: 'connect', callinConnectTo: -13900000003 },
			/"Connect Call To" must be a phone number/,
		],
		[
			{ events: ['callin'], callinAction: 'connect', callinConnectTo: 1390000000.3 },
			/"Connect Call To" must be a phone number/,
		],
		[
			{ events: ['smsBlock'], smsBlockAction: 'forward', smsForwardTo: '139\r\n0000 0003' },
			/"Forward SMS To" may only contain digits/,
		],
		[
			{ events: ['callin'], callinAction: 'connect', callinConnectTo: '+-139-0000-0003' },
			/"Connect Call To" may only contain digits/,
		],
		[
			{ events: ['callin'], options: { defaultCountryCode: 'x' } },
			/"Default Country Code" must be 1-3 digits/,
		],
	])('activation is refused for %j', async (params, message) => {
		const node = new HuaweiPrivateNumberTrigger();
		const hook = {
			getNodeParameter: (name, fallback) => params[name] ?? fallback,
			getNode: () => ({ name: 'Trigger', typeVersion: 2, parameters: params }),
		};
		await expect(node.webhookMethods.default.checkExists.call(hook)).rejects.toThrow(message);
	});

	test('a setting that goes wrong on a push answers safely (discard), and the event still runs naming why', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['smsBlock'], smsBlockAction: 'forward', smsForwardTo: 'nonsense' },
		});
		const res = await post(trigger.url, smsBlock('+8613800000001'), signed());
		expect(res.data).toEqual({ actions: [{ operation: 'DiscardMessage' }] });
		expect(trigger.items()).toEqual([
			expect.objectContaining({
				eventType: 'smsBlock',
				blockAnswerProblem: expect.stringMatching(/"Forward SMS To" may only contain digits/),
			}),
		]);
	});

	test('Block events that are not chosen are declined, not decided by hidden settings', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: {
				events: ['fee'],
				smsBlockAction: 'forward',
				smsForwardTo: '+8613900000008',
				callinAction: 'connect',
				callinConnectTo: '+8613900000007',
			},
		});
		expect((await post(trigger.url, smsBlock('+8613800000001'), signed())).data).toEqual({
			actions: [{ operation: 'DiscardMessage' }],
		});
		expect(
			(await post(trigger.url, callEvent('callin', { notifyMode: 'Block' }), signed())).data,
		).toEqual({ operation: 'close' });
		expect(trigger.executions).toHaveLength(0);
	});
});
