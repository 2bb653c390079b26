// The triggers under what the platform and attackers can send (issue 13): every push type keyed so
// that no valid event is dropped and no repeat gets through, replay memory bounded by time under
// changing options, hostile bodies, Block answers built only from checked values, push content that
// cannot overwrite the trigger's fields, and both readings of the Created clock.
const axios = require('axios');
const { execFileSync } = require('node:child_process');

const {
	HuaweiPrivateNumberTrigger,
} = require('../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const {
	HuaweiVoiceCallTrigger,
} = require('../../nodes/HuaweiVoiceCallTrigger/HuaweiVoiceCallTrigger.node');
const { HuaweiVoiceCall } = require('../../nodes/HuaweiVoiceCall/HuaweiVoiceCall.node');
const {
	buildAuthHeaders,
	formatCreated,
	voiceCallPushDigest,
} = require('../../nodes/shared/auth/signing');
const { APPS, startTestSimulator, seedApps, eventually } = require('../helpers/simulator');
const { runNode } = require('../helpers/nodeHarness');
const {
	startTrigger,
	createProcessedStore,
	triggerCredentials,
	ALL_PN_EVENTS: ALL,
} = require('../helpers/triggerHarness');
const { readSeed, extractJsFunction, extractPythonFunction } = require('../helpers/seeds');
const { describeWithVendorFiles } = require('../helpers/vendorFiles');

const PN = APPS.axb;
/** @param {{ appKey: string, appSecret: string }} [app] */
const credentials = (app = PN) => triggerCredentials(app);
const post = (url, body, headers) =>
	axios.post(url, body, {
		headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers },
		validateStatus: () => true,
		transformRequest: [(d) => (typeof d === 'string' ? d : JSON.stringify(d))],
	});
const signed = (extra = {}) =>
	buildAuthHeaders({ appKey: PN.appKey, appSecret: PN.appSecret, ...extra });
const callEvent = (eventType, statusInfo) => ({
	eventType,
	statusInfo: {
		sessionId: 's-1',
		timestamp: '2026-11-25 10:00:00',
		caller: '+8613800000001',
		called: '+8617010000001',
		...statusInfo,
	},
});

let trigger;
afterEach(async () => {
	jest.restoreAllMocks();
	await trigger?.close();
	trigger = undefined;
});

describe('1. Voice Call click-to-call: both legs reach the workflow', () => {
	test('callout, alerting and answer of A and of B, then the disconnect and the CDR', async () => {
		const sim = await startTestSimulator();
		try {
			seedApps(sim, ['voice']);
			trigger = await startTrigger(HuaweiVoiceCallTrigger, {
				credentials: credentials(APPS.voice),
				params: { events: ['callout', 'alerting', 'answer', 'disconnect', 'fee'] },
			});
			const [started] = (
				await runNode(HuaweiVoiceCall, {
					credentials: { ...credentials(APPS.voice), accessAddress: sim.url },
					params: {
						resource: 'clickToCall',
						operation: 'start',
						callerNbr: '13800000001',
						displayNbr: '+8653159511234',
						calleeNbr: '13900000002',
						displayCalleeNbr: '+8675528880001',
						additionalFields: { statusUrl: trigger.url, feeUrl: trigger.url },
					},
				})
			).output[0].map((item) => item.json);
			await eventually(() => trigger.items().some((item) => item.eventType === 'fee'), 10_000);
			const events = trigger.items().filter((item) => item.sessionId === started.sessionId);
			expect(events.map((item) => `${item.eventType}:${item.called ?? ''}`)).toEqual([
				'callout:+8613800000001',
				'alerting:+8613800000001',
				'answer:+8613800000001',
				'callout:+8613900000002',
				'alerting:+8613900000002',
				'answer:+8613900000002',
				'disconnect:+8613900000002',
				'fee:',
			]);
		} finally {
			await sim.close();
		}
	});
});

