// Verification Code → Send against the simulator: the call, its pushes (signed over the trigger's
// URL) and its CDR; the checks of every field; Huawei's errors with the catalogue's hints.
const {
	cdrOf,
	itemsOfSession,
	useVoiceCallStack,
	voiceItems,
} = require('../../helpers/voiceCallStack');

const env = useVoiceCallStack();
const voice = voiceItems(env);

test('Verification Code → the trigger sees the call (signed over its URL) and its CDR', async () => {
	const [sent] = await voice('verificationCode', 'send', {
		displayNbr: '0531 5951 1234',
		calleeNbr: '135 0000 0001',
		verifyCode: '1234',
		preTone: 'test.wav',
		additionalFields: {
			times: 2,
			statusUrl: env.trigger.url,
			feeUrl: env.trigger.url,
			userData: 'login-42',
		},
	});
	expect(sent).toMatchObject({
		sessionId: expect.any(String),
		calleeNumber: '+8613500000001',
		displayNumber: '+8653159511234',
	});
	const sessionRequest = env.sim.state.sessions.get(sent.sessionId).request;
	expect(sessionRequest).toMatchObject({
		languageType: 2,
		times: 2,
		statusUrl: Buffer.from(env.trigger.url).toString('base64'),
		userData: 'login-42',
	});
	const cdr = await cdrOf(env, sent.sessionId);
	expect(itemsOfSession(env, sent.sessionId).map((i) => i.eventType)).toEqual([
		'callout',
		'alerting',
		'answer',
		'disconnect',
		'fee',
	]);
	expect(cdr).toMatchObject({
		event: 'Call Record (CDR)',
		calleeNumber: '+8613500000001',
		displayNumber: '+8653159511234',
		serviceTypeMeaning: 'Voice playback (notification or verification code)',
		connected: true,
		userData: 'login-42',
	});
	expect(
		env.trigger.answers.every(
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
	expect(env.sim.state.requestLog).toHaveLength(0);
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

test('non-ASCII user data is sent Base64-encoded, as Huawei requires', async () => {
	const [sent] = await voice('verificationCode', 'send', {
		displayNbr: '+8653159511234',
		calleeNbr: '13500000001',
		verifyCode: '1234',
		preTone: 'a.wav',
		additionalFields: { userData: '订单 42' },
	});
	expect(env.sim.state.sessions.get(sent.sessionId).request.userData).toBe(
		Buffer.from('订单 42').toString('base64'),
	);
});
