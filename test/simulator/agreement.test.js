// The node and the simulator sign and verify independently; here they must interoperate both ways:
// requests signed by the node's signer pass the simulator, pushes signed by the simulator pass the
// node's verifier. (vendorSigning.test.js pins the simulator's signer to Huawei's own demo code.)
const { buildAuthHeaders } = require('../../nodes/shared/auth/signing');
const { verifySignedHeaders } = require('../../nodes/shared/auth/verify');
const { signedHeaders, voicePushHeaders } = require('../../simulator/auth/signer');
const { APPS, startTestSimulator, seedApps, clientFor, adminFor } = require('../helpers/simulator');
const { startPushReceiver } = require('../helpers/pushReceiver');

/** @typedef {import('../../nodes/shared/auth/signing').AuthScheme} AuthScheme */
/** @typedef {import('../../nodes/shared/auth/signing').WsseEncoding} WsseEncoding */

const NONCE = '66C92B11FF8A425FB8D4CCFE0ED9ED1F';
const CREATED = '2018-02-12T15:30:20Z';
const APP = APPS.axb;
/** @type {Array<[string, { scheme: AuthScheme, wsseEncoding?: WsseEncoding }]>} */
const FORMS = [
	['X-AKSK', { scheme: 'aksk' }],
	['X-WSSE, Base64 of the hex digest', { scheme: 'wsse', wsseEncoding: 'hex' }],
	['X-WSSE, Base64 of the raw digest', { scheme: 'wsse', wsseEncoding: 'raw' }],
];

let sim;
let receiver;
beforeAll(async () => {
	sim = await startTestSimulator();
	receiver = await startPushReceiver({ apps: Object.values(APPS) });
	seedApps(sim, ['axb', 'voice'], {
		axb: { callbacks: { status: `${receiver.base}/status`, fee: `${receiver.base}/fee` } },
	});
});
afterAll(async () => {
	await sim.close();
	await receiver.close();
});

describe('node → simulator', () => {
	let pair = 0;
	test.each(FORMS)('a request the node signs with %s is accepted', async (_name, form) => {
		pair += 1;
		const res = await clientFor(sim, APP, form).post('/rest/caas/relationnumber/partners/v1.0', {
			relationNum: '+8617010000001',
			callerNum: `+861380000000${pair}`,
			calleeNum: `+861390000000${pair}`,
		});
		expect(res.data.resultcode).toBe('0');
	});
	test('a request the node signs with the wrong secret is refused (1020176)', async () => {
		const res = await clientFor(sim, { ...APP, appSecret: 'not-the-secret' }).get(
			'/rest/caas/relationnumber/partners/v1.0',
			{ relationNum: '+8617010000001' },
		);
		expect(res.data.resultcode).toBe('1020176');
	});
	test.each(FORMS)('for fixed nonce and Created, both sign %s identically', (_name, form) => {
		const fixed = {
			appKey: APP.appKey,
			appSecret: APP.appSecret,
			nonce: NONCE,
			created: CREATED,
			...form,
		};
		expect(signedHeaders(fixed)).toEqual(buildAuthHeaders(fixed));
	});
});

describe('simulator → node', () => {
	const secretFor = (username) =>
		Object.values(APPS).find((app) => app.appKey === username)?.appSecret;
	test.each(FORMS)(
		'a Private Number push the simulator signs with %s passes the node verifier',
		(_name, form) => {
			const verdict = verifySignedHeaders(
				signedHeaders({ appKey: APP.appKey, appSecret: APP.appSecret, ...form }),
				{ secretFor },
			);
			expect(verdict).toMatchObject({ ok: true, username: APP.appKey, scheme: form.scheme });
		},
	);
	test('a Voice Call push passes the node verifier for its URL only', () => {
		const url = 'https://example.com/voice/status';
		const headers = voicePushHeaders({
			appKey: APPS.voice.appKey,
			appSecret: APPS.voice.appSecret,
			url,
		});
		expect(
			verifySignedHeaders(headers, { secretFor, kind: 'voiceCallPush', pushUrls: [url] }),
		).toMatchObject({ ok: true });
		expect(
			verifySignedHeaders(headers, {
				secretFor,
				kind: 'voiceCallPush',
				pushUrls: ['https://example.com/other'],
			}),
		).toMatchObject({ ok: false, failure: 'badDigest' });
	});
	test('a push signed with the wrong secret fails the node verifier', () => {
		const verdict = verifySignedHeaders(
			signedHeaders({ appKey: APP.appKey, appSecret: 'not-the-secret' }),
			{ secretFor },
		);
		expect(verdict).toMatchObject({ ok: false, failure: 'badDigest' });
	});
	test('the pushes of a simulated call (X-AKSK and X-WSSE apps) all pass the node verifier', async () => {
		const admin = adminFor(sim);
		sim.state.addBinding(sim.state.apps.get(APP.appKey), 'AXB', {
			relationNum: '+8617010000002',
			callerNum: '+8613800000009',
			calleeNum: '+8613900000009',
		});
		await admin.call({ caller: '+8613800000009', called: '+8617010000002' });
		await admin.patchApp({ appKey: APP.appKey, authScheme: 'wsse' });
		await admin.call({ caller: '+8613900000009', called: '+8617010000002' });
		expect(receiver.received.map((p) => p.headers.authorization.split(' ')[0])).toEqual([
			...Array(6).fill('AKSK'),
			...Array(6).fill('WSSE'),
		]);
		expect(receiver.received.every((p) => p.verified)).toBe(true);
	});
});
