#!/usr/bin/env node
// `npm run bench:n8n [-- --pushes 500 --rounds 3 --concurrency 16]`: pushes per second through the
// Huawei triggers inside the pinned real n8n, beside n8n's own Webhook node doing the same job, in
// one run: each workflow gets the same signed bodies (single call events; 50-CDR pushes, which the
// Webhook workflow splits with a Code node), in interleaved rounds at bounded concurrency, and every
// execution is checked complete. Prints answered/s, completed/s, p50/p99 (serial) and n8n's CPU ms
// per push, and the ratios trigger ÷ Webhook. Extra n8n settings: --env KEY=VALUE (repeatable).
require('./typescript');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const {
	buildAuthHeaders,
	formatCreated,
	voiceCallPushDigest,
} = require('../nodes/shared/auth/signing.ts');
const { Cleanup } = require('../scripts/runtime/cleanup');
const runtimeLib = require('../scripts/runtime/n8n');
const { ensureRuntime, N8N_VERSION } = require('../scripts/runtime/provision');

const flag = (name, fallback) => {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const triggerOptions = process.argv.includes('--trigger-options')
	? JSON.parse(process.argv[process.argv.indexOf('--trigger-options') + 1])
	: {};
const extraEnv = Object.fromEntries(
	process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--env' ? [arg.split('=')] : [])),
);
const PUSHES = flag('pushes', 500);
const ROUNDS = flag('rounds', 3);
const CONCURRENCY = flag('concurrency', 16);
const SERIAL = flag('serial', 60);
const APP = { appKey: 'benchAppKey000001', appSecret: 'benchAppSecret-0123456789abcdef' };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const credential = (type) =>
	({
		huaweiPrivateNumberApi: { id: 'benchPnCred00001', name: 'bench PN' },
		huaweiVoiceCallApi: { id: 'benchVcCred00001', name: 'bench VC' },
	})[type];

function workflow(id, trigger, rest = []) {
	const nodes = [
		trigger,
		...rest,
		{
			parameters: {},
			id: 'done',
			name: 'Done',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [480, 0],
		},
	];
	const chain = nodes.map((n) => n.name);
	const connections = Object.fromEntries(
		chain
			.slice(0, -1)
			.map((name, i) => [name, { main: [[{ node: chain[i + 1], type: 'main', index: 0 }]] }]),
	);
	return {
		id,
		name: `bench ${id}`,
		nodes,
		connections,
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

const hookId = (n) => `be0c0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** Node types as n8n names the nodes of the installed packages: `<package>.<node>`. */
const TYPES = {
	huaweiPrivateNumberTrigger: 'n8n-nodes-huawei-private-number.huaweiPrivateNumberTrigger',
	huaweiVoiceCallTrigger: 'n8n-nodes-huawei-voice-call.huaweiVoiceCallTrigger',
};
const ourTrigger = (type, credentialType, events, n) => ({
	parameters: { events, options: triggerOptions },
	id: 't',
	name: 'Trigger',
	type: TYPES[type],
	typeVersion: 2,
	position: [0, 0],
	webhookId: hookId(n),
	credentials: { [credentialType]: credential(credentialType) },
});
const coreWebhook = (webhookPath, n) => ({
	parameters: { httpMethod: 'POST', path: webhookPath, options: {} },
	id: 'w',
	name: 'Trigger',
	type: 'n8n-nodes-base.webhook',
	typeVersion: 2.1,
	position: [0, 0],
	webhookId: hookId(n),
});
const splitCdrs = {
	parameters: { jsCode: 'return $input.first().json.body.feeLst.map((cdr) => ({ json: cdr }));' },
	id: 'c',
	name: 'Split CDRs',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	position: [240, 0],
};

const CASES = [
	{
		name: 'Private Number trigger, call events',
		workflow: workflow(
			'benchPnEvents001',
			ourTrigger(
				'huaweiPrivateNumberTrigger',
				'huaweiPrivateNumberApi',
				['callin', 'callout', 'alerting', 'answer', 'disconnect'],
				1,
			),
		),
		body: 'event',
		sign: 'pn',
	},
	{
		name: 'core Webhook, same bodies',
		workflow: workflow('benchWhEvents001', coreWebhook('bench-events', 2)),
		body: 'event',
		sign: 'pn',
		baselineFor: 0,
	},
	{
		name: 'Private Number trigger, 50-CDR pushes',
		workflow: workflow(
			'benchPnCdrs00001',
			ourTrigger('huaweiPrivateNumberTrigger', 'huaweiPrivateNumberApi', ['fee'], 3),
		),
		body: 'cdrs',
		sign: 'pn',
	},
	{
		name: 'core Webhook + Code split, 50 CDRs',
		workflow: workflow('benchWhCdrs00001', coreWebhook('bench-cdrs', 4), [splitCdrs]),
		body: 'cdrs',
		sign: 'pn',
		baselineFor: 2,
	},
	{
		name: 'Voice Call trigger, call events',
		workflow: workflow(
			'benchVcEvents001',
			ourTrigger(
				'huaweiVoiceCallTrigger',
				'huaweiVoiceCallApi',
				['callout', 'alerting', 'answer', 'disconnect'],
				5,
			),
		),
		body: 'event',
		sign: 'vc',
	},
	{
		name: 'core Webhook, Voice Call bodies',
		workflow: workflow('benchWhVcEvent01', coreWebhook('bench-vc-events', 6)),
		body: 'event',
		sign: 'vc',
		baselineFor: 4,
	},
];

let sequence = 0;
function body(kind) {
	const n = (sequence += 1);
	const time = new Date(Date.UTC(2026, 10, 25) + n * 1000)
		.toISOString()
		.replace('T', ' ')
		.slice(0, 19);
	if (kind === 'event')
		return {
			eventType: 'answer',
			statusInfo: {
				sessionId: `bench-${n}`,
				timestamp: time,
				caller: '+8617010000001',
				called: '+8613900000002',
				subscriptionId: 'sub-1',
			},
		};
	const feeLst = Array.from({ length: 50 }, (_, i) => ({
		direction: 1,
		spId: 'sp',
		appKey: APP.appKey,
		icid: `icid-${n}-${i}`,
		bindNum: '+8617010000001',
		sessionId: `bench-${n}-${i}`,
		subscriptionId: 'sub-1',
		callerNum: '+8613800000001',
		calleeNum: '+8617010000001',
		fwdDisplayNum: '+8617010000001',
		fwdDstNum: '+8613900000002',
		callInTime: time,
		fwdStartTime: time,
		fwdAlertingTime: time,
		fwdAnswerTime: time,
		callEndTime: time,
		fwdUnaswRsn: 0,
		ulFailReason: 0,
		sipStatusCode: 0,
		callOutUnaswRsn: 0,
		recordFlag: 0,
		ttsPlayTimes: 0,
		ttsTransDuration: 0,
		serviceType: '004',
		hostName: 'h',
	}));
	return { eventType: 'fee', feeLst };
}

function headersFor(sign, url) {
	if (sign === 'pn') return buildAuthHeaders(APP);
	const nonce = `B${(sequence += 1)}${Math.random().toString(36).slice(2)}`;
	const created = formatCreated(new Date());
	const digest = voiceCallPushDigest(APP.appSecret, url, nonce, created, '\n');
	return {
		Authorization: 'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
		'X-AKSK': `UsernameToken Username="${APP.appKey}",PasswordDigest="${digest}",Nonce="${nonce}",Created="${created}"`,
	};
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function post(url, payload, headers) {
	const text = JSON.stringify(payload);
	return new Promise((resolve, reject) => {
		const started = process.hrtime.bigint();
		const req = http.request(
			url,
			{
				method: 'POST',
				agent,
				headers: {
					...headers,
					'Content-Type': 'application/json;charset=UTF-8',
					'Content-Length': Buffer.byteLength(text),
				},
			},
			(res) => {
				res.resume();
				res.on('end', () =>
					resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
				);
			},
		);
		req.on('error', reject);
		req.end(text);
	});
}

/** CPU time (ms) of every process in n8n's process group (n8n and its task runner). */
function groupCpuMs(pgid) {
	const ticks = 100; // USER_HZ on Linux
	let total = 0;
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(fields[2]) !== pgid) continue;
			total += ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
		} catch {
			// ended meanwhile
		}
	}
	return total;
}

async function countByStatus(session, workflowId, ...status) {
	const res = await session.call(
		'GET',
		`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId, status }))}&limit=1`,
	);
	return res.data.data.count ?? 0;
}

// With EXECUTIONS_DATA_SAVE_ON_SUCCESS=none n8n deletes a successful execution's record when it
// ends; the record exists from before the push is answered, so "none in flight" means all done.
const SAVES_SUCCESS = extraEnv.EXECUTIONS_DATA_SAVE_ON_SUCCESS !== 'none';

/** Executions of the round finished so far. */
async function finished(session, workflowId, before, pushes) {
	if (SAVES_SUCCESS) return (await countByStatus(session, workflowId, 'success')) - before;
	return (await countByStatus(session, workflowId, 'new', 'running')) === 0 ? pushes : 0;
}

async function runRound(benchCase, url, session, n8n, pushes) {
	const before = SAVES_SUCCESS ? await countByStatus(session, benchCase.workflow.id, 'success') : 0;
	const cpuBefore = groupCpuMs(n8n.pid);
	const started = Date.now();
	let next = 0;
	let refused = 0;
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < pushes) {
				next += 1;
				const { status } = await post(url, body(benchCase.body), headersFor(benchCase.sign, url));
				if (status !== 200) refused += 1;
			}
		}),
	);
	const answeredMs = Date.now() - started;
	const deadline = Date.now() + 300_000;
	let done = 0;
	while ((done = await finished(session, benchCase.workflow.id, before, pushes)) < pushes) {
		if (Date.now() > deadline)
			throw new Error(`${benchCase.name}: only ${done}/${pushes} executions completed`);
		await sleep(50);
	}
	const completedMs = Date.now() - started;
	return {
		answeredMs,
		completedMs,
		cpuMs: groupCpuMs(n8n.pid) - cpuBefore,
		refused,
		failed: await countByStatus(session, benchCase.workflow.id, 'error'),
	};
}

async function serialLatency(benchCase, url) {
	const times = [];
	for (let i = 0; i < SERIAL; i++)
		times.push((await post(url, body(benchCase.body), headersFor(benchCase.sign, url))).ms);
	times.sort((a, b) => a - b);
	return {
		p50: times[Math.floor(times.length * 0.5)],
		p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))],
	};
}

async function main() {
	runtimeLib.packageTarballs();
	const runtime = ensureRuntime();
	const cleanup = new Cleanup();
	try {
		const port = await runtimeLib.freePort();
		const base = `http://127.0.0.1:${port}`;
		const userFolder = cleanup.add(fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-bench-n8n-')), () =>
			fs.rmSync(userFolder, { recursive: true, force: true }),
		);
		runtimeLib.installPackages(userFolder);
		const options = {
			userFolder,
			port,
			owner: runtimeLib.OWNER,
			env: { N8N_LOG_LEVEL: 'error', ...extraEnv },
		};
		// The pushes need no answer from Huawei: the access address is a closed port.
		const cred = (id, name, type) =>
			runtimeLib.simulatorCredential('http://127.0.0.1:9', { id, name, type }, APP);
		runtimeLib.importAndPublish(runtime, options, {
			credentials: [
				cred('benchPnCred00001', 'bench PN', 'huaweiPrivateNumberApi'),
				cred('benchVcCred00001', 'bench VC', 'huaweiVoiceCallApi'),
			],
			workflows: CASES.map((c) => c.workflow),
		});
		const n8n = cleanup.add(await runtimeLib.startN8n(runtime, options), () => n8n.stop());
		const urls = runtimeLib.webhookUrls(
			base,
			CASES.map((c) => c.workflow),
		);
		await runtimeLib.waitForWebhooks(urls);
		const session = await runtimeLib.login(base, runtimeLib.OWNER);
		for (const [i, benchCase] of CASES.entries())
			await runRound(benchCase, urls[i], session, n8n, 20); // warm-up

		const totals = CASES.map(() => ({
			pushes: 0,
			answeredMs: 0,
			completedMs: 0,
			cpuMs: 0,
			refused: 0,
			failed: 0,
		}));
		for (let round = 0; round < ROUNDS; round++) {
			for (const [i, benchCase] of CASES.entries()) {
				const result = await runRound(benchCase, urls[i], session, n8n, PUSHES);
				const t = totals[i];
				t.pushes += PUSHES;
				t.answeredMs += result.answeredMs;
				t.completedMs += result.completedMs;
				t.cpuMs += result.cpuMs;
				t.refused += result.refused;
				t.failed = result.failed;
			}
		}
		const latency = [];
		for (const [i, benchCase] of CASES.entries())
			latency.push(await serialLatency(benchCase, urls[i]));

		const rows = CASES.map((benchCase, i) => {
			const t = totals[i];
			return {
				workflow: benchCase.name,
				answeredPerS: (t.pushes / t.answeredMs) * 1000,
				completedPerS: (t.pushes / t.completedMs) * 1000,
				p50: latency[i].p50,
				p99: latency[i].p99,
				cpuMsPerPush: t.cpuMs / t.pushes,
				refused: t.refused,
				failed: t.failed,
			};
		});
		const fixed = (v, d = 1) => v.toFixed(d).padStart(8);
		process.stdout.write(
			`\nn8n ${N8N_VERSION}, ${ROUNDS} interleaved rounds x ${PUSHES} pushes at concurrency ${CONCURRENCY}, ${SERIAL} serial pushes for latency${Object.keys(extraEnv).length ? `, ${JSON.stringify(extraEnv)}` : ''}\n`,
		);
		process.stdout.write(
			`${'workflow'.padEnd(40)} answered/s completed/s  p50 ms  p99 ms  CPU ms/push  refused failed\n`,
		);
		for (const r of rows)
			process.stdout.write(
				`${r.workflow.padEnd(40)} ${fixed(r.answeredPerS)}  ${fixed(r.completedPerS)}   ${fixed(r.p50, 0)} ${fixed(r.p99, 0)}    ${fixed(r.cpuMsPerPush)}  ${String(r.refused).padStart(7)} ${String(r.failed).padStart(6)}\n`,
			);
		process.stdout.write('\nratios trigger ÷ core Webhook (same job):\n');
		for (const baseline of CASES.filter((c) => c.baselineFor !== undefined)) {
			const ours = rows[baseline.baselineFor];
			const theirs = rows[CASES.indexOf(baseline)];
			process.stdout.write(
				`  ${ours.workflow.padEnd(40)} completed/s ${fixed(ours.completedPerS / theirs.completedPerS, 2)}   CPU/push ${fixed(ours.cpuMsPerPush / theirs.cpuMsPerPush, 2)}   p50 ${fixed(ours.p50 / theirs.p50, 2)}   p99 ${fixed(ours.p99 / theirs.p99, 2)}\n`,
			);
		}
		if (rows.some((r) => r.refused || r.failed))
			throw new Error('some pushes were refused or some executions failed');
	} finally {
		agent.destroy();
		await cleanup.stopAll();
	}
}

main().catch((error) => {
	process.stderr.write(`${error.stack ?? error}\n`);
	process.exit(1);
});
