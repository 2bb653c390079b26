#!/usr/bin/env node
// `npm start`: build the package, provision the pinned n8n (first run only), start the Huawei
// platform simulator with demo apps whose pushes go to n8n, start n8n with the package and the
// example workflows, and print where to click. Ctrl-C stops everything it started.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const runtimeLib = require('./n8nRuntime');

const ROOT = path.join(__dirname, '..');
const N8N_PORT = Number(process.env.N8N_PORT || 5678);
const SIM_PORT = Number(process.env.SIMULATOR_PORT || 18080);
const OWNER = { email: 'demo@example.com', firstName: 'Demo', lastName: 'User', password: 'Demo-Passw0rd' };

function say(line = '') {
	process.stdout.write(`${line}\n`);
}

async function main() {
	say('Building the package…');
	const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);

	say('Preparing n8n (the first run downloads it into ~/.cache/hpn-runtime; later runs reuse it)…');
	const runtime = runtimeLib.ensureRuntime();

	require('../simulator/shared');
	const { Simulator } = require('../simulator/server');
	const { sampleApps } = require('../simulator/sampleApps');
	const sim = new Simulator({ port: SIM_PORT, httpsPort: SIM_PORT + 363, timeScale: 0.01, eventGapMs: 300 });
	await sim.start();

	const n8nUrl = `http://127.0.0.1:${N8N_PORT}`;
	const workflows = runtimeLib.exampleWorkflows();
	const byId = (id) => workflows.find((w) => w.id === id);
	const apps = sampleApps();
	const axb = apps.find((app) => app.mode === 'AXB');
	axb.callbacks = {
		status: runtimeLib.triggerUrl(n8nUrl, byId('hpnExampleFailAlr'), 'On Call End'),
		fee: runtimeLib.triggerUrl(n8nUrl, byId('hpnExampleCdrRecd'), 'On Call Record'),
	};
	for (const app of apps) sim.addApp(app);

	const userFolder = path.join(runtimeLib.RUNTIME_DIR, 'demo-user');
	const options = { userFolder, port: N8N_PORT, extensions: path.join(ROOT, 'dist') };
	const marker = path.join(userFolder, '.demo-imported');
	if (!fs.existsSync(marker)) {
		fs.mkdirSync(userFolder, { recursive: true });
		say('Importing the demo credentials and example workflows…');
		const voice = apps.find((app) => app.mode === 'VOICE');
		const credential = (id, name, type, app) => ({ id, name, type, data: { appKey: app.appKey, appSecret: app.appSecret, accessAddress: sim.url, authScheme: 'aksk', allowUnauthorizedCerts: false } });
		runtimeLib.importAndPublish(runtime, options, {
			credentials: [
				credential('hpnDemoAxbCred01', 'Huawei Private Number (demo AXB app)', 'huaweiPrivateNumberApi', axb),
				credential('hpnDemoVoiceCred1', 'Huawei Voice Call (demo app)', 'huaweiVoiceCallApi', voice),
			],
			workflows,
		});
		fs.writeFileSync(marker, new Date().toISOString());
	}

	say('Starting n8n…');
	const n8n = await runtimeLib.startN8n(runtime, options);
	await runtimeLib.ownerSession(n8n.url, OWNER);

	say('');
	say(`n8n is ready:        ${n8n.url}   (log in as ${OWNER.email} / ${OWNER.password})`);
	say(`Huawei simulator:    ${sim.url}   (state: ${sim.url}/admin/state)`);
	say('');
	say('Try it:');
	say(`  1. Bind a customer and a driver:  curl -X POST ${n8n.url}/webhook/order-assigned -H 'Content-Type: application/json' \\`);
	say(`       -d '{"orderId":"A-1001","customerPhone":"138 0000 0001","driverPhone":"139 0000 0002"}'`);
	say(`  2. Place a call through the private number it returned (replace X):`);
	say(`       curl -X POST ${sim.url}/admin/calls -H 'Content-Type: application/json' -d '{"caller":"+8613800000001","called":"X","talkSeconds":42}'`);
	say('     The "call summary" workflow gets the CDR and downloads the recording; see Executions in n8n.');
	say(`  3. A failed call:  … -d '{"caller":"+8613900000002","called":"X","outcome":"busy"}'  → the "alert" workflow decodes the reason.`);
	say(`  4. Voice code:  curl -X POST ${n8n.url}/webhook/send-voice-code -H 'Content-Type: application/json' -d '{"phone":"13500000001","code":"4711"}'`);
	say('  In the editor, open any example workflow and the Huawei nodes, or add one from the node panel ("Huawei").');
	say('Press Ctrl-C to stop n8n and the simulator.');

	const stop = async () => {
		say('\nStopping…');
		await n8n.stop();
		await sim.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`${error.stack}\n`);
	process.exit(1);
});
