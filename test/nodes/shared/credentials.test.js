// The credentials against the platform: X-WSSE signing, a wrong secret, TLS checks over HTTPS.
const {
	HuaweiPrivateNumber,
} = require('../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { APPS, credentialsOf, useSimulator } = require('../../helpers/actionNodes');
const { runNode } = require('../../helpers/nodeHarness');
const { seedApps, startTestSimulator } = require('../../helpers/simulator');

const env = useSimulator(['axb']);

describe('credentials and TLS', () => {
	test('X-WSSE credentials work against the platform', async () => {
		const out = await runNode(HuaweiPrivateNumber, {
			credentials: {
				...credentialsOf(env, APPS.axb),
				authScheme: 'wsse',
				wsseDigestEncoding: 'hex',
			},
			params: {
				resource: 'axbBinding',
				operation: 'getMany',
				relationNum: '+8617010000001',
				returnAll: true,
			},
		});
		expect(out.output[0]).toEqual([]);
		expect(out.sent[0].headers['X-WSSE']).toBeDefined();
	});
	test('a wrong secret fails with the key/secret hint and no secret in the error', async () => {
		const error = await runNode(HuaweiPrivateNumber, {
			credentials: { ...credentialsOf(env, APPS.axb), appSecret: 'definitely-wrong-secret' },
			params: {
				resource: 'axbBinding',
				operation: 'getMany',
				relationNum: '+8617010000001',
				returnAll: true,
			},
		}).catch((e) => e);
		expect(error.message).toMatch(/1020176/);
		expect(error.description).toMatch(/App Key \/ App Secret/);
		expect(JSON.stringify(error) + error.message + error.description).not.toMatch(
			/definitely-wrong-secret|PasswordDigest=/,
		);
	});
	test('over HTTPS a self-signed certificate is refused unless "Ignore SSL Issues" is on', async () => {
		const tlsSim = await startTestSimulator({ https: true });
		seedApps(tlsSim, ['axb']);
		const params = {
			resource: 'axbBinding',
			operation: 'getMany',
			relationNum: '+8617010000001',
			returnAll: true,
		};
		const base = { ...credentialsOf(env, APPS.axb), accessAddress: tlsSim.httpsUrl };
		try {
			const refused = await runNode(HuaweiPrivateNumber, { credentials: base, params }).catch(
				(e) => e,
			);
			expect(refused.message).toMatch(/TLS certificate/);
			const allowed = await runNode(HuaweiPrivateNumber, {
				credentials: { ...base, allowUnauthorizedCerts: true },
				params,
			});
			expect(allowed.output[0]).toEqual([]);
		} finally {
			await tlsSim.close();
		}
	});
});