describe('2. number status: a re-push is recognised, a real change is not', () => {
	test('10 → (re-push 10) → 5 → 10 gives three items', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['numStatus'] },
		});
		const status = (value) => ({
			eventType: 'numStatus',
			numInfo: [
				{ number: '+8617010000001', status: value, ...(value === '10' ? { cause: '2' } : {}) },
			],
		});
		for (const value of ['10', '10', '5', '10'])
			expect((await post(trigger.url, status(value), signed())).status).toBe(200);
		expect(trigger.items().map((item) => item.status)).toEqual(['10', '5', '10']);
	});
});

describe('3. replay memory: time-bounded, under the current options', () => {
	test('a replay is refused after the signature window was widened on the live trigger', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { signatureWindowSeconds: 300 } },
		});
		const start = Date.now();
		const headers = signed({ created: formatCreated(new Date(start)) });
		expect((await post(trigger.url, callEvent('callout'), headers)).status).toBe(200);
		trigger.setParams({ events: ALL, options: { signatureWindowSeconds: 900 } });
		jest.spyOn(Date, 'now').mockReturnValue(start + 601_000);
		const replay = await post(trigger.url, callEvent('callout'), headers);
		expect(replay.status).toBe(401);
		expect(replay.data.reason).toBe('replayedNonce');
		expect(trigger.executions).toHaveLength(1);
	});

	test('a replay is refused after 60,000 newer pushes (no count-based forgetting inside the window)', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['callout'] },
		});
		const first = signed();
		expect((await trigger.pushDirect(callEvent('callout'), first)).status).toBe(200);
		for (let i = 0; i < 60_000; i++)
			await trigger.pushDirect(callEvent('callout', { sessionId: `n-${i}` }), signed());
		const replay = await trigger.pushDirect(callEvent('callout'), first);
		expect(replay).toEqual({ status: 401, body: expect.stringContaining('replayedNonce') });
	}, 120_000);
});

