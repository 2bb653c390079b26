#!/usr/bin/env node
// `npm run bench:n8n [-- --cases AZBEVCDFGH --pushes 500 --rounds 3 --concurrency 16]`: pushes per
// second inside the pinned real n8n, in one run, side by side: our trigger (A), the cheapest
// community trigger (Z, bench/floor-trigger), n8n's own Webhook node (B), Webhook + a Code node
// checking the signature (E), Webhook + Push → Verify and Parse (V), 50-CDR pushes (C, D) and Voice
// Call (F, G, H); `--cases TUWPQ` measures n8n's de-duplication table empty, full and at 100,000
// entries. Each workflow gets the same signed bodies in interleaved rounds at bounded concurrency,
// and every execution is checked complete. Prints answered/s, completed/s, p50/p99 (serial), n8n's
// CPU ms per push, and the ratios. Extra n8n settings: --env KEY=VALUE (repeatable); trigger
// options: --trigger-options '{…}'.
require('./typescript');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const {
	buildAuthHeaders,
	formatCreated,
	voiceCallPushDigest,
} = require('../nodes/shared/auth/signing.ts');
const { NUMBER_OPTIONS } = require('../nodes/shared/trigger/settings.ts');
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
	process.argv.flatMap((arg, i) =>
		process.argv[i - 1] === '--env'
			? [[arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]]
			: [],
	),
);
const PUSHES = flag('pushes', 500);
/** --cases AZBE: the workflows to run, by letter (default: the comparison with n8n's own nodes). */
const ONLY = process.argv.includes('--cases')
	? process.argv[process.argv.indexOf('--cases') + 1]
	: 'AZBEVCDFGH';
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
	huaweiPrivateNumber: 'n8n-nodes-huawei-private-number.huaweiPrivateNumber',
	huaweiVoiceCall: 'n8n-nodes-huawei-voice-call.huaweiVoiceCall',
	floorTrigger: 'n8n-nodes-bench-floor.floorTrigger',
};
const ourTrigger = (type, credentialType, events, n, options = {}) => ({
	parameters: { events, options: { ...triggerOptions, ...options } },
	id: 't',
	name: 'Trigger',
	type: TYPES[type],
	typeVersion: 2,
	position: [0, 0],
	webhookId: hookId(n),
	credentials: { [credentialType]: credential(credentialType) },
});
const floorTrigger = (n) => ({
	parameters: {},
	id: 'z',
	name: 'Trigger',
	type: TYPES.floorTrigger,
	typeVersion: 2,
	position: [0, 0],
	webhookId: hookId(n),
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
/** What a careful user builds without this package: the X-AKSK check in a Code node. */
const codeCheck = {
	parameters: {
		jsCode: [
			"const crypto = require('crypto');",
			`const APP_KEY = '${APP.appKey}';`,
			`const APP_SECRET = '${APP.appSecret}';`,
			'return $input.all().map((item) => {',
			"\tconst token = String(item.json.headers['x-aksk'] ?? '');",
			'\tconst field = (name) => (new RegExp(`${name}="([^"]*)"`).exec(token) ?? [])[1] ?? \'\';',
			"\tconst created = field('Created');",
			"\tconst digest = crypto.createHmac('sha256', APP_SECRET).update(field('Nonce') + created).digest('base64');",
			'\tconst fresh = Math.abs(Date.now() - Date.parse(created)) <= 300_000;',
			"\tif (field('Username') !== APP_KEY || !fresh || digest !== field('PasswordDigest'))",
			"\t\tthrow new Error('push signature rejected');",
			'\treturn { json: item.json.body };',
			'});',
		].join('\n'),
	},
	id: 'e',
	name: 'Check Signature',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	position: [240, 0],
};
/** This package's Push → Verify and Parse after n8n's own Webhook node. */
const verifyAndParse = (type, credentialType, events) => ({
	parameters: { resource: 'push', operation: 'verifyAndParse', events },
	id: 'v',
	name: 'Verify and Parse',
	type: TYPES[type],
	typeVersion: 1,
	position: [240, 0],
	credentials: { [credentialType]: credential(credentialType) },
});

const PN_EVENTS = ['callin', 'callout', 'alerting', 'answer', 'disconnect'];
const VC_EVENTS = ['callout', 'alerting', 'answer', 'disconnect'];

/**
 * The workflows, by letter: A our trigger, Z the floor (the cheapest community trigger), B n8n's
 * Webhook → NoOp, E Webhook → Code check, V Webhook → Verify and Parse; C and D the same job for
 * 50-CDR pushes; F, G and H (Webhook → Verify and Parse) for Voice Call. `table` marks the workflows whose de-duplication row
 * --table fills.
 */
/**
 * @type {Array<{ key: string, name: string, workflow: any, body: string, sign: string, path?: string,
 *   fill?: { context: string, entries: number } }>}
 */
const CASES = [
	{
		key: 'A',
		name: 'A  Private Number trigger, call events',
		workflow: workflow(
			'benchPnEvents001',
			ourTrigger('huaweiPrivateNumberTrigger', 'huaweiPrivateNumberApi', PN_EVENTS, 1),
		),
		body: 'event',
		sign: 'pn',
	},
	{
		key: 'Z',
		name: 'Z  floor community trigger',
		workflow: workflow('benchFloor000001', floorTrigger(7)),
		body: 'event',
		sign: 'pn',
		path: 'floor',
	},
	{
		key: 'B',
		name: 'B  core Webhook → NoOp',
		workflow: workflow('benchWhEvents001', coreWebhook('bench-events', 2)),
		body: 'event',
		sign: 'pn',
	},
	{
		key: 'E',
		name: 'E  core Webhook → Code check',
		workflow: workflow('benchWhCheck0001', coreWebhook('bench-check', 8), [codeCheck]),
		body: 'event',
		sign: 'pn',
	},
	{
		key: 'V',
		name: 'V  core Webhook → Verify and Parse',
		workflow: workflow('benchWhVerify001', coreWebhook('bench-verify', 9), [
			verifyAndParse('huaweiPrivateNumber', 'huaweiPrivateNumberApi', PN_EVENTS),
		]),
		body: 'event',
		sign: 'pn',
	},
	{
		key: 'C',
		name: 'C  Private Number trigger, 50-CDR pushes',
		workflow: workflow(
			'benchPnCdrs00001',
			ourTrigger('huaweiPrivateNumberTrigger', 'huaweiPrivateNumberApi', ['fee'], 3),
		),
		body: 'cdrs',
		sign: 'pn',
	},
	{
		key: 'D',
		name: 'D  core Webhook + Code split, 50 CDRs',
		workflow: workflow('benchWhCdrs00001', coreWebhook('bench-cdrs', 4), [splitCdrs]),
		body: 'cdrs',
		sign: 'pn',
	},
	{
		key: 'F',
		name: 'F  Voice Call trigger, call events',
		workflow: workflow(
			'benchVcEvents001',
			ourTrigger('huaweiVoiceCallTrigger', 'huaweiVoiceCallApi', VC_EVENTS, 5),
		),
		body: 'event',
		sign: 'vc',
	},
	{
		key: 'G',
		name: 'G  core Webhook, Voice Call bodies',
		workflow: workflow('benchWhVcEvent01', coreWebhook('bench-vc-events', 6)),
		body: 'event',
		sign: 'vc',
	},
	{
		key: 'H',
		name: 'H  core Webhook → Voice Call Verify and Parse',
		workflow: workflow('benchWhVcVerify1', coreWebhook('bench-vc-verify', 15), [
			verifyAndParse('huaweiVoiceCall', 'huaweiVoiceCallApi', VC_EVENTS),
		]),
		body: 'event',
		sign: 'vc',
	},
];

/** Remember Events Across Restarts on, with n8n's table holding `size` entries at most. */
const remembering = (size) => ({ persistentDedupe: true, persistentDedupeSize: size });
const DEFAULT_SIZE = NUMBER_OPTIONS.persistentDedupeSize.default;

/**
 * The steady state of n8n's de-duplication table (`--cases TUWPQ`): the trigger with Remember
 * Events Across Restarts on, its table starting empty (T), filled to the default size (U) or to
 * 100,000 entries (W) before the run; for 50-CDR pushes, which fill any table within a few hundred
 * pushes, at the default size (P) and at 100,000 (Q).
 */
CASES.push(
	{
		key: 'T',
		name: 'T  PN trigger, events, table empty',
		workflow: workflow(
			'benchTableEmpty1',
			ourTrigger(
				'huaweiPrivateNumberTrigger',
				'huaweiPrivateNumberApi',
				PN_EVENTS,
				10,
				remembering(DEFAULT_SIZE),
			),
		),
		body: 'event',
		sign: 'pn',
	},
	{
		key: 'U',
		name: `U  PN trigger, events, table full (${DEFAULT_SIZE})`,
		workflow: workflow(
			'benchTableFull01',
			ourTrigger(
				'huaweiPrivateNumberTrigger',
				'huaweiPrivateNumberApi',
				PN_EVENTS,
				11,
				remembering(DEFAULT_SIZE),
			),
		),
		body: 'event',
		sign: 'pn',
		fill: { context: 'n:t', entries: DEFAULT_SIZE },
	},
	{
		key: 'W',
		name: 'W  PN trigger, events, table 100,000',
		workflow: workflow(
			'benchTable100k01',
			ourTrigger(
				'huaweiPrivateNumberTrigger',
				'huaweiPrivateNumberApi',
				PN_EVENTS,
				12,
				remembering(100_000),
			),
		),
		body: 'event',
		sign: 'pn',
		fill: { context: 'n:t', entries: 100_000 },
	},
	{
		key: 'P',
		name: `P  PN trigger, 50 CDRs, table full (${DEFAULT_SIZE})`,
		workflow: workflow(
			'benchTableCdrs01',
			ourTrigger(
				'huaweiPrivateNumberTrigger',
				'huaweiPrivateNumberApi',
				['fee'],
				13,
				remembering(DEFAULT_SIZE),
			),
		),
		body: 'cdrs',
		sign: 'pn',
		fill: { context: 'n:t', entries: DEFAULT_SIZE },
	},
	{
		key: 'Q',
		name: 'Q  PN trigger, 50 CDRs, table 100,000',
		workflow: workflow(
			'benchTableCdrs02',
			ourTrigger(
				'huaweiPrivateNumberTrigger',
				'huaweiPrivateNumberApi',
				['fee'],
				14,
				remembering(100_000),
			),
		),
		body: 'cdrs',
		sign: 'pn',
		fill: { context: 'n:t', entries: 100_000 },
	},
);

/** The ratios printed, numerator ÷ denominator, when both ran. */
const RATIOS = [
	['A', 'Z', "our trigger's own cost over the cheapest community trigger"],
	['A', 'B', "our trigger ÷ n8n's Webhook"],
	['Z', 'B', "n8n's toll on any community trigger"],
	['A', 'E', 'our trigger ÷ Webhook + Code check'],
	['V', 'B', 'Webhook + Verify and Parse ÷ Webhook'],
	['V', 'E', 'Webhook + Verify and Parse ÷ Webhook + Code check'],
	['C', 'D', '50-CDR pushes: our trigger ÷ Webhook + Code split'],
	['F', 'G', "Voice Call trigger ÷ n8n's Webhook"],
	['H', 'G', 'Voice Call: Webhook + Verify and Parse ÷ Webhook'],
	['T', 'A', "n8n's table (starting empty) ÷ none"],
	['U', 'T', 'table full (default size) ÷ starting empty'],
	['W', 'T', 'table of 100,000 ÷ starting empty'],
	['Q', 'P', '50 CDRs: table of 100,000 ÷ full default'],
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

/** The floor trigger (Z) packed as n8n's installer gets a package. */
function floorPackage(dir) {
	const source = path.join(__dirname, 'floor-trigger');
	const { name, version } = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
	const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', dir], {
		cwd: source,
		encoding: 'utf8',
	});
	if (packed.status !== 0) throw new Error(`npm pack of ${source} failed: ${packed.stderr}`);
	const file = packed.stdout.trim().split('\n').pop() ?? '';
	return { name, version, tarball: path.join(dir, file) };
}

/**
 * Fills the de-duplication row of each chosen workflow that asks for it, as n8n's table holds it
 * after that many events (one MD5 in Base64 per event), so that a run measures the steady state.
 */
function fillDedupeTables(runtime, userFolder, cases) {
	const rows = cases.filter((c) => c.fill).map((c) => ({ workflowId: c.workflow.id, ...c.fill }));
	if (rows.length === 0) return;
	const script = `
		const { DatabaseSync } = require('node:sqlite');
		const { createHash } = require('node:crypto');
		const db = new DatabaseSync(process.argv[1]);
		const insert = db.prepare('INSERT OR REPLACE INTO processed_data (workflowId, context, value, createdAt, updatedAt) VALUES (?, ?, ?, datetime(), datetime())');
		for (const row of ${JSON.stringify(rows)}) {
			const data = Array.from({ length: row.entries }, (_, i) =>
				createHash('md5').update(row.workflowId + '-' + i).digest('base64'));
			insert.run(row.workflowId, row.context, JSON.stringify({ mode: 'entries', data }));
		}
	`;
	const result = spawnSync(
		runtime.nodeBin,
		['--no-warnings', '-e', script, path.join(userFolder, '.n8n', 'database.sqlite')],
		{ encoding: 'utf8' },
	);
	if (result.status !== 0)
		throw new Error(`filling the de-duplication table failed: ${result.stderr}`);
}

async function main() {
	runtimeLib.packageTarballs();
	const runtime = ensureRuntime();
	const cleanup = new Cleanup();
	const cases = CASES.filter((c) => ONLY.includes(c.key));
	try {
		const port = await runtimeLib.freePort();
		const base = `http://127.0.0.1:${port}`;
		const userFolder = cleanup.add(fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-bench-n8n-')), () =>
			fs.rmSync(userFolder, { recursive: true, force: true }),
		);
		runtimeLib.installPackages(userFolder, [
			...runtimeLib.packageTarballs(),
			floorPackage(userFolder),
		]);
		const options = {
			userFolder,
			port,
			owner: runtimeLib.OWNER,
			// the Code check (E) needs node:crypto, as a user would allow it
			env: { N8N_LOG_LEVEL: 'error', NODE_FUNCTION_ALLOW_BUILTIN: 'crypto', ...extraEnv },
		};
		// The pushes need no answer from Huawei: the access address is a closed port.
		const cred = (id, name, type) =>
			runtimeLib.simulatorCredential('http://127.0.0.1:9', { id, name, type }, APP);
		runtimeLib.importAndPublish(runtime, options, {
			credentials: [
				cred('benchPnCred00001', 'bench PN', 'huaweiPrivateNumberApi'),
				cred('benchVcCred00001', 'bench VC', 'huaweiVoiceCallApi'),
			],
			workflows: cases.map((c) => c.workflow),
		});
		fillDedupeTables(runtime, userFolder, cases);
		const n8n = cleanup.add(await runtimeLib.startN8n(runtime, options), () => n8n.stop());
		const urls = cases.map((c) =>
			c.path
				? `${base}/webhook/${c.workflow.nodes[0].webhookId}/${c.path}`
				: runtimeLib.webhookUrl(base, c.workflow, 'Trigger'),
		);
		await runtimeLib.waitForWebhooks(urls);
		const session = await runtimeLib.login(base, runtimeLib.OWNER);
		for (const [i, benchCase] of cases.entries())
			await runRound(benchCase, urls[i], session, n8n, 20); // warm-up

		const totals = cases.map(() => ({
			pushes: 0,
			answeredMs: 0,
			completedMs: 0,
			cpuMs: 0,
			refused: 0,
			failed: 0,
		}));
		for (let round = 0; round < ROUNDS; round++) {
			for (const [i, benchCase] of cases.entries()) {
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
		for (const [i, benchCase] of cases.entries())
			latency.push(await serialLatency(benchCase, urls[i]));

		const rows = cases.map((benchCase, i) => {
			const t = totals[i];
			return {
				key: benchCase.key,
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
		const settings = {
			...extraEnv,
			...(Object.keys(triggerOptions).length ? { triggerOptions } : {}),
		};
		process.stdout.write(
			`\nn8n ${N8N_VERSION}, ${ROUNDS} interleaved rounds x ${PUSHES} pushes at concurrency ${CONCURRENCY}, ${SERIAL} serial pushes for latency${Object.keys(settings).length ? `, ${JSON.stringify(settings)}` : ''}\n`,
		);
		process.stdout.write(
			`${'workflow'.padEnd(42)} answered/s completed/s  p50 ms  p99 ms  CPU ms/push  refused failed\n`,
		);
		for (const r of rows)
			process.stdout.write(
				`${r.workflow.padEnd(42)} ${fixed(r.answeredPerS)}  ${fixed(r.completedPerS)}   ${fixed(r.p50, 0)} ${fixed(r.p99, 0)}    ${fixed(r.cpuMsPerPush)}  ${String(r.refused).padStart(7)} ${String(r.failed).padStart(6)}\n`,
			);
		process.stdout.write('\nratios (same bodies, same run):\n');
		const row = (key) => rows.find((r) => r.key === key);
		for (const [top, bottom, meaning] of RATIOS) {
			const ours = row(top);
			const theirs = row(bottom);
			if (!ours || !theirs) continue;
			process.stdout.write(
				`  ${`${top} ÷ ${bottom}`.padEnd(7)} ${meaning.padEnd(52)} completed/s ${fixed(ours.completedPerS / theirs.completedPerS, 2)}   CPU/push ${fixed(ours.cpuMsPerPush / theirs.cpuMsPerPush, 2)}   p50 ${fixed(ours.p50 / theirs.p50, 2)}\n`,
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
