#!/usr/bin/env node
// `npm start`: build and pack both packages, provision the pinned n8n (first run only; verified
// every run), install the packages into n8n's community-package folder as n8n's installer does,
// start the Huawei platform simulator with demo apps whose pushes go to n8n, start n8n (its owner
// set up from the environment, so the printed login always works), import the shipped example
// workflows as a user imports them, wait until their webhooks are registered, and print where to
// click and what to try. Ctrl-C stops n8n and the simulator.
//
// `npm run start:queue` (`--queue`) runs the same in n8n's queue mode: PostgreSQL, Redis, a main
// process, a worker and two webhook processes behind a small load balancer (README "Scaling").
//
// Environment: N8N_PORT (5678), SIMULATOR_PORT (18080), WEBHOOK_PORT (queue mode's balancer, 5690),
// HPN_RUNTIME_DIR (~/.cache/hpn-runtime), HPN_DEMO_DIR (n8n's user folder, default
// <runtime dir>/demo-user; queue mode uses a fresh database each time).
const { spawnSync } = require('node:child_process');
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
const { OWNER } = runtimeLib;

function say(line = '') {
	process.stdout.write(`${line}\n`);
}

function buildPackages() {
	say('Building and packing the packages…');
	const result = spawnSync('npm', ['run', 'pack'], {
		cwd: ROOT,
		env: childEnv(),
		stdio: 'inherit',
	});
	if (result.status !== 0) throw new Error('npm run pack failed');
}

/** The demo credentials, one per demo app the examples use (the ids the examples name). */
function demoCredentials(sim, apps) {
	const app = (mode) => apps.find((spec) => spec.mode === mode);
	const credential = (id, name, type, mode) =>
		runtimeLib.simulatorCredential(sim.url, { id, name, type }, app(mode), {
			...(type === 'huaweiPrivateNumberApi' ? { appMode: mode } : {}),
		});
	return [
		credential(
			'hpnDemoAxbCred01',
			'Huawei Private Number (demo AXB app)',
			'huaweiPrivateNumberApi',
			'AXB',
		),
		credential('hpnDemoVoiceCred1', 'Huawei Voice Call (demo app)', 'huaweiVoiceCallApi', 'VOICE'),
		credential(
			'hpnDemoXCred00001',
			'Huawei Private Number (demo X app)',
			'huaweiPrivateNumberApi',
			'X',
		),
	];
}

/**
 * The example workflows in n8n: imported as a user imports them on the first start, found by
 * name on later starts (the demo folder keeps them), and published.
 */
async function demoWorkflows(session) {
	const existing = (await session.call('GET', '/rest/workflows')).data.data ?? [];
	const saved = {};
	for (const { file, workflow } of runtimeLib.exampleWorkflows()) {
		const known = existing.find((w) => w.name === workflow.name && !w.isArchived);
		if (!known) {
			saved[file] = await runtimeLib.importWorkflow(session, workflow);
			continue;
		}
		const full = (await session.call('GET', `/rest/workflows/${known.id}`)).data.data;
		if (!full.active)
			await session.call('POST', `/rest/workflows/${known.id}/activate`, {
				versionId: full.versionId,
			});
		saved[file] = full;
	}
	return saved;
}

function printInstructions(editorUrl, n8nUrl, simUrl, urls) {
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
		'  1. Bind a customer and a driver for an order; the answer holds the private number X (xNumber):',
	);
	say(
		`     curl -s -X POST ${urls.orderAssigned} ${json} -d '{"orderId":"A-1001","customerPhone":"138 0000 0001","driverPhone":"139 0000 0002"}'`,
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
	say(
		'  4. Call a number and read out a verification code (its CDR then tells the same workflow whether it was heard):',
	);
	say(
		`     curl -s -X POST ${urls.voiceCode} ${json} -d '{"phone":"135 0000 0001","code":"4711"}'`,
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

async function startRegular(runtime, cleanup, credentials) {
	fs.mkdirSync(DEMO_DIR, { recursive: true });
	runtimeLib.installPackages(DEMO_DIR);
	const options = { userFolder: DEMO_DIR, port: N8N_PORT, owner: OWNER };
	runtimeLib.importAndPublish(runtime, options, { credentials, workflows: [] });
	say('Starting n8n…');
	const n8n = cleanup.add(await runtimeLib.startN8n(runtime, options), () => n8n.stop());
	const session = await runtimeLib.login(n8n.url, OWNER);
	return { n8n, examples: await demoWorkflows(session) };
}

/** Queue mode: main, a worker and two webhook processes behind one balancer. */
async function startQueue(runtime, cleanup, credentials, webhookBase) {
	say('Starting PostgreSQL, Redis and n8n in queue mode (main, worker, two webhook processes)…');
	const files = runtimeLib.exampleWorkflows();
	const stack = cleanup.add(
		await startQueueStack({
			runtime,
			credentials,
			examples: files.map(({ workflow }) => workflow),
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
	const examples = Object.fromEntries(files.map(({ file }, i) => [file, stack.examples[i]]));
	return { n8n: stack.main, examples };
}

async function main() {
	buildPackages();
	runtimeLib.packageTarballs();
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
		const apps = sampleApps();
		for (const app of apps) sim.addApp(app);
		const credentials = demoCredentials(sim, apps);
		const { n8n, examples } = QUEUE
			? await startQueue(runtime, cleanup, credentials, n8nUrl)
			: await startRegular(runtime, cleanup, credentials);
		n8n.child.once('exit', () => {
			if (!stopping) {
				process.stderr.write(`n8n stopped unexpectedly; see ${n8n.logFile}\n`);
				stop(1);
			}
		});
		const url = (file, node) => runtimeLib.webhookUrl(n8nUrl, examples[file], node);
		const urls = {
			orderAssigned: url('bind-order-parties.json', 'Order Assigned'),
			voiceCode: url('send-voice-verification-code.json', 'Code Requested'),
			xRoute: url('x-mode-route-to-courier.json', 'On Call or SMS to X'),
		};
		const app = (mode) => sim.state.apps.get(apps.find((spec) => spec.mode === mode)?.appKey);
		app('AXB').callbacks = {
			status: url('alert-failed-calls.json', 'On Call End'),
			fee: url('cdr-recording-summary.json', 'On Call Record'),
		};
		app('X').callbacks = { status: urls.xRoute, smsBlock: urls.xRoute };
		app('VOICE').callbacks = { fee: url('send-voice-verification-code.json', 'On Call Record') };
		await runtimeLib.waitForWebhooks(runtimeLib.webhookUrls(n8nUrl, Object.values(examples)));
		printInstructions(editorUrl, n8nUrl, sim.url, urls);
	} catch (error) {
		process.stderr.write(`${error.message}\n`);
		await stop(1);
	}
}

main();
