// Click-to-Call → Start: both legs' events reach the trigger, a recorded call's CDR feeds Recording
// → Download, last-minute settings only with a max duration; and Call → Stop of a voice call.
const { eventually } = require('../../helpers/simulator');
const { voiceCall } = require('../../helpers/actionNodes');
const {
	cdrOf,
	itemsOfSession,
	useVoiceCallStack,
	voiceItems,
} = require('../../helpers/voiceCallStack');

const env = useVoiceCallStack();
const voice = voiceItems(env);

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
			statusUrl: env.trigger.url,
			feeUrl: env.trigger.url,
		},
	});
	expect(started).toMatchObject({
		callerNumber: '+8613800000001',
		calleeNumber: '+8613900000002',
		displayNumber: '+8653159511234',
	});
	const cdr = await cdrOf(env, started.sessionId);
	expect(cdr).toMatchObject({
		serviceTypeMeaning: 'Voice callback (click-to-call)',
		hasRecording: true,
		connected: true,
	});
	const { output } = await voiceCall(env)(
		'recording',
		'download',
		{ source: 'cdr', cdr, binaryPropertyName: 'data' },
		{ items: [{ json: cdr }] },
	);
	expect(
		Buffer.from(output[0][0].binary.data.data, 'base64').equals(
			env.sim.state.recordings.get(cdr.recordObjectName).bytes,
		),
	).toBe(true);
});

test.each([
	['an announcement file', { lastMinVoice: 'x.wav' }],
	['whom it is played to', { lastMinToUE: 'tob' }],
	['both, with a max duration of 0', { lastMinVoice: 'x.wav', lastMinToUE: 'tob', maxDuration: 0 }],
])(
	'Click-to-Call: a last-minute setting (%s) without a max duration is refused before anything is sent',
	async (_name, additionalFields) => {
		await expect(
			voice('clickToCall', 'start', {
				callerNbr: '13800000001',
				displayNbr: '+8653159511234',
				calleeNbr: '13900000002',
				displayCalleeNbr: '+8675528880001',
				additionalFields,
			}),
		).rejects.toThrow(/"Max Call Duration \(Minutes\)" above 0 \[item 0\]/);
		expect(env.sim.state.sessions.size).toBe(0);
	},
);

test('Click-to-Call: with a max duration the last-minute settings are sent', async () => {
	const [started] = await voice('clickToCall', 'start', {
		callerNbr: '13800000001',
		displayNbr: '+8653159511234',
		calleeNbr: '13900000002',
		displayCalleeNbr: '+8675528880001',
		additionalFields: { lastMinVoice: 'x.wav', lastMinToUE: 'tob', maxDuration: 5 },
	});
	expect(env.sim.state.sessions.get(started.sessionId).request).toMatchObject({
		lastMinVoice: 'x.wav',
		lastMinToUE: 'tob',
		maxDuration: 5,
	});
});

test('Stop a running voice call', async () => {
	await env.admin.behaviour({ number: '+8613500000003', holdMs: 5000 });
	const [sent] = await voice('verificationCode', 'send', {
		displayNbr: '+8653159511234',
		calleeNbr: '13500000003',
		verifyCode: '99',
		preTone: 'a.wav',
		additionalFields: { statusUrl: env.trigger.url },
	});
	await eventually(() => itemsOfSession(env, sent.sessionId).some((i) => i.eventType === 'answer'));
	expect((await voice('call', 'stop', { sessionId: sent.sessionId }))[0]).toEqual({
		sessionId: sent.sessionId,
		stopped: true,
	});
	await eventually(() =>
		itemsOfSession(env, sent.sessionId).some((i) => i.eventType === 'disconnect'),
	);
	expect(
		itemsOfSession(env, sent.sessionId).find((i) => i.eventType === 'disconnect'),
	).toMatchObject({
		stateCode: 8017,
		endReason: 'Released as instructed (Stop Call)',
	});
});

test('both legs reach the trigger: callout, alerting and answer of A and of B, then the disconnect and the CDR', async () => {
	const [started] = await voice('clickToCall', 'start', {
		callerNbr: '13800000001',
		displayNbr: '+8653159511234',
		calleeNbr: '13900000002',
		displayCalleeNbr: '+8675528880001',
		additionalFields: { statusUrl: env.trigger.url, feeUrl: env.trigger.url },
	});
	await cdrOf(env, started.sessionId);
	expect(
		itemsOfSession(env, started.sessionId).map((item) => `${item.eventType}:${item.called ?? ''}`),
	).toEqual([
		'callout:+8613800000001',
		'alerting:+8613800000001',
		'answer:+8613800000001',
		'callout:+8613900000002',
		'alerting:+8613900000002',
		'answer:+8613900000002',
		'disconnect:+8613900000002',
		'fee:',
	]);
});
