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
const { callEvent, lowerCased, post, signed, webhookItem } = require('../../helpers/triggerPushes');

const PN_PATH = '../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node';
const VC_PATH = '../../../nodes/HuaweiVoiceCall/HuaweiVoiceCall.node';
const { HuaweiPrivateNumber } = require(PN_PATH);
const { HuaweiVoiceCall } = require(VC_PATH);

const eventsOf = (product) => product.events.map((event) => event.value);

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
