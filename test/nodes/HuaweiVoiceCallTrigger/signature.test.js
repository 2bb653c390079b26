// The Voice Call Trigger's push signatures: HMAC over the push URL, nonce and Created, with and
// without newlines, as Huawei's seed demo (001) signs them; anything else is refused.
const vm = require('node:vm');
const axios = require('axios');

const {
	buildAuthHeaders,
	voiceCallPushDigest,
	createNonce,
	formatCreated,
} = require('../../../nodes/shared/auth/signing');
const { APPS } = require('../../helpers/simulator');
const { readSeed } = require('../../helpers/seeds');
const { missingVendorFiles } = require('../../helpers/vendorFiles');
const { useVoiceCallStack } = require('../../helpers/voiceCallStack');

const env = useVoiceCallStack();

describe('Voice Call push signatures', () => {
	const push = (body, separator, url = env.trigger.url, secret = APPS.voice.appSecret) => {
		const nonce = createNonce();
		const created = formatCreated(new Date());
		const digest = voiceCallPushDigest(secret, url, nonce, created, separator);
		const headers = {
			Authorization: 'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
			'X-AKSK': `UsernameToken Username="${APPS.voice.appKey}",PasswordDigest="${digest}",Nonce="${nonce}",Created="${created}"`,
		};
		return axios.post(env.trigger.url, body, { headers, validateStatus: () => true });
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
			const [callout, cdr] = env.trigger.items();
			expect(callout).toMatchObject({
				eventType: 'callout',
				sessionId: '1201_612_4294967295_20190124030424@callenabler245.huaweicaas.com',
				caller: '+8613800000022',
				time: '2019-01-24T03:04:24+00:00',
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
		expect((await push(body, '\n', env.trigger.url, 'wrong')).status).toBe(401);
		const pnStyle = await axios.post(env.trigger.url, body, {
			headers: buildAuthHeaders({ appKey: APPS.voice.appKey, appSecret: APPS.voice.appSecret }),
			validateStatus: () => true,
		});
		expect(pnStyle.status).toBe(401);
		expect(env.trigger.executions).toHaveLength(0);
	});
});
