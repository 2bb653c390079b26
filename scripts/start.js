#!/usr/bin/env node
// `npm start`: build the package, provision the pinned n8n (first run only; verified every run),
// start the Huawei platform simulator with demo apps whose pushes go to n8n, start n8n with the
// package and the example workflows, wait until their webhooks are registered, and print where to
// click and what to try. Ctrl-C stops n8n and the simulator.
//
// Environment: N8N_PORT (5678), SIMULATOR_PORT (18080), HPN_RUNTIME_DIR (~/.cache/hpn-runtime),
// HPN_DEMO_DIR (n8n's user folder, default <runtime dir>/demo-user).
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { childEnv } = require('./runtime/childEnv');
const { Cleanup } = require('./runtime/cleanup');
const runtimeLib = require('./runtime/n8n');
const { ensureRuntime, RUNTIME_DIR } = require('./runtime/provision');
const { Simulator } = require('../simulator/server');
const { sampleApps } = require('../simulator/sampleApps');

const ROOT = path.join(__dirname, '..');
const N8N_PORT = Number(process.env.N8N_PORT || 5678);
const SIM_PORT = Number(process.env.SIMULATOR_PORT || 18080);
const DEMO_DIR = process.env.HPN_DEMO_DIR || path.join(RUNTIME_DIR, 'demo-user');
const OWNER = { email: 'demo@example.com', firstName: 'Demo', lastName: 'User', password: 'Demo-Passw0rd' };

function say(line = '') {
	process.stdout.write(`${line}\n`);
}

function build() {
	say('Building the package…');
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env: childEnv(), stdio: 'inherit' });
	if (result.status !== 0) throw new Error('npm run build failed');
}

/** Imports the demo credentials and example workflows, again whenever they (or the simulator's address) changed. */
function importDemo(runtime, options, sim, apps, workflows) {
	const axb = apps.find((app) => app.mode === 'AXB');
	const voice = apps.find((app) => app.mode === 'VOICE');
	const x = apps.find((app) => app.mode === 'X');
	const credential = (id, name, type, app) => ({ id, name, type, data: { appKey: app.appKey, appSecret: app.appSecret, accessAddress: sim.url, authScheme: 'aksk', allowUnauthorizedCerts: false } });
	const content = {
		credentials: [
			credential('hpnDemoAxbCred01', 'Huawei Private Number (demo AXB app)', 'huaweiPrivateNumberApi', axb),
			credential('hpnDemoVoiceCred1', 'Huawei Voice Call (demo app)', 'huaweiVoiceCallApi', voice),
			credential('hpnDemoXCred00001', 'Huawei Private Number (demo X app)', 'huaweiPrivateNumberApi', x),
		],
		workflows,
	};
	const digest = crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
	const marker = path.join(DEMO_DIR, '.demo-imported');
	if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === digest) return;
	say('Importing the demo credentials and example workflows…');
	runtimeLib.importAndPublish(runtime, options, content);
	fs.writeFileSync(marker, digest);
}

function printInstructions(n8nUrl, simUrl) {
	const json = "-H 'Content-Type: application/json'";
	say('');
	say(`n8n is ready:        ${n8nUrl}   (log in as ${OWNER.email} / ${OWNER.password})`);
	say(`Huawei simulator:    ${simUrl}   (state: ${simUrl}/admin/state)`);
	say('');
	say('Try it (each command is one line):');
	say('  1. Bind a customer and a driver for an order; the answer holds the private number X (relationNum):');
	say(`     curl -s -X POST ${n8nUrl}/webhook/order-assigned ${json} -d '{"orderId":"A-1001","customerPhone":"138 0000 0001","driverPhone":"139 0000 0002"}'`);
	say('  2. The customer calls X (replace X): the "call summary" workflow gets the CDR and downloads the recording:');
	say(`     curl -s -X POST ${simUrl}/admin/calls ${json} -d '{"caller":"+8613800000001","called":"X","talkSeconds":42}'`);
	say('  3. The driver calls X but the customer is busy: the "alert" workflow decodes the reason:');
	say(`     curl -s -X POST ${simUrl}/admin/calls ${json} -d '{"caller":"+8613900000002","called":"X","outcome":"busy"}'`);
	say('  4. Call a number and read out a verification code:');
	say(`     curl -s -X POST ${n8nUrl}/webhook/send-voice-code ${json} -d '{"phone":"135 0000 0001","code":"4711"}'`);
	say('  5. A customer calls an X-mode number: the "route to courier" workflow decides who answers (fwdDstNum):');
	say(`     curl -s -X POST ${simUrl}/admin/calls ${json} -d '{"caller":"+8613800000001","called":"+8617050000001"}'`);
	say('  See Executions in n8n. Open an example workflow and its Huawei nodes, or add one from the node panel ("Huawei").');
	say('Press Ctrl-C to stop n8n and the simulator.');
}

async function main() {
	build();
	runtimeLib.assertPackageBuilt();
	say(`Checking the n8n runtime in ${RUNTIME_DIR} (the first run installs it: about 5 minutes, 2.9 GB)…`);
	const runtime = ensureRuntime();
	const cleanup = new Cleanup();
	let stopping = false;
	const stop = async (code) => {
		if (stopping) return;
		stopping = true;
		say('\nStopping n8n and the simulator…');
		await cleanup.stopAll().catch((error) => process.stderr.write(`${error.message}\n`));
		process.exit(code);
	};
	process.on('SIGINT', () => stop(0));
	process.on('SIGTERM', () => stop(0));
	try {
		const sim = cleanup.add(await new Simulator({ port: SIM_PORT, timeScale: 0.01, eventGapMs: 300 }).start(), () => sim.close());
		const n8nUrl = `http://127.0.0.1:${N8N_PORT}`;
		const workflows = runtimeLib.exampleWorkflows();
		const byId = (id) => workflows.find((w) => w.id === id);
		const apps = sampleApps();
		apps.find((app) => app.mode === 'AXB').callbacks = {
			status: runtimeLib.triggerUrl(n8nUrl, byId('hpnExampleFailAlr'), 'On Call End'),
			fee: runtimeLib.triggerUrl(n8nUrl, byId('hpnExampleCdrRecd'), 'On Call Record'),
		};
		const xRoute = runtimeLib.triggerUrl(n8nUrl, byId('hpnExampleXRoute'), 'On Call or SMS to X');
		apps.find((app) => app.mode === 'X').callbacks = { status: xRoute, smsBlock: xRoute };
		for (const app of apps) sim.addApp(app);

		fs.mkdirSync(DEMO_DIR, { recursive: true });
		const options = { userFolder: DEMO_DIR, port: N8N_PORT };
		importDemo(runtime, options, sim, apps, workflows);
		say('Starting n8n…');
		const n8n = cleanup.add(await runtimeLib.startN8n(runtime, options), () => n8n.stop());
		n8n.child.once('exit', () => {
			if (!stopping) {
				process.stderr.write(`n8n stopped unexpectedly; see ${n8n.logFile}\n`);
				stop(1);
			}
		});
		await runtimeLib.ownerSession(n8n.url, OWNER);
		await runtimeLib.waitForWebhooks(runtimeLib.webhookUrls(n8nUrl, workflows));
		printInstructions(n8n.url, sim.url);
	} catch (error) {
		process.stderr.write(`${error.message}\n`);
		await stop(1);
	}
}

main();
