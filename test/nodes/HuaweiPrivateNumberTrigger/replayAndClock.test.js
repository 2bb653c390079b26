// Signed pushes over time: a replayed signature is refused for as long as it could be valid (also
// at another workflow's trigger), and Created is read as UTC or as Beijing time written with a Z.
const { execFileSync } = require('node:child_process');

const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const {
	HuaweiVoiceCallTrigger,
} = require('../../../nodes/HuaweiVoiceCallTrigger/HuaweiVoiceCallTrigger.node');
const { formatCreated, voiceCallPushDigest } = require('../../../nodes/shared/auth/signing');
const { APPS } = require('../../helpers/simulator');
const {
	startTrigger,
	triggerCredentials,
	ALL_PN_EVENTS: ALL,
} = require('../../helpers/triggerHarness');
const { readSeed, extractJsFunction, extractPythonFunction } = require('../../helpers/seeds');
const { describeWithVendorFiles } = require('../../helpers/vendorFiles');
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

describe('replay memory: time-bounded, under the current options', () => {
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

describe('a push replayed to another workflow’s trigger is refused', () => {
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

describe('Created read as UTC or as Beijing time written with a Z', () => {
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
