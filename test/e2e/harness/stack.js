// Boots the whole stack for end-to-end tests: the simulator, a sink for workflow outputs, and the
// pinned real n8n with both packages installed as n8n installs community packages. The e2e
// workflows are imported and published with n8n's CLI before start; the shipped examples are
// imported verbatim through the REST API after start, as a user imports them.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { Simulator } = require('../../../simulator/server');
const { sampleApps } = require('../../../simulator/sampleApps');
const { ensureRuntime } = require('../../../scripts/runtime/provision');
const { Cleanup } = require('../../../scripts/runtime/cleanup');
const runtimeLib = require('../../../scripts/runtime/n8n');
const { startSink } = require('./sink');
const { e2eWorkflows, editorWorkflow } = require('./workflows');

async function startStack() {
	runtimeLib.packageTarballs();
	const runtime = ensureRuntime();
	return Cleanup.guard(async (cleanup) => {
		const sink = cleanup.add(await startSink(), () => sink.close());
		// Events a few hundred ms apart, as on the platform (seconds apart there): n8n runs each push's
		// execution on its own, so back-to-back pushes could reach the sink out of order.
		const sim = cleanup.add(
			await new Simulator({ port: 0, timeScale: 0.0001, eventGapMs: 250 }).start(),
			() => sim.close(),
		);
		const port = await runtimeLib.freePort();
		const n8nUrl = `http://127.0.0.1:${port}`;

		const apps = sampleApps();
		/** @param {string} mode */
		const app = (mode) => {
			const spec = apps.find((a) => a.mode === mode);
			if (!spec) throw new Error(`sampleApps() has no ${mode} app`);
			return spec;
		};
		const own = e2eWorkflows(sink.url);
		/** @type {Record<string, string>} trigger URLs by workflow key */
		const urls = Object.fromEntries(
			Object.entries(own).map(([key, workflow]) => [
				key,
				runtimeLib.webhookUrl(n8nUrl, workflow, 'Trigger'),
			]),
		);
		app('AXB').callbacks = { status: urls.pnSink, fee: urls.pnSink };
		app('VOICE').callbacks = { status: urls.vcSink, fee: urls.vcSink };
		app('AX').callbacks = { smsBlock: urls.smsBlock };
		for (const spec of apps) sim.addApp(spec);

		const userFolder = cleanup.add(fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-e2e-n8n-')), () =>
			fs.rmSync(userFolder, { recursive: true, force: true }),
		);
		runtimeLib.installPackages(userFolder);
		const options = { userFolder, port, owner: runtimeLib.OWNER };
		const credential = (id, name, type, app, extra = {}) =>
			runtimeLib.simulatorCredential(sim.url, { id, name, type }, app, extra);
		runtimeLib.importAndPublish(runtime, options, {
			credentials: [
				credential(
					'hpnDemoAxbCred01',
					'Huawei Private Number (demo AXB app)',
					'huaweiPrivateNumberApi',
					app('AXB'),
				),
				credential(
					'hpnDemoVoiceCred1',
					'Huawei Voice Call (demo app)',
					'huaweiVoiceCallApi',
					app('VOICE'),
				),
				credential(
					'hpnE2eAxCred0001',
					'Huawei Private Number (demo AX app)',
					'huaweiPrivateNumberApi',
					app('AX'),
				),
				credential(
					'hpnDemoXCred00001',
					'Huawei Private Number (demo X app)',
					'huaweiPrivateNumberApi',
					app('X'),
				),
				credential(
					'hpnE2eWrongMode1',
					'Huawei Private Number (AXB app declared AX)',
					'huaweiPrivateNumberApi',
					app('AXB'),
					{ appMode: 'AX' },
				),
			],
			workflows: Object.values(own),
			drafts: [editorWorkflow],
		});
		const n8n = cleanup.add(await runtimeLib.startN8n(runtime, options), () => n8n.stop());
		const session = await runtimeLib.login(n8n.url, runtimeLib.OWNER);
		/** The shipped examples as saved by n8n, by file name. */
		const examples = {};
		for (const { file, workflow } of runtimeLib.exampleWorkflows())
			examples[file] = await runtimeLib.importWorkflow(session, workflow);
		const exampleUrl = (file, node) => runtimeLib.webhookUrl(n8nUrl, examples[file], node);
		Object.assign(urls, {
			orderAssigned: exampleUrl('bind-order-parties.json', 'Order Assigned'),
			orderDelivered: exampleUrl('bind-order-parties.json', 'Order Delivered'),
			voiceCode: exampleUrl('send-voice-verification-code.json', 'Code Requested'),
			voiceCodeRecord: exampleUrl('send-voice-verification-code.json', 'On Call Record'),
			verifyPush: exampleUrl('webhook-verify-and-parse.json', 'Huawei Push'),
			cdrSummary: exampleUrl('cdr-recording-summary.json', 'On Call Record'),
			failedCalls: exampleUrl('alert-failed-calls.json', 'On Call End'),
			xRoute: exampleUrl('x-mode-route-to-courier.json', 'On Call or SMS to X'),
		});
		sim.state.apps.get(app('X').appKey).callbacks = { status: urls.xRoute, smsBlock: urls.xRoute };
		await runtimeLib.waitForWebhooks(
			runtimeLib.webhookUrls(n8nUrl, [...Object.values(own), ...Object.values(examples)]),
		);
		return {
			n8n,
			sim,
			sink,
			session,
			urls,
			examples,
			apps: { axb: app('AXB'), voice: app('VOICE'), ax: app('AX'), x: app('X') },
			stop: () => cleanup.stopAll(),
		};
	});
}

module.exports = { startStack };
