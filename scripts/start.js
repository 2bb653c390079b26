#!/usr/bin/env node
// `npm start`: build the package, provision the pinned n8n (first run only; verified every run),
// start the Huawei platform simulator with demo apps whose pushes go to n8n, start n8n with the
// package and the example workflows, wait until their webhooks are registered, and print where to
// click and what to try. Ctrl-C stops n8n and the simulator.
//
// `npm run start:queue` (`--queue`) runs the same in n8n's queue mode: PostgreSQL, Redis, a main
// process, a worker and two webhook processes behind a small load balancer (README "Scaling").
//
// Environment: N8N_PORT (5678), SIMULATOR_PORT (18080), WEBHOOK_PORT (queue mode's balancer, 5690),
// HPN_RUNTIME_DIR (~/.cache/hpn-runtime), HPN_DEMO_DIR (n8n's user folder, default
// <runtime dir>/demo-user; queue mode uses a fresh database each time).
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { childEnv } = require('./runtime/childEnv');
const { Cleanup } = require('./runtime/cleanup');
const runtimeLib = require('./runtime/n8n');
const { ensureRuntime, RUNTIME_DIR } = require('./runtime/provision');
const { startBalancer } = require('./runtime/balancer');
const { startQueueStack } = require('./runtime/queueStack');
const { Simulator } = require('../simulator/server');
const { sampleApps } = require('../simulator/sampleApps');

const ROOT = path.join(__dirname, '..');
const N8N_PORT = Number(process.env.N8N_PORT || 5678);
const SIM_PORT = Number(process.env.SIMULATOR_PORT || 18080);
const WEBHOOK_PORT = Number(process.env.WEBHOOK_PORT || 5690);
const QUEUE = process.argv.includes('--queue');
const DEMO_DIR = process.env.HPN_DEMO_DIR || path.join(RUNTIME_DIR, 'demo-user');
const OWNER = {
	email: 'demo@example.com',
	firstName: 'Demo',
	lastName: 'User',
	password: 'Demo-Passw0rd',
};

function say(line = '') {
	process.stdout.write(`${line}\n`);
}

function build() {
	say('Building the package…');
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: ROOT,
		env: childEnv(),
		stdio: 'inherit',
	});
	if (result.status !== 0) throw new Error('npm run build failed');
}

/** The demo credentials (one per demo app the examples use) and the example workflows. */
function demoContent(sim, apps, workflows) {
	const axb = apps.find((app) => app.mode === 'AXB');
	const voice = apps.find((app) => app.mode === 'VOICE');
	const x = apps.find((app) => app.mode === 'X');
	const credential = (id, name, type, app) =>
		runtimeLib.simulatorCredential(sim.url, { id, name, type }, app);
	return {
		credentials: [
			credential(
				'hpnDemoAxbCred01',
				'Huawei Private Number (demo AXB app)',
				'huaweiPrivateNumberApi',
				axb,
			),
			credential('hpnDemoVoiceCred1', 'Huawei Voice Call (demo app)', 'huaweiVoiceCallApi', voice),
			credential(
				'hpnDemoXCred00001',
				'Huawei Private Number (demo X app)',
				'huaweiPrivateNumberApi',
				x,
			),
		],
		workflows,
	};
}

/** Imports the demo into the user folder, again whenever it (or the simulator's address) changed. */
function importDemo(runtime, options, content) {
	const digest = crypto.createHash('sha256').update(JSON.stringify(content)).digest('hex');
	const marker = path.join(DEMO_DIR, '.demo-imported');
	if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === digest) return;
	say('Importing the demo credentials and example workflows…');
	runtimeLib.importAndPublish(runtime, options, content);
	fs.writeFileSync(marker, digest);
}

