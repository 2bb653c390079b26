const vm = require('node:vm');
const axios = require('axios');

const { HuaweiVoiceCall } = require('../../nodes/HuaweiVoiceCall/HuaweiVoiceCall.node');
const {
	HuaweiVoiceCallTrigger,
} = require('../../nodes/HuaweiVoiceCallTrigger/HuaweiVoiceCallTrigger.node');
const {
	buildAuthHeaders,
	voiceCallPushDigest,
	createNonce,
	formatCreated,
} = require('../../nodes/shared/auth/signing');
const {
	APPS,
	startTestSimulator,
	seedApps,
	adminFor,
	eventually,
} = require('../helpers/simulator');
const { runNode } = require('../helpers/nodeHarness');
const { startTrigger } = require('../helpers/triggerHarness');
const { readSeed } = require('../helpers/seeds');
const { missingVendorFiles } = require('../helpers/vendorFiles');

let sim;
let admin;
let trigger;
const credentials = () => ({
	appKey: APPS.voice.appKey,
	appSecret: APPS.voice.appSecret,
	accessAddress: sim.url,
	authScheme: 'aksk',
});
const voice = (resource, operation, params, extra = {}) =>
	runNode(HuaweiVoiceCall, {
		credentials: credentials(),
		params: { resource, operation, ...params },
		...extra,
	}).then((r) => r.output[0].map((i) => i.json));

beforeAll(async () => {
	sim = await startTestSimulator();
	admin = adminFor(sim);
});
beforeEach(async () => {
	trigger = await startTrigger(HuaweiVoiceCallTrigger, {
		credentials: credentials(),
		params: {
			events: ['callout', 'alerting', 'answer', 'collectInfo', 'disconnect', 'fee'],
			simple: false,
		},
	});
	sim.state.reset();
	seedApps(sim, ['voice']);
});
afterEach(async () => {
	await eventually(() => sim.pusher.busy === 0, 10000);
	await trigger.close();
});
afterAll(() => sim.close());

const forSession = (sessionId) => trigger.items().filter((i) => i.sessionId === sessionId);
const waitForFee = (sessionId) =>
	eventually(() => forSession(sessionId).find((i) => i.eventType === 'fee'));

test('Verification Code → the trigger sees the call (signed over its URL) and its CDR', async () => {
	const [sent] = await voice('verificationCode', 'send', {
		displayNbr: '0531 5951 1234',
		calleeNbr: '135 0000 0001',
		verifyCode: '1234',
		preTone: 'test.wav',
		additionalFields: {
			times: 2,
			statusUrl: trigger.url,
			feeUrl: trigger.url,
			userData: 'login-42',
		},
	});
	expect(sent).toMatchObject({
		sessionId: expect.any(String),
		calleeNbr: '+8613500000001',
		displayNbr: '+8653159511234',
	});
	const sessionRequest = sim.state.sessions.get(sent.sessionId).request;
	expect(sessionRequest).toMatchObject({
		languageType: 2,
		times: 2,
		statusUrl: Buffer.from(trigger.url).toString('base64'),
		userData: 'login-42',
	});
	const cdr = await waitForFee(sent.sessionId);
	expect(forSession(sent.sessionId).map((i) => i.eventType)).toEqual([
		'callout',
		'alerting',
		'answer',
		'disconnect',
		'fee',
	]);
	expect(cdr).toMatchObject({
		serviceTypeMeaning: 'Voice playback (notification or verification code)',
		connected: true,
		userData: 'login-42',
	});
	expect(
		trigger.answers.every(
			(a) => a.status === 200 && a.body === '{"resultcode":"0","resultdesc":"Success"}',
		),
	).toBe(true);
});

