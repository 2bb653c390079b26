// Push → Verify and Parse on both action nodes: a push received by n8n's own Webhook node (its
// headers, body and URL as that node puts them out) gives exactly the items the service's trigger
// gives for it; a refused push fails its item naming why; re-pushes are dropped by this process's
// memory and by n8n's de-duplication table (a second process); test runs show every push.
const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { PRODUCT: PN } = require('../../../nodes/HuaweiPrivateNumberTrigger/product');
const { PRODUCT: VC } = require('../../../nodes/HuaweiVoiceCallTrigger/product');
const {
	createNonce,
	formatCreated,
	voiceCallPushDigest,
} = require('../../../nodes/shared/auth/signing');
const { APPS } = require('../../helpers/simulator');
const { runNode } = require('../../helpers/nodeHarness');
const {
	createProcessedStore,
	startTrigger,
	triggerCredentials,
} = require('../../helpers/triggerHarness');
const { callEvent, post, signed } = require('../../helpers/triggerPushes');

const PN_PATH = '../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node';
const VC_PATH = '../../../nodes/HuaweiVoiceCall/HuaweiVoiceCall.node';
const { HuaweiPrivateNumber } = require(PN_PATH);
const { HuaweiVoiceCall } = require(VC_PATH);

const eventsOf = (product) => product.events.map((event) => event.value);

/** Headers as n8n's Webhook node puts them out: names in lower case. */
const lowerCased = (headers) =>
	Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** The Webhook node's item for a push. */
const webhookItem = (body, headers = {}, webhookUrl = 'https://n8n.example/webhook/huawei') => ({
	json: { headers: lowerCased(headers), params: {}, query: {}, body, webhookUrl },
});

/** Runs Push → Verify and Parse of `NodeClass` on Webhook node items. */
function verifyAndParse(NodeClass, app, webhookItems, params = {}, run = {}) {
	const product = NodeClass === HuaweiVoiceCall ? VC : PN;
	return runNode(NodeClass, {
		credentials: triggerCredentials(app),
		items: webhookItems,
		params: { resource: 'push', operation: 'verifyAndParse', events: eventsOf(product), ...params },
		...run,
	});
}
const jsonOf = ({ output }) => output[0].map((item) => item.json);

let trigger;
afterEach(async () => {
	await trigger?.close();
	trigger = undefined;
});

const cdrPush = (n) => ({
	eventType: 'fee',
	feeLst: Array.from({ length: n }, (_, i) => ({
		icid: `icid-${i}`,
		sessionId: `s-${i}`,
		callerNum: '+8613800000001',
		calleeNum: '+8617010000001',
		fwdDstNum: '+8613900000002',
		bindNum: '+8617010000001',
		fwdAnswerTime: '2026-11-25 10:00:05',
		callEndTime: '2026-11-25 10:01:05',
		recordFlag: 0,
	})),
});

