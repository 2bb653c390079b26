// Push → Answer Block Push: a Block push received by n8n's Webhook node and read by Verify and Parse
// gets Huawei's answer (connect or end the call, forward or discard the SMS) as the item a Respond to
// Webhook node sends; the decision is checked as the trigger checks a workflow's answer.
const {
	HuaweiPrivateNumber,
} = require('../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { PRODUCT } = require('../../../nodes/HuaweiPrivateNumberTrigger/product');
const { APPS } = require('../../helpers/simulator');
const { runNode } = require('../../helpers/nodeHarness');
const { triggerCredentials } = require('../../helpers/triggerHarness');
const { callEvent, signed, webhookItem } = require('../../helpers/triggerPushes');

/** Push → Verify and Parse on Webhook node items. */
const verifyAndParse = (app, items, params = {}, run = {}) =>
	runNode(HuaweiPrivateNumber, {
		credentials: triggerCredentials(app),
		items,
		params: {
			resource: 'push',
			operation: 'verifyAndParse',
			events: PRODUCT.events.map((event) => event.value),
			...params,
		},
		...run,
	});
const jsonOf = ({ output }) => output[0].map((item) => item.json);

describe('Private Number: Block pushes through Webhook → Verify and Parse → Answer Block Push', () => {
	const blockCall = (sessionId) => callEvent('callin', { sessionId, notifyMode: 'Block' });
	const blockSms = {
		appKey: APPS.axb.appKey,
		smsEvent: {
			smsIdentifier: 'sms-1',
			notificationMode: 'Block',
			calling: '+8613800000001',
			called: '+8613900000002',
			virtualNumber: '+8617010000001',
			timeStamp: '2026-11-25T10:00:00Z',
			smsContent: 'hello',
		},
	};
	/** Answer Block Push on the items Verify and Parse put out. */
	const answer = (items, params, run = {}) =>
		runNode(HuaweiPrivateNumber, {
			credentials: triggerCredentials(APPS.axb),
			items: items.map((json) => ({ json })),
			params: { resource: 'push', operation: 'answerBlockPush', ...params },
			...run,
		});

	test('a re-pushed Block push is not dropped: it waits for an answer every time', async () => {
		for (let i = 0; i < 2; i++)
			expect(
				jsonOf(
					await verifyAndParse(
						APPS.axb,
						[webhookItem(blockCall('block-again'), signed())],
						{},
						{ workflowId: 'wf-block-again' },
					),
				),
			).toEqual([expect.objectContaining({ eventType: 'callin', notifyMode: 'Block' })]);
	});

	test.each([
		['simplified', {}],
		['full', { simple: false }],
	])(
		"connects the call and forwards the SMS in Huawei's shape, numbers completed (%s)",
		async (_, params) => {
			const parsed = [];
			for (const body of [blockCall('block-1'), blockSms])
				parsed.push(
					...jsonOf(await verifyAndParse(APPS.axb, [webhookItem(body, signed())], params)),
				);
			const out = jsonOf(
				await answer(parsed, {
					callinAction: 'connect',
					callinConnectTo: '13900000003',
					smsBlockAction: 'forward',
					smsForwardTo: '+86 139 0000 0004',
				}),
			);
			expect(out).toEqual([
				{
					operation: 'connect',
					connectInfo: { displayCalleeNum: '+8617010000001', calleeNum: '+8613900000003' },
				},
				{
					actions: [
						{
							operation: 'vNumberRoute',
							message: { called: '+8613900000004', calling: '+8613800000001' },
						},
					],
				},
			]);
		},
	);

	test('by default the call is ended and the SMS discarded', async () => {
		const parsed = [];
		for (const body of [blockCall('block-2'), blockSms])
			parsed.push(...jsonOf(await verifyAndParse(APPS.axb, [webhookItem(body, signed())])));
		expect(jsonOf(await answer(parsed, {}))).toEqual([
			{ operation: 'close' },
			{ actions: [{ operation: 'DiscardMessage' }] },
		]);
	});

	test('an item that is no Block push, or a number that is none, fails naming it; the others are answered', async () => {
		const [call] = jsonOf(
			await verifyAndParse(APPS.axb, [webhookItem(blockCall('block-3'), signed())]),
		);
		const notify = { ...call, notifyMode: 'Notify' };
		await expect(answer([call, notify], {})).rejects.toMatchObject({
			message: expect.stringMatching(/^The input item is not a Block push .*\[item 1\]$/),
		});
		const run = await answer(
			[notify, call],
			{ callinAction: 'connect', callinConnectTo: 'driver' },
			{ continueOnFail: true },
		);
		expect(jsonOf(run)).toEqual([
			expect.objectContaining({ error: expect.stringMatching(/not a Block push.*\[item 0\]/) }),
			expect.objectContaining({
				error: expect.stringMatching(
					/^The Call Decision "connectTo" may only contain digits.* \[item 1\]$/,
				),
			}),
		]);
	});

	test('an input item whose numbers are not phone numbers is refused: nothing of it reaches the answer', async () => {
		const [call] = jsonOf(
			await verifyAndParse(APPS.axb, [webhookItem(blockCall('block-4'), signed())]),
		);
		const [sms] = jsonOf(await verifyAndParse(APPS.axb, [webhookItem(blockSms, signed())]));
		const items = [
			{ ...call, xNumber: 'evil"} text' },
			{ ...call, xNumber: { n: 1 } },
			{ ...call, xNumber: undefined },
			{ ...sms, callerNumber: '1'.repeat(300) },
			{ ...call, notifyMode: ['block'] },
			call,
		];
		const run = await answer(
			items,
			{ callinAction: 'connect', callinConnectTo: '13900000111', smsBlockAction: 'discard' },
			{ continueOnFail: true },
		);
		expect(jsonOf(run)).toEqual([
			expect.objectContaining({
				error: expect.stringMatching(
					/^The input item's xNumber is not a phone number.*\[item 0\]$/,
				),
			}),
			expect.objectContaining({
				error: expect.stringMatching(/xNumber is not a phone number.*\[item 1\]$/),
			}),
			expect.objectContaining({
				error: expect.stringMatching(/xNumber is not a phone number.*\[item 2\]$/),
			}),
			expect.objectContaining({
				error: expect.stringMatching(/callerNumber is not a phone number.*\[item 3\]$/),
			}),
			expect.objectContaining({ error: expect.stringMatching(/not a Block push.*\[item 4\]$/) }),
			{
				operation: 'connect',
				connectInfo: { displayCalleeNum: call.xNumber, calleeNum: '+8613900000111' },
			},
		]);
	});
});