test.each([
	['a 9-digit code', { verifyCode: '123456789' }, /"Verification Code" must be 2 to 8 digits/],
	['letters in the code', { verifyCode: '12ab' }, /"Verification Code" must be 2 to 8 digits/],
	['play times 10', { additionalFields: { times: 10 } }, /"Play Times" must be between 0 and 9/],
	[
		'a status URL that is not http(s)',
		{ additionalFields: { statusUrl: 'ftp://x.example.com/' } },
		/"Status Push URL" must start with https:\/\/ or http:\/\//,
	],
	[
		'a push URL with a fragment',
		{ additionalFields: { statusUrl: 'https://n8n.example.com/webhook/x#frag' } },
		/"Status Push URL" must not contain a fragment/,
	],
	[
		'a push URL with a password',
		{ additionalFields: { feeUrl: 'https://user:pw@n8n.example.com/webhook/x' } },
		/"CDR Push URL" must not contain a user name or password/,
	],
	[
		'a push URL with quotes',
		{ additionalFields: { statusUrl: 'https://n8n.example.com/"x"' } },
		/only contain URL characters/,
	],
	[
		'a push URL with braces',
		{ additionalFields: { statusUrl: 'https://n8n.example.com/{x}' } },
		/only contain URL characters/,
	],
	[
		'a push URL with Chinese letters',
		{ additionalFields: { statusUrl: 'https://n8n.example.com/回调' } },
		/only contain URL characters/,
	],
	[
		'a push URL over 128 characters once encoded',
		{ additionalFields: { statusUrl: `https://n8n.example.com/${'a'.repeat(80)}` } },
		/is 140 characters once Base64-encoded; Huawei accepts at most 128/,
	],
	[
		'braces in user data',
		{ additionalFields: { userData: 'a{b}' } },
		/"User Data" must not contain \{ or \}/,
	],
	[
		'user data of an object',
		{ additionalFields: { userData: { order: 42 } } },
		/"User Data" must be text, not an object/,
	],
	['no announcement file', { preTone: '' }, /"Announcement Before Code" is required/],
])('Verification Code rejects %s before sending', async (_name, patch, message) => {
	await expect(
		voice('verificationCode', 'send', {
			displayNbr: '+8653159511234',
			calleeNbr: '13500000001',
			verifyCode: '1234',
			preTone: 'a.wav',
			...patch,
		}),
	).rejects.toThrow(message);
	expect(sim.state.requestLog).toHaveLength(0);
});

test('an unknown display number comes back as 1010023 with the catalogue hint', async () => {
	await expect(
		voice('verificationCode', 'send', {
			displayNbr: '+861088880000',
			calleeNbr: '13500000001',
			verifyCode: '1234',
			preTone: 'a.wav',
		}),
	).rejects.toMatchObject({ description: expect.stringMatching(/Number Management/) });
});

test('Notification with a template and digit collection; the collected digits arrive', async () => {
	await admin.behaviour({ number: '+8613500000002', digits: '1' });
	const [sent] = await voice('notification', 'send', {
		displayNbr: '+8653159511234',
		calleeNbr: '13500000002',
		segments: {
			segment: [
				{ content: 'notifyVoice', notifyVoice: 'intro.wav' },
				{
					content: 'templateId',
					templateId: 'tpl01',
					templateParas: ['3', 'gate 1'],
					collectInd: 1,
					replayAfterCollection: true,
					collectContentTriggerReplaying: '9',
				},
			],
		},
		additionalFields: { statusUrl: trigger.url, feeUrl: trigger.url },
	});
	expect(sim.state.sessions.get(sent.sessionId).request.playInfoList).toEqual([
		{ notifyVoice: 'intro.wav', collectInd: 0 },
		{
			templateId: 'tpl01',
			templateParas: ['3', 'gate 1'],
			collectInd: 1,
			replayAfterCollection: 'true',
			collectContentTriggerReplaying: '9',
		},
	]);
	const cdr = await waitForFee(sent.sessionId);
	expect(forSession(sent.sessionId).find((i) => i.eventType === 'collectInfo').digitInfo).toBe('1');
	expect(cdr.dynIVRPath).toBe('1');
});

