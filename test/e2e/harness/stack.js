// Boots the whole stack for end-to-end tests: the simulator, a sink for workflow outputs, and the
// pinned real n8n with the built package, the example workflows and the e2e workflows, imported
// and published through n8n's CLI.
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

const OWNER = {
	email: 'e2e@example.com',
	firstName: 'End',
	lastName: 'ToEnd',
	password: 'E2e-Passw0rd',
};

async function startStack() {
	runtimeLib.assertPackageBuilt();
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
		const examples = runtimeLib.exampleWorkflows();
		const example = (id) => examples.find((w) => w.id === id);
		const workflows = [...examples, ...Object.values(own)];
		/** @type {Record<string, string>} trigger URLs by workflow key */
		const urls = {
			...Object.fromEntries(
				Object.entries(own).map(([key, workflow]) => [
					key,
					runtimeLib.triggerUrl(n8nUrl, workflow, 'Trigger'),
				]),
			),
			cdrSummary: runtimeLib.triggerUrl(n8nUrl, example('hpnExampleCdrRecd'), 'On Call Record'),
			failedCalls: runtimeLib.triggerUrl(n8nUrl, example('hpnExampleFailAlr'), 'On Call End'),
			xRoute: runtimeLib.triggerUrl(n8nUrl, example('hpnExampleXRoute'), 'On Call or SMS to X'),
		};
		app('AXB').callbacks = { status: urls.pnSink, fee: urls.pnSink };
		app('VOICE').callbacks = { status: urls.vcSink, fee: urls.vcSink };
		app('AX').callbacks = { smsBlock: urls.smsBlock };
		app('X').callbacks = { status: urls.xRoute, smsBlock: urls.xRoute };
		for (const spec of apps) sim.addApp(spec);

		const userFolder = cleanup.add(fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-e2e-n8n-')), () =>
			fs.rmSync(userFolder, { recursive: true, force: true }),
		);
		const options = { userFolder, port };
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
			workflows,
			drafts: [editorWorkflow],
		});
		const n8n = cleanup.add(await runtimeLib.startN8n(runtime, options), () => n8n.stop());
		await runtimeLib.waitForWebhooks(runtimeLib.webhookUrls(n8nUrl, workflows));
		const session = await runtimeLib.ownerSession(n8n.url, OWNER);
		return {
			n8n,
			sim,
			sink,
			session,
			urls,
			apps: { axb: app('AXB'), voice: app('VOICE'), ax: app('AX'), x: app('X') },
			stop: () => cleanup.stopAll(),
		};
	});
}

module.exports = { startStack, OWNER };