function printInstructions(editorUrl, n8nUrl, simUrl) {
	const json = "-H 'Content-Type: application/json'";
	say('');
	say(`n8n is ready:        ${editorUrl}   (log in as ${OWNER.email} / ${OWNER.password})`);
	if (QUEUE)
		say(
			`Webhooks (balanced): ${n8nUrl}   (two n8n webhook processes, one worker, PostgreSQL, Redis)`,
		);
	say(`Huawei simulator:    ${simUrl}   (state: ${simUrl}/admin/state)`);
	say('');
	say('Try it (each command is one line):');
	say(
		'  1. Bind a customer and a driver for an order; the answer holds the private number X (relationNum):',
	);
	say(
		`     curl -s -X POST ${n8nUrl}/webhook/order-assigned ${json} -d '{"orderId":"A-1001","customerPhone":"138 0000 0001","driverPhone":"139 0000 0002"}'`,
	);
	say(
		'  2. The customer calls X (replace X): the "call summary" workflow gets the CDR and downloads the recording:',
	);
	say(
		`     curl -s -X POST ${simUrl}/admin/calls ${json} -d '{"caller":"+8613800000001","called":"X","talkSeconds":42}'`,
	);
	say('  3. The driver calls X but the customer is busy: the "alert" workflow decodes the reason:');
	say(
		`     curl -s -X POST ${simUrl}/admin/calls ${json} -d '{"caller":"+8613900000002","called":"X","outcome":"busy"}'`,
	);
	say('  4. Call a number and read out a verification code:');
	say(
		`     curl -s -X POST ${n8nUrl}/webhook/send-voice-code ${json} -d '{"phone":"135 0000 0001","code":"4711"}'`,
	);
	say(
		'  5. A customer calls an X-mode number: the "route to courier" workflow decides who answers (fwdDstNum):',
	);
	say(
		`     curl -s -X POST ${simUrl}/admin/calls ${json} -d '{"caller":"+8613800000001","called":"+8617050000001"}'`,
	);
	say(
		'  See Executions in n8n. Open an example workflow and its Huawei nodes, or add one from the node panel ("Huawei").',
	);
	say('Press Ctrl-C to stop n8n and the simulator.');
}

async function startRegular(runtime, cleanup, content) {
	fs.mkdirSync(DEMO_DIR, { recursive: true });
	const options = { userFolder: DEMO_DIR, port: N8N_PORT };
	importDemo(runtime, options, content);
	say('Starting n8n…');
	const n8n = cleanup.add(await runtimeLib.startN8n(runtime, options), () => n8n.stop());
	return n8n;
}

/** Queue mode: main, a worker and two webhook processes behind one balancer. */
async function startQueue(runtime, cleanup, content, webhookBase) {
	say('Starting PostgreSQL, Redis and n8n in queue mode (main, worker, two webhook processes)…');
	const { workflows } = content;
	const stack = cleanup.add(
		await startQueueStack({
			runtime,
			credentials: content.credentials,
			workflows,
			env: { WEBHOOK_URL: `${webhookBase}/` },
			mainPort: N8N_PORT,
		}),
		() => stack.stop(),
	);
	const balancer = cleanup.add(
		await startBalancer(
			stack.webhooks.map((w) => w.url),
			WEBHOOK_PORT,
		),
		() => balancer.stop(),
	);
	return stack.main;
}

async function main() {
	build();
	runtimeLib.assertPackageBuilt();
	say(
		`Checking the n8n runtime in ${RUNTIME_DIR} (the first run installs it: about 5 minutes, 2.9 GB)…`,
	);
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
		const sim = cleanup.add(
			await new Simulator({ port: SIM_PORT, timeScale: 0.01, eventGapMs: 300 }).start(),
			() => sim.close(),
		);
		const editorUrl = `http://127.0.0.1:${N8N_PORT}`;
		const n8nUrl = QUEUE ? `http://127.0.0.1:${WEBHOOK_PORT}` : editorUrl;
		const workflows = runtimeLib.exampleWorkflows();
		const byId = (id) => workflows.find((w) => w.id === id);
		const apps = sampleApps();
		/** @param {string} mode */
		const appOf = (mode) => {
			const spec = apps.find((app) => app.mode === mode);
			if (!spec) throw new Error(`sampleApps() has no ${mode} app`);
			return spec;
		};
		appOf('AXB').callbacks = {
			status: runtimeLib.triggerUrl(n8nUrl, byId('hpnExampleFailAlr'), 'On Call End'),
			fee: runtimeLib.triggerUrl(n8nUrl, byId('hpnExampleCdrRecd'), 'On Call Record'),
		};
		const xRoute = runtimeLib.triggerUrl(n8nUrl, byId('hpnExampleXRoute'), 'On Call or SMS to X');
		appOf('X').callbacks = { status: xRoute, smsBlock: xRoute };
		for (const app of apps) sim.addApp(app);

		const content = demoContent(sim, apps, workflows);
		const n8n = QUEUE
			? await startQueue(runtime, cleanup, content, n8nUrl)
			: await startRegular(runtime, cleanup, content);
		n8n.child.once('exit', () => {
			if (!stopping) {
				process.stderr.write(`n8n stopped unexpectedly; see ${n8n.logFile}\n`);
				stop(1);
			}
		});
		await runtimeLib.ownerSession(n8n.url, OWNER);
		await runtimeLib.waitForWebhooks(runtimeLib.webhookUrls(n8nUrl, workflows));
		printInstructions(editorUrl, n8nUrl, sim.url);
	} catch (error) {
		process.stderr.write(`${error.message}\n`);
		await stop(1);
	}
}

main();