describe('Private Number: Push → Verify and Parse', () => {
	test.each([
		['simplified', {}],
		['full', { simple: false }],
	])("gives exactly the trigger's items for the same push (%s)", async (_, params) => {
		const pushes = [
			callEvent('callin', { notifyMode: 'Notify' }),
			callEvent('disconnect', { stateCode: 8102 }),
			cdrPush(3),
		];
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: triggerCredentials(APPS.axb),
			params: { events: eventsOf(PN), ...params },
		});
		for (const body of pushes) await post(trigger.url, body, signed());
		const parsed = [];
		for (const body of pushes)
			parsed.push(
				...jsonOf(
					await verifyAndParse(
						HuaweiPrivateNumber,
						APPS.axb,
						[webhookItem(body, signed())],
						params,
						{ workflowId: `wf-same-${_}` },
					),
				),
			);
		expect(parsed).toEqual(trigger.items());
		expect(parsed).toHaveLength(5);
	});

	test('a 50-CDR push gives 50 items, each paired with the Webhook item', async () => {
		const { output } = await verifyAndParse(HuaweiPrivateNumber, APPS.axb, [
			webhookItem(cdrPush(50), signed()),
		]);
		expect(output[0]).toHaveLength(50);
		expect(output[0].every((item) => item.pairedItem.item === 0)).toBe(true);
		expect(output[0][49].json).toMatchObject({ event: 'Call Record (CDR)', sessionId: 's-49' });
	});

	test("a body given as text (the Webhook node's raw body) is read like the parsed one", async () => {
		const out = jsonOf(
			await verifyAndParse(HuaweiPrivateNumber, APPS.axb, [
				webhookItem(JSON.stringify(callEvent('answer', { sessionId: 'text-1' })), signed()),
			]),
		);
		expect(out).toEqual([expect.objectContaining({ eventType: 'answer', sessionId: 'text-1' })]);
	});

	test('an unsigned push fails its item naming why; with Continue On Fail it is an error item', async () => {
		const unsigned = [webhookItem(callEvent('answer'))];
		await expect(verifyAndParse(HuaweiPrivateNumber, APPS.axb, unsigned)).rejects.toMatchObject({
			message: 'Push signature rejected: missingAuthorization [item 0]',
			description: expect.stringMatching(/carries no signature/),
		});
		const run = await verifyAndParse(
			HuaweiPrivateNumber,
			APPS.axb,
			[
				webhookItem(callEvent('answer', { sessionId: 'ok-1' }), signed()),
				...unsigned,
				webhookItem({ hello: 'world' }, signed()),
			],
			{},
			{ continueOnFail: true },
		);
		expect(jsonOf(run)).toEqual([
			expect.objectContaining({ sessionId: 'ok-1' }),
			{
				error: 'Push signature rejected: missingAuthorization [item 1]',
				details: { hint: expect.any(String) },
			},
			{
				error: expect.stringMatching(/^Not a Huawei push: unknown push .*\[item 2\]$/),
				details: { hint: expect.stringMatching(/sample push from the README/) },
			},
		]);
	});

	test('Headers and Body read from other fields of the item, as the user pointed them', async () => {
		const out = jsonOf(
			await verifyAndParse(
				HuaweiPrivateNumber,
				APPS.axb,
				[
					{
						json: {
							request: { h: lowerCased(signed()) },
							b: callEvent('answer', { sessionId: 'moved-1' }),
						},
					},
				],
				{ headers: '={{ $json.request.h }}', body: '={{ $json.b }}' },
			),
		);
		expect(out).toEqual([expect.objectContaining({ sessionId: 'moved-1' })]);
	});

	test('headers that are not an object fail before anything is read', async () => {
		await expect(
			verifyAndParse(HuaweiPrivateNumber, APPS.axb, [{ json: { headers: 'x', body: {} } }]),
		).rejects.toThrow(
			'"Headers" must be the Webhook node\'s headers (an object), not string [item 0]',
		);
	});

	test("a re-push is dropped by this process, and by n8n's table in another process", async () => {
		const processed = createProcessedStore();
		const body = callEvent('answer', { sessionId: 'again-1' });
		const run = (NodeClass) =>
			verifyAndParse(
				NodeClass,
				APPS.axb,
				[webhookItem(body, signed())],
				{ options: { persistentDedupe: true } },
				{ processed, workflowId: 'wf-again' },
			);
		expect(jsonOf(await run(HuaweiPrivateNumber))).toHaveLength(1);
		expect(jsonOf(await run(HuaweiPrivateNumber))).toEqual([]);
		// another n8n process: its own memory, the same table
		let Other;
		jest.isolateModules(() => {
			({ HuaweiPrivateNumber: Other } = require(PN_PATH));
		});
		expect(jsonOf(await run(Other))).toEqual([]);
		expect([...processed.rows.values()].flat()).toHaveLength(1);
	});

	test('a test run (manual) shows every push and records none', async () => {
		const processed = createProcessedStore();
		const body = callEvent('answer', { sessionId: 'manual-1' });
		for (let i = 0; i < 2; i++)
			expect(
				jsonOf(
					await verifyAndParse(
						HuaweiPrivateNumber,
						APPS.axb,
						[webhookItem(body, signed())],
						{},
						{
							processed,
							mode: 'manual',
							workflowId: 'wf-manual',
						},
					),
				),
			).toHaveLength(1);
		expect([...processed.rows.values()].flat()).toHaveLength(0);
	});
});

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
						HuaweiPrivateNumber,
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
					...jsonOf(
						await verifyAndParse(
							HuaweiPrivateNumber,
							APPS.axb,
							[webhookItem(body, signed())],
							params,
						),
					),
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
			parsed.push(
				...jsonOf(
					await verifyAndParse(HuaweiPrivateNumber, APPS.axb, [webhookItem(body, signed())]),
				),
			);
		expect(jsonOf(await answer(parsed, {}))).toEqual([
			{ operation: 'close' },
			{ actions: [{ operation: 'DiscardMessage' }] },
		]);
	});

	test('an item that is no Block push, or a number that is none, fails naming it; the others are answered', async () => {
		const [call] = jsonOf(
			await verifyAndParse(HuaweiPrivateNumber, APPS.axb, [
				webhookItem(blockCall('block-3'), signed()),
			]),
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
					/^The Call Decision "connectTo" must be a phone number, not "driver" \[item 1\]$/,
				),
			}),
		]);
	});
});

describe('Voice Call: Push → Verify and Parse', () => {
	const url = 'https://n8n.example/webhook/abc/voice';
	const signedOver = (pushUrl) => {
		const nonce = createNonce();
		const created = formatCreated(new Date());
		const digest = voiceCallPushDigest(APPS.voice.appSecret, pushUrl, nonce, created, '\n');
		return {
			Authorization: 'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
			'X-AKSK': `UsernameToken Username="${APPS.voice.appKey}",PasswordDigest="${digest}",Nonce="${nonce}",Created="${created}"`,
		};
	};

	test("a push signed over the Webhook node's URL is read; over another URL it is refused", async () => {
		const body = callEvent('callout', { sessionId: 'vc-1' });
		expect(
			jsonOf(
				await verifyAndParse(HuaweiVoiceCall, APPS.voice, [
					webhookItem(body, signedOver(url), url),
				]),
			),
		).toEqual([expect.objectContaining({ event: 'Call Started', sessionId: 'vc-1' })]);
		await expect(
			verifyAndParse(HuaweiVoiceCall, APPS.voice, [
				webhookItem(body, signedOver('https://elsewhere.example/hook'), url),
			]),
		).rejects.toThrow('Push signature rejected: badDigest [item 0]');
	});
});