describe('4. hostile bodies', () => {
	test('JSON nested 10,000 levels deep is refused with 400 before it becomes an item', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL },
		});
		const deep = `{"eventType":"callout","statusInfo":{"sessionId":"s","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
		const res = await post(trigger.url, deep, signed());
		expect(res.status).toBe(400);
		expect(res.data.reason).toMatch(/nests deeper than 16 levels/);
		expect(trigger.executions).toHaveLength(0);
	});

	test('without a raw body (n8n not keeping one) the parsed body is used', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL },
		});
		trigger.state.rawBody = false;
		expect((await post(trigger.url, callEvent('callout'), signed())).status).toBe(200);
		expect(trigger.items()).toHaveLength(1);
	});
});

describe('4b. one bad entry never costs a push its other events', () => {
	const cdr = (i, extra = {}) => ({
		sessionId: `s-${i}`,
		icid: `icid-${i}`,
		callerNum: '+8613800000001',
		calleeNum: '+8617010000001',
		callEndTime: '2026-11-25 10:00:00',
		...extra,
	});

	test('a CDR batch with unusable entries runs every CDR; one without a sessionId too', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['fee'] },
		});
		const feeLst = [
			...Array.from({ length: 48 }, (_, i) => cdr(i)),
			null,
			'nonsense',
			cdr(48, { sessionId: '' }),
			cdr(49, { sessionId: '', icid: undefined }),
		];
		const res = await post(trigger.url, { eventType: 'fee', feeLst }, signed());
		expect(res.status).toBe(200);
		expect(trigger.items()).toHaveLength(50);
		// A re-push of the same batch starts nothing new, the CDRs without sessionId included.
		expect((await post(trigger.url, { eventType: 'fee', feeLst }, signed())).status).toBe(200);
		expect(trigger.items()).toHaveLength(50);
	});

	test('more than 50 CDRs in one push all run (the platform said 50; nothing is dropped)', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['fee'], options: { maxBodySizeKb: 1024 } },
		});
		const feeLst = Array.from({ length: 60 }, (_, i) => cdr(i));
		expect((await post(trigger.url, { eventType: 'fee', feeLst }, signed())).status).toBe(200);
		expect(trigger.items()).toHaveLength(60);
	});

	test('number statuses without a number are left out, the others run', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['numStatus'] },
		});
		const numInfo = [{ number: '+8617010000001', status: '5' }, { status: '10' }, 7];
		expect((await post(trigger.url, { eventType: 'numStatus', numInfo }, signed())).status).toBe(
			200,
		);
		expect(trigger.items().map((item) => item.number)).toEqual(['+8617010000001']);
		const none = await post(trigger.url, { eventType: 'numStatus', numInfo: [{}] }, signed());
		expect(none.status).toBe(400);
	});
});

describe('4c. a push replayed to another workflow’s trigger is refused', () => {
	test('the same signed headers work once across every trigger of the credential', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL },
		});
		const other = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL },
		});
		try {
			const headers = signed();
			expect((await post(trigger.url, callEvent('callout'), headers)).status).toBe(200);
			const replay = await post(other.url, callEvent('callout'), headers);
			expect(replay.status).toBe(401);
			expect(replay.data.reason).toBe('replayedNonce');
			expect(other.executions).toHaveLength(0);
		} finally {
			await other.close();
		}
	});
});

describe('5. Block answers use only checked values; bad settings never go live', () => {
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
		[{ events: ['callin'], callinAction: 'connect', callinConnectTo: '12' }, /"Connect Callin To"/],
		[
			{ events: ['callin'], options: { defaultCountryCode: 'x' } },
			/"Default Country Code" must be 1-3 digits/,
		],
	])('activation is refused for %j', async (params, message) => {
		const node = new HuaweiPrivateNumberTrigger();
		const hook = {
			getNodeParameter: (name, fallback) => params[name] ?? fallback,
			getNode: () => ({ name: 'Trigger', typeVersion: 2 }),
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

describe('6. push content never overwrites the trigger’s own fields', () => {
	/** An SMS Notify push with these extension parameters, through a trigger that keeps all fields. */
	async function smsWith(extParas) {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['smsNotify'], simple: false },
		});
		const sms = {
			appKey: PN.appKey,
			smsEvent: {
				smsIdentifier: 'sms-2',
				notificationMode: 'Notify',
				calling: '+8613800000001',
				called: '+8613900000002',
				virtualNumber: '+8617020000001',
				timeStamp: '2026-11-25T10:00:00.000Z',
				extInfo: { extParas },
			},
		};
		// Sent as text: a __proto__ key stays a key of the JSON, as on the wire.
		await post(trigger.url, JSON.stringify(sms), signed());
		return trigger.items()[0];
	}

	test('an SMS extension parameter named eventType stays under extParams', async () => {
		const item = await smsWith([
			{ key: 'eventType', value: 'hijacked' },
			{ key: 'splitNum', value: '1' },
		]);
		expect(item).toMatchObject({
			eventType: 'smsNotify',
			extParams: { eventType: 'hijacked', splitNum: '1' },
		});
	});

	test('an SMS extension parameter named __proto__ stays an ordinary field', async () => {
		const { extParams } = await smsWith([{ key: '__proto__', value: { injected: 'yes' } }]);
		expect(Object.getPrototypeOf(extParams)).toBe(Object.prototype);
		expect(extParams.injected).toBeUndefined();
		expect(JSON.stringify(extParams)).toBe('{"__proto__":{"injected":"yes"}}');
	});

	test('a statusInfo with its own eventType or eventKey does not replace the trigger’s', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['callout'], simple: false },
		});
		await post(
			trigger.url,
			callEvent('callout', { eventType: 'fee', eventKey: 'forged' }),
			signed(),
		);
		expect(trigger.items()[0]).toMatchObject({
			eventType: 'callout',
			eventKey: expect.stringMatching(/^call\|s-1\|callout\|/),
		});
	});
});

describe('7. Created read as UTC or as Beijing time written with a Z', () => {
	/** Headers built by the vendor's own signing code, run as published. */
	function vendorHeaders(language, timezone) {
		if (language === 'node') {
			const code = `${extractJsFunction(readSeed('000_'), 'buildAKSKHeader')}\nprocess.stdout.write(buildAKSKHeader(${JSON.stringify(PN.appKey)}, ${JSON.stringify(PN.appSecret)}));`;
			return execFileSync(process.execPath, ['-e', code], {
				encoding: 'utf8',
				env: { ...process.env, TZ: timezone },
			});
		}
		const code = `import time, uuid, hashlib, base64\n${extractPythonFunction(readSeed('002_'), 'buildWSSEHeader')}\nprint(buildWSSEHeader(${JSON.stringify(PN.appKey)}, ${JSON.stringify(PN.appSecret)}), end='')`;
		return execFileSync('python3', ['-c', code], {
			encoding: 'utf8',
			env: { ...process.env, TZ: timezone },
		});
	}

	describeWithVendorFiles(
		"with the vendors' signing code",
		() =>
			test.each([
				['Node.js demo (X-AKSK, UTC)', 'node', 'Asia/Shanghai', 'X-AKSK', 'UTC'],
				['Python demo on a UTC server (X-WSSE)', 'python', 'UTC', 'X-WSSE', 'UTC'],
				[
					'Python demo on a Beijing server (X-WSSE, local time + Z)',
					'python',
					'Asia/Shanghai',
					'X-WSSE',
					'Beijing time (UTC+8)',
				],
			])(
				'%s is accepted and the reading is recorded',
				async (_name, language, timezone, scheme, clock) => {
					trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
						credentials: credentials(),
						params: { events: ['callout'], simple: false },
					});
					const token = vendorHeaders(language, timezone);
					const word = scheme === 'X-AKSK' ? 'AKSK' : 'WSSE';
					const res = await post(trigger.url, callEvent('callout'), {
						Authorization: `${word} realm="SDP",profile="UsernameToken",type="Appkey"`,
						[scheme]: token,
					});
					expect(res.status).toBe(200);
					expect(trigger.items()[0].signature).toEqual({ scheme, createdClock: clock });
				},
			),
		['seeds'],
	);

	test('a Beijing-time signature cannot be replayed 8 hours later as a UTC one', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['callout'] },
		});
		const start = Date.now();
		const headers = signed({ created: formatCreated(new Date(start + 8 * 3600_000)) });
		expect((await post(trigger.url, callEvent('callout'), headers)).status).toBe(200);
		jest.spyOn(Date, 'now').mockReturnValue(start + 8 * 3600_000);
		expect((await post(trigger.url, callEvent('callout'), headers)).data.reason).toBe(
			'replayedNonce',
		);
	});

	test('a Voice Call push signed in Beijing time verifies too', async () => {
		trigger = await startTrigger(HuaweiVoiceCallTrigger, {
			credentials: credentials(APPS.voice),
			params: { events: ['callout'] },
		});
		const created = formatCreated(new Date(Date.now() + 8 * 3600_000));
		const digest = voiceCallPushDigest(APPS.voice.appSecret, trigger.url, 'N1234', created, '\n');
		const res = await post(trigger.url, callEvent('callout'), {
			Authorization: 'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
			'X-AKSK': `UsernameToken Username="${APPS.voice.appKey}",PasswordDigest="${digest}",Nonce="N1234",Created="${created}"`,
		});
		expect(res.status).toBe(200);
	});
});

describe('de-duplication across processes and restarts (n8n’s table, in execute())', () => {
	test('a push to one webhook process and its re-push to another start the workflow once', async () => {
		const database = createProcessedStore();
		const workflowId = 'wf-shared';
		const one = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: database,
			workflowId,
		});
		const two = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: database,
			workflowId,
		});
		try {
			const cdr = {
				eventType: 'fee',
				feeLst: [{ sessionId: 's-9', icid: 'icid-9', callEndTime: '2026-11-25 10:00:00' }],
			};
			expect((await post(one.url, cdr, signed())).status).toBe(200);
			expect((await post(two.url, cdr, signed())).status).toBe(200);
			expect(one.items().length + two.items().length).toBe(1);
		} finally {
			await one.close();
			await two.close();
		}
	});

	test('by default the table is used: a re-push after a restart (a new process) starts nothing', async () => {
		const database = createProcessedStore();
		const start = () =>
			startTrigger(HuaweiPrivateNumberTrigger, {
				credentials: credentials(),
				params: { events: ALL },
				processed: database,
				workflowId: 'wf-restarted',
			});
		const before = await start();
		await post(before.url, callEvent('callout'), signed());
		expect(before.items()).toHaveLength(1);
		await before.close();
		trigger = await start();
		await post(trigger.url, callEvent('callout'), signed());
		expect(trigger.items()).toHaveLength(0);
	});

	test('with "Remember Events Across Restarts" off the table is not used', async () => {
		const database = createProcessedStore();
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: false } },
			processed: database,
		});
		await post(trigger.url, callEvent('callout'), signed());
		expect(trigger.items()).toHaveLength(1);
		expect([...database.rows.values()].flat()).toHaveLength(0);
	});

	test('"Remembered Events Across Restarts (Entries)" bounds the table', async () => {
		const database = createProcessedStore();
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['fee'], options: { persistentDedupeSize: 1000 } },
			processed: database,
		});
		for (let push = 0; push < 25; push++) {
			const feeLst = Array.from({ length: 50 }, (_, i) => ({ icid: `icid-${push}-${i}` }));
			await post(trigger.url, { eventType: 'fee', feeLst }, signed());
		}
		expect(trigger.items()).toHaveLength(1250);
		expect([...database.rows.values()].flat()).toHaveLength(1000);
	});

	test('manual test runs neither drop nor record events: the same sample push shows each time', async () => {
		const database = createProcessedStore();
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: database,
			mode: 'manual',
		});
		await post(trigger.url, callEvent('callout'), signed());
		await post(trigger.url, callEvent('callout'), signed());
		expect(trigger.items()).toHaveLength(2);
		expect([...database.rows.values()].flat()).toHaveLength(0);
	});

	/** Two webhook processes of one workflow sharing n8n's table. */
	async function twoProcesses(params, processed = createProcessedStore()) {
		const start = () =>
			startTrigger(HuaweiPrivateNumberTrigger, {
				credentials: credentials(),
				params: { ...params, options: { persistentDedupe: true } },
				processed,
				workflowId: 'wf-shared',
			});
		return [await start(), await start()];
	}
	const status = (...entries) => ({
		eventType: 'numStatus',
		numInfo: entries.map(([value, cause]) => ({
			number: '+8617010000009',
			status: value,
			...(cause ? { cause } : {}),
		})),
	});

	test.each([
		['a published cause', '2'],
		['a cause outside the catalogue', '20'],
	])(
		'a number going 10 → 5 → 10 (%s) across two processes gives three items',
		async (_name, cause) => {
			const [one, two] = await twoProcesses({ events: ['numStatus'] });
			try {
				await post(one.url, status(['10', cause]), signed());
				await post(two.url, status(['5']), signed());
				await post(one.url, status(['10', cause]), signed());
				await post(two.url, status(['10', cause]), signed()); // a re-push: nothing new
				const all = [...one.items(), ...two.items()].map((item) => item.status);
				expect(all.sort()).toEqual(['10', '10', '5']);
			} finally {
				await one.close();
				await two.close();
			}
		},
	);

	test('a push with two states of one number leaves the last one recorded', async () => {
		const [one, two] = await twoProcesses({ events: ['numStatus'] });
		try {
			await post(one.url, status(['10', '2'], ['5']), signed());
			expect(one.items().map((item) => item.status)).toEqual(['10', '5']);
			await post(two.url, status(['5']), signed());
			expect(two.items()).toHaveLength(0);
			await post(two.url, status(['10', '2']), signed());
			expect(two.items().map((item) => item.status)).toEqual(['10']);
		} finally {
			await one.close();
			await two.close();
		}
	});

	test('when n8n’s table fails, the events still run (a repeat is better than a loss)', async () => {
		const failing = {
			rows: new Map(),
			helpers: () => ({
				checkProcessedAndRecord: async () => {
					throw new Error('duplicate key value violates unique constraint');
				},
				removeProcessed: async () => {},
			}),
		};
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: failing,
		});
		await post(trigger.url, callEvent('callout'), signed());
		expect(trigger.items()).toHaveLength(1);
	});
});