test('Notification segment rules', async () => {
	const send = (segments) =>
		voice('notification', 'send', {
			displayNbr: '+8653159511234',
			calleeNbr: '13500000002',
			segments: { segment: segments },
		});
	await expect(send([])).rejects.toThrow(/"Segments" must have 1 to 5 entries, not 0/);
	await expect(
		send(Array(6).fill({ content: 'notifyVoice', notifyVoice: 'a.wav' })),
	).rejects.toThrow(/not 6/);
	await expect(
		send([{ content: 'templateId', templateId: 't1', templateParas: ['ok', '号'.repeat(11)] }]),
	).rejects.toThrow(/"Segment 1: Template Parameter 2" is over 32 bytes/);
	await expect(
		send([{ content: 'templateId', templateId: 't1', templateParas: [{ gate: 1 }] }]),
	).rejects.toThrow(/"Segment 1: Template Parameter 1" must be text, not an object/);
	await expect(send('not a list')).rejects.toThrow(
		/"Segments" must be a list of segments, not string/,
	);
	await expect(send([null])).rejects.toThrow(/"Segment 1" must be a set of fields, not null/);
	await expect(send([{ content: 'templateId', templateId: '' }])).rejects.toThrow(
		/"Segment 1: Template ID" is required/,
	);
});

test("Click-to-Call with recording → Recording Download from the trigger's CDR item", async () => {
	const [started] = await voice('clickToCall', 'start', {
		callerNbr: '13800000001',
		displayNbr: '+8653159511234',
		calleeNbr: '13900000002',
		displayCalleeNbr: '+8675528880001',
		additionalFields: {
			recordFlag: true,
			maxDuration: 10,
			lastMinToUE: 'toa',
			statusUrl: trigger.url,
			feeUrl: trigger.url,
		},
	});
	const cdr = await waitForFee(started.sessionId);
	expect(cdr).toMatchObject({
		serviceTypeMeaning: 'Voice callback (click-to-call)',
		hasRecording: true,
		connected: true,
	});
	const { output } = await runNode(HuaweiVoiceCall, {
		credentials: credentials(),
		items: [{ json: cdr }],
		params: {
			resource: 'recording',
			operation: 'download',
			source: 'cdr',
			cdr,
			binaryPropertyName: 'data',
		},
	});
	expect(
		Buffer.from(output[0][0].binary.data.data, 'base64').equals(
			sim.state.recordings.get(cdr.recordObjectName).bytes,
		),
	).toBe(true);
});

test('Click-to-Call: last-minute settings without a max duration are ignored, as Huawei does, not refused', async () => {
	const [started] = await voice('clickToCall', 'start', {
		callerNbr: '13800000001',
		displayNbr: '+8653159511234',
		calleeNbr: '13900000002',
		displayCalleeNbr: '+8675528880001',
		additionalFields: { lastMinVoice: 'x.wav', lastMinToUE: 'tob' },
	});
	const request = sim.state.sessions.get(started.sessionId).request;
	expect(request).not.toHaveProperty('lastMinVoice');
	expect(request).not.toHaveProperty('lastMinToUE');
});

test('non-ASCII user data is sent Base64-encoded, as Huawei requires', async () => {
	const [sent] = await voice('verificationCode', 'send', {
		displayNbr: '+8653159511234',
		calleeNbr: '13500000001',
		verifyCode: '1234',
		preTone: 'a.wav',
		additionalFields: { userData: '订单 42' },
	});
	expect(sim.state.sessions.get(sent.sessionId).request.userData).toBe(
		Buffer.from('订单 42').toString('base64'),
	);
});

test('a template parameter may contain a comma', async () => {
	const [sent] = await voice('notification', 'send', {
		displayNbr: '+8653159511234',
		calleeNbr: '13500000002',
		segments: {
			segment: [{ content: 'templateId', templateId: 'tpl01', templateParas: ['3, gate 1'] }],
		},
	});
	expect(sim.state.sessions.get(sent.sessionId).request.playInfoList[0].templateParas).toEqual([
		'3, gate 1',
	]);
});

test('Stop a running voice call', async () => {
	await admin.behaviour({ number: '+8613500000003', holdMs: 5000 });
	const [sent] = await voice('verificationCode', 'send', {
		displayNbr: '+8653159511234',
		calleeNbr: '13500000003',
		verifyCode: '99',
		preTone: 'a.wav',
		additionalFields: { statusUrl: trigger.url },
	});
	await eventually(() => forSession(sent.sessionId).some((i) => i.eventType === 'answer'));
	expect((await voice('call', 'stop', { sessionId: sent.sessionId }))[0]).toEqual({
		sessionId: sent.sessionId,
		stopped: true,
	});
	await eventually(() => forSession(sent.sessionId).some((i) => i.eventType === 'disconnect'));
	expect(forSession(sent.sessionId).find((i) => i.eventType === 'disconnect')).toMatchObject({
		stateCode: 8017,
		stateCodeMeaning: 'Released as instructed (Stop Call)',
	});
});

