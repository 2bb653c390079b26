// The credentials in n8n: its credential test endpoint, and the nodes n8n registered from the packages.
const { request } = require('../../../scripts/runtime/http');

/** @param {{ stack: any }} env the running stack (set before the tests run) */
module.exports = (env) => {
	describe('credentials in n8n', () => {
		const test_ = async (data) => {
			const res = await env.stack.session.call('POST', '/rest/credentials/test', {
				credentials: {
					id: 'hpnDemoAxbCred01',
					name: 'PN',
					type: 'huaweiPrivateNumberApi',
					data: {
						appKey: env.stack.apps.axb.appKey,
						authScheme: 'aksk',
						allowUnauthorizedCerts: false,
						...data,
					},
				},
			});
			return res.data.data;
		};
		test('the credential test passes with the right pair, names the problem otherwise', async () => {
			expect(
				await test_({ appSecret: env.stack.apps.axb.appSecret, accessAddress: env.stack.sim.url }),
			).toEqual({ status: 'OK', message: 'Connection successful!' });
			expect(
				(await test_({ appSecret: 'wrong-secret', accessAddress: env.stack.sim.url })).message,
			).toMatch(/rejected the App Key \/ App Secret pair/);
			expect(await test_({ appSecret: 'x', accessAddress: 'http://127.0.0.1:1' })).toEqual({
				status: 'Error',
				message: 'ECONNREFUSED',
			});
		});
		test('with "Binding Mode of the App" set, n8n\'s expression engine picks that mode\'s probe: a wrong mode fails with 1010040', async () => {
			const app = { appSecret: env.stack.apps.axb.appSecret, accessAddress: env.stack.sim.url };
			expect(await test_({ ...app, appMode: 'AXB' })).toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
			expect((await test_({ ...app, appMode: 'AX' })).message).toMatch(
				/1010040.*"Binding Mode of the App"/,
			);
			expect(
				env.stack.sim.state.requestLog.filter((r) => r.appKey === env.stack.apps.axb.appKey).at(-1),
			).toMatchObject({ method: 'GET', path: '/rest/provision/caas/privatenumber/v1.0' });
		});
		test('"Binding Mode of the App" as the dropdown cannot give it: case and spaces are forgiven, anything else fails with one clear message', async () => {
			const app = { appSecret: env.stack.apps.axb.appSecret, accessAddress: env.stack.sim.url };
			expect(await test_({ ...app, appMode: ' axb ' })).toEqual({
				status: 'OK',
				message: 'Connection successful!',
			});
			for (const appMode of ['AX,AXB', '__proto__', 'constructor', 'toString'])
				expect((await test_({ ...app, appMode })).message).toMatch(
					/^"Binding Mode of the App" is not a binding mode: choose AX, AXB, AXE, AXYB or X \(or Any Mode\)$/,
				);
		});
		test('the nodes are registered, including their AI-tool variants', async () => {
			const res = await request('GET', `${env.stack.n8n.url}/types/nodes.json`, {
				headers: { Cookie: env.stack.session.cookie() },
			});
			const names = res.data.map((n) => n.name).filter((n) => n.includes('huawei'));
			expect(names.sort()).toEqual([
				'n8n-nodes-huawei-private-number.huaweiPrivateNumber',
				'n8n-nodes-huawei-private-number.huaweiPrivateNumberTool',
				'n8n-nodes-huawei-private-number.huaweiPrivateNumberTrigger',
				'n8n-nodes-huawei-voice-call.huaweiVoiceCall',
				'n8n-nodes-huawei-voice-call.huaweiVoiceCallTool',
				'n8n-nodes-huawei-voice-call.huaweiVoiceCallTrigger',
			]);
		});
	});
};
