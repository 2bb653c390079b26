// Boots the whole stack for end-to-end tests: the simulator, a sink for workflow outputs, and the
// pinned real n8n with the built package, the example workflows and two trigger→sink workflows,
// imported and published through n8n's CLI.
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const { Simulator } = require('../../simulator/server');
const { sampleApps } = require('../../simulator/sampleApps');
const { ensureRuntime } = require('../../scripts/runtime/provision');
const { Cleanup } = require('../../scripts/runtime/cleanup');
const runtimeLib = require('../../scripts/runtime/n8n');

const OWNER = { email: 'e2e@example.com', firstName: 'End', lastName: 'ToEnd', password: 'E2e-Passw0rd' };

async function startSink() {
	const received = [];
	const server = http.createServer((req, res) => {
		let text = '';
		req.on('data', (c) => (text += c));
		req.on('end', () => {
			received.push({ path: req.url, body: JSON.parse(text || '{}') });
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{}');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${server.address().port}`, received, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}

/** Trigger → HTTP Request to the sink, one POST per item in order. */
function sinkWorkflow(id, name, triggerType, credential, webhookId, sinkUrl) {
	return {
		id,
		name,
		nodes: [
			{ parameters: { options: {} }, id: 't', name: 'Trigger', type: triggerType, typeVersion: 1, position: [0, 0], webhookId, credentials: credential },
			{
				parameters: { method: 'POST', url: sinkUrl, sendBody: true, specifyBody: 'json', jsonBody: '={{ JSON.stringify($json) }}', options: {} },
				id: 's',
				name: 'Sink',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [240, 0],
			},
		],
		connections: { Trigger: { main: [[{ node: 'Sink', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

/** SMS control pushes answered with the trigger's forward decision; items go on to a no-op. */
function smsBlockWorkflow(credential) {
	return {
		id: 'hpnE2eSmsBlock01',
		name: 'e2e: SMS control answered by the trigger',
		nodes: [
			{ parameters: { events: ['smsBlock'], smsBlockAction: 'forward', smsForwardTo: '139 0000 0555', options: {} }, id: 't', name: 'Trigger', type: 'CUSTOM.huaweiPrivateNumberTrigger', typeVersion: 1, position: [0, 0], webhookId: 'e2e00000-0000-4000-8000-000000000003', credentials: credential },
			{ parameters: {}, id: 'n', name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [240, 0] },
		],
		connections: { Trigger: { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

async function startStack() {
	runtimeLib.assertPackageBuilt();
	const runtime = ensureRuntime();
	return Cleanup.guard(async (cleanup) => {
		const sink = cleanup.add(await startSink(), () => sink.close());
		// Events a few hundred ms apart, as on the platform (seconds apart there): n8n runs each push's
		// execution on its own, so back-to-back pushes could reach the sink out of order.
		const sim = cleanup.add(await new Simulator({ port: 0, timeScale: 0.0001, eventGapMs: 250 }).start(), () => sim.close());
		const port = await runtimeLib.freePort();
		const n8nUrl = `http://127.0.0.1:${port}`;

		const apps = sampleApps();
		const axb = apps.find((app) => app.mode === 'AXB');
		const voice = apps.find((app) => app.mode === 'VOICE');
		const ax = apps.find((app) => app.mode === 'AX');
		const pnCredential = { huaweiPrivateNumberApi: { id: 'hpnDemoAxbCred01', name: 'Huawei Private Number (demo AXB app)' } };
		const vcCredential = { huaweiVoiceCallApi: { id: 'hpnDemoVoiceCred1', name: 'Huawei Voice Call (demo app)' } };
		const axCredential = { huaweiPrivateNumberApi: { id: 'hpnE2eAxCred0001', name: 'Huawei Private Number (demo AX app)' } };
		const pnSink = sinkWorkflow('hpnE2ePnSink0001', 'e2e: private number pushes to sink', 'CUSTOM.huaweiPrivateNumberTrigger', pnCredential, 'e2e00000-0000-4000-8000-000000000001', `${sink.url}/pn`);
		const vcSink = sinkWorkflow('hpnE2eVcSink0001', 'e2e: voice call pushes to sink', 'CUSTOM.huaweiVoiceCallTrigger', vcCredential, 'e2e00000-0000-4000-8000-000000000002', `${sink.url}/vc`);
		const smsDecision = smsBlockWorkflow(axCredential);
		const examples = runtimeLib.exampleWorkflows();
		const workflows = [...examples, pnSink, vcSink, smsDecision];
		const urls = {
			pnSink: runtimeLib.triggerUrl(n8nUrl, pnSink, 'Trigger'),
			vcSink: runtimeLib.triggerUrl(n8nUrl, vcSink, 'Trigger'),
			cdrSummary: runtimeLib.triggerUrl(n8nUrl, examples.find((w) => w.id === 'hpnExampleCdrRecd'), 'On Call Record'),
			failedCalls: runtimeLib.triggerUrl(n8nUrl, examples.find((w) => w.id === 'hpnExampleFailAlr'), 'On Call End'),
			smsBlock: runtimeLib.triggerUrl(n8nUrl, smsDecision, 'Trigger'),
		};
		axb.callbacks = { status: urls.pnSink, fee: urls.pnSink };
		voice.callbacks = { status: urls.vcSink, fee: urls.vcSink };
		ax.callbacks = { smsBlock: urls.smsBlock };
		for (const app of apps) sim.addApp(app);

		const userFolder = cleanup.add(fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-e2e-n8n-')), () => fs.rmSync(userFolder, { recursive: true, force: true }));
		const options = { userFolder, port };
		const credential = (id, name, type, app) => ({ id, name, type, data: { appKey: app.appKey, appSecret: app.appSecret, accessAddress: sim.url, authScheme: 'aksk', allowUnauthorizedCerts: false } });
		runtimeLib.importAndPublish(runtime, options, {
			credentials: [
				credential('hpnDemoAxbCred01', 'Huawei Private Number (demo AXB app)', 'huaweiPrivateNumberApi', axb),
				credential('hpnDemoVoiceCred1', 'Huawei Voice Call (demo app)', 'huaweiVoiceCallApi', voice),
				credential('hpnE2eAxCred0001', 'Huawei Private Number (demo AX app)', 'huaweiPrivateNumberApi', ax),
			],
			workflows,
		});
		const n8n = cleanup.add(await runtimeLib.startN8n(runtime, options), () => n8n.stop());
		await runtimeLib.waitForWebhooks(runtimeLib.webhookUrls(n8nUrl, workflows));
		const session = await runtimeLib.ownerSession(n8n.url, OWNER);
		return { n8n, sim, sink, session, urls, apps: { axb, voice, ax }, stop: () => cleanup.stopAll() };
	});
}

module.exports = { startStack, OWNER };