test('workflow: send a code, wait for the disconnect, branch on the digits or the hang-up cause', async () => {
	const verifyByPhone = async (callee, behaviour) => {
		await admin.behaviour({ number: callee, ...behaviour });
		const [sent] = await voice('notification', 'send', {
			displayNbr: '+8653159511234',
			calleeNbr: callee,
			segments: {
				segment: [
					{ content: 'templateId', templateId: 'otp', templateParas: '4711', collectInd: 1 },
				],
			},
			additionalFields: { statusUrl: trigger.url, feeUrl: trigger.url },
		});
		const disconnect = await eventually(() =>
			forSession(sent.sessionId).find((i) => i.eventType === 'disconnect'),
		);
		const digits = forSession(sent.sessionId).find((i) => i.eventType === 'collectInfo')?.digitInfo;
		if (digits === '1') return 'confirmed';
		if (digits !== undefined) return 'rejected';
		return `failed: ${disconnect.stateCodeMeaning}`;
	};
	expect(await verifyByPhone('+8613500000011', { digits: '1' })).toBe('confirmed');
	expect(await verifyByPhone('+8613500000012', { digits: '2' })).toBe('rejected');
	expect(await verifyByPhone('+8613500000013', { outcome: 'busy' })).toBe('failed: Callee busy');
	expect(await verifyByPhone('+8613500000014', {})).toBe(
		'failed: No digits collected within 5 seconds after playback',
	);
});

describe('Voice Call push signatures', () => {
	const push = (body, separator, url = trigger.url, secret = APPS.voice.appSecret) => {
		const nonce = createNonce();
		const created = formatCreated(new Date());
		const digest = voiceCallPushDigest(secret, url, nonce, created, separator);
		const headers = {
			Authorization: 'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
			'X-AKSK': `UsernameToken Username="${APPS.voice.appKey}",PasswordDigest="${digest}",Nonce="${nonce}",Created="${created}"`,
		};
		return axios.post(trigger.url, body, { headers, validateStatus: () => true });
	};

	(missingVendorFiles(['seeds']).length && !process.env.CI ? test.skip : test)(
		"both documented forms verify, with the seed's sample payloads (001) verbatim (needs ../shared/seeds)",
		async () => {
			const seed = readSeed('001_');
			const samples = [...seed.matchAll(/var jsonBody = JSON\.stringify\((\{.*?\})\);/g)].map((m) =>
				vm.runInNewContext(`(${m[1]})`),
			);
			expect(samples.map((s) => s.eventType)).toEqual(['callout', 'fee']);
			expect((await push(samples[0], '\n')).status).toBe(200);
			expect((await push(samples[1], '')).status).toBe(200);
			const [callout, cdr] = trigger.items();
			expect(callout).toMatchObject({
				eventType: 'callout',
				sessionId: '1201_612_4294967295_20190124030424@callenabler245.huaweicaas.com',
				caller: '+8613800000022',
				timestampIso: '2019-01-24T03:04:24+00:00',
			});
			expect(cdr).toMatchObject({
				eventType: 'fee',
				serviceTypeMeaning: 'Voice callback (click-to-call)',
				connected: true,
				talkSeconds: 11,
				ringSeconds: 2,
				hasRecording: false,
			});
		},
	);

	test('a push signed for another URL, with another secret, or the Private Number way is refused', async () => {
		const body = { eventType: 'callout', statusInfo: { sessionId: 'x1' } };
		expect((await push(body, '\n', 'https://elsewhere.example.com/hook')).status).toBe(401);
		expect((await push(body, '\n', trigger.url, 'wrong')).status).toBe(401);
		const pnStyle = await axios.post(trigger.url, body, {
			headers: buildAuthHeaders({ appKey: APPS.voice.appKey, appSecret: APPS.voice.appSecret }),
			validateStatus: () => true,
		});
		expect(pnStyle.status).toBe(401);
		expect(trigger.executions).toHaveLength(0);
	});
});
