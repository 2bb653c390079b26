// Runs the provisioned n8n: its CLI (import, publish), its processes (main, worker, webhook) with
// the built package as a custom extension, readiness checks, and a logged-in REST client.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { request } = require('./http');
const { startGroup } = require('./processes');

const ROOT = path.join(__dirname, '..', '..');
/** The built package (`npm run build`), loaded by n8n from a custom-extensions folder. */
const PACKAGE_DIST = path.join(ROOT, 'dist');
const PACKAGE_PREFIX = 'n8n-nodes-huawei-private-number.';
const EXAMPLES_DIR = path.join(ROOT, 'examples');
/** Fixed so that every process of one installation (main, workers, webhook processes) can decrypt credentials. */
const ENCRYPTION_KEY = 'hpn-local-demo-encryption-key-0001';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @returns {Promise<number>} */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (server.address());
			server.close(() => resolve(port));
		});
	});
}

/** Fails early with a clear message when the package was not built (n8n would just show no Huawei nodes). */
function assertPackageBuilt() {
	const nodeFile = path.join(
		PACKAGE_DIST,
		'nodes',
		'HuaweiPrivateNumber',
		'HuaweiPrivateNumber.node.js',
	);
	if (!fs.existsSync(nodeFile))
		throw new Error(`the package is not built (${nodeFile} is missing): run "npm run build" first`);
}

/**
 * One n8n process (see n8nEnv and startN8n).
 * @typedef {object} N8nProcessOptions
 * @property {string} userFolder
 * @property {number} [port] default 5678
 * @property {string} [webhookUrl] public base URL
 * @property {number} [brokerPort] task runner broker, must differ per process (default port + 1)
 * @property {Record<string, string>} [env] extra variables, e.g. queue mode
 * @property {'start' | 'worker' | 'webhook'} [role] default 'start' (main)
 * @property {string} [logFile]
 * @property {string} [readyPath]
 * @property {number} [timeoutMs]
 */

/**
 * The environment of one n8n process. options: userFolder, port, webhookUrl (public base URL),
 * brokerPort (task runner broker, must differ per process), env (extra variables, e.g. queue mode).
 * @param {N8nProcessOptions} options
 */
function n8nEnv(runtime, options) {
	const port = options.port ?? 5678;
	return runtime.nodeEnv({
		// jest sets NODE_ENV=test, which makes n8n exit at start-up
		NODE_ENV: 'production',
		N8N_USER_FOLDER: options.userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		WEBHOOK_URL: options.webhookUrl ?? `http://127.0.0.1:${port}/`,
		N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_CUSTOM_EXTENSIONS: PACKAGE_DIST,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(options.brokerPort ?? port + 1),
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		DB_SQLITE_POOL_SIZE: '2',
		N8N_LOG_LEVEL: 'warn',
		...options.env,
	});
}

function n8nCli(runtime, options, args) {
	const { spawnSync } = require('node:child_process');
	const result = spawnSync(runtime.nodeBin, [runtime.n8nBin, ...args], {
		env: n8nEnv(runtime, options),
		encoding: 'utf8',
		maxBuffer: 16 * 1024 * 1024,
		timeout: 180_000,
	});
	if (result.status !== 0)
		throw new Error(
			`n8n ${args.join(' ')} failed (exit ${result.status}):\n${`${result.stderr}${result.stdout}`.slice(-3000)}`,
		);
	return result.stdout;
}

/**
 * Starts one n8n process: role 'start' (main), 'worker' or 'webhook'. Resolves once it answers
 * `readyPath` on `port` (main and webhook processes) or its health port (workers); fails fast with
 * the end of its log if it exits or is not ready within `timeoutMs`.
 * @param {N8nProcessOptions} options
 */
async function startN8n(runtime, options) {
	const role = options.role ?? 'start';
	const logFile =
		options.logFile ?? path.join(options.userFolder, `n8n-${role}-${options.port}.log`);
	const out = fs.openSync(logFile, 'a');
	const child = startGroup(runtime.nodeBin, [runtime.n8nBin, role], {
		env: n8nEnv(runtime, options),
		stdio: ['ignore', out, out],
	});
	fs.closeSync(out);
	const url = `http://127.0.0.1:${options.port}`;
	const readyUrl = `${url}${options.readyPath ?? (role === 'start' ? '/rest/settings' : '/healthz')}`;
	const deadline = Date.now() + (options.timeoutMs ?? 180_000);
	const tail = () => fs.readFileSync(logFile, 'utf8').slice(-3000);
	for (;;) {
		if (child.hasExited())
			throw new Error(`n8n ${role} exited during start-up; the end of ${logFile}:\n${tail()}`);
		if (Date.now() > deadline) {
			await child.stop(1000);
			throw new Error(
				`n8n ${role} was not ready within ${Math.round((options.timeoutMs ?? 180_000) / 1000)} s; the end of ${logFile}:\n${tail()}`,
			);
		}
		try {
			if ((await request('GET', readyUrl, { timeoutMs: 5000 })).status === 200) break;
		} catch {
			// not listening yet
		}
		await sleep(500);
	}
	return { url, role, logFile, child, pid: child.pid, stop: () => child.stop() };
}

/**
 * Resolves once every production webhook URL is registered. n8n activates published workflows
 * asynchronously after start-up, so a server that answers may not know its webhooks yet. A GET to a
 * POST-only webhook that exists is answered "not registered for GET requests … POST"; one that
 * does not exist (yet) "The requested webhook … is not registered".
 */
async function waitForWebhooks(urls, { timeoutMs = 120_000 } = {}) {
	const deadline = Date.now() + timeoutMs;
	const pending = new Set(urls);
	while (pending.size) {
		for (const url of [...pending]) {
			try {
				const res = await request('GET', url, { timeoutMs: 5000 });
				const message =
					typeof res.data === 'object' && res.data
						? String(res.data.message ?? '')
						: String(res.data);
				if (res.status !== 404 || /not registered for GET requests/.test(message))
					pending.delete(url);
			} catch {
				// the process is not listening yet
			}
		}
		if (!pending.size) break;
		if (Date.now() > deadline)
			throw new Error(
				`these webhooks were not registered within ${timeoutMs / 1000} s: ${[...pending].join(', ')}`,
			);
		await sleep(500);
	}
}

/** A logged-in REST client (the owner is created on first use). */
async function ownerSession(url, owner) {
	let cookie = '';
	const call = async (method, route, body) => {
		const res = await request(method, `${url}${route}`, {
			body,
			headers: cookie ? { Cookie: cookie } : {},
		});
		const setCookie = res.headers['set-cookie'];
		if (setCookie) cookie = setCookie[0].split(';')[0];
		return { status: res.status, data: res.data };
	};
	const setup = await call('POST', '/rest/owner/setup', owner);
	if (setup.status !== 200) {
		const login = await call('POST', '/rest/login', {
			emailOrLdapLoginId: owner.email,
			password: owner.password,
		});
		if (login.status !== 200)
			throw new Error(`could not log in to n8n: ${JSON.stringify(login.data)}`);
	}
	return { call, cookie: () => cookie };
}

/** The shipped example workflows, with node types as n8n names them when loaded from a custom folder. */
function exampleWorkflows() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.map((file) =>
			JSON.parse(
				fs
					.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')
					.split(PACKAGE_PREFIX)
					.join('CUSTOM.'),
			),
		);
}

/** Production URL of a trigger node of ours inside n8n (`/webhook/<webhookId>/<path>`). */
function triggerUrl(baseUrl, workflow, nodeName) {
	const node = workflow.nodes.find((n) => n.name === nodeName);
	if (!node) throw new Error(`workflow ${workflow.id} has no node "${nodeName}"`);
	const webhookPath = node.type.endsWith('VoiceCallTrigger')
		? 'huawei-voice-call'
		: 'huawei-private-number';
	return `${baseUrl}/webhook/${node.webhookId}/${webhookPath}`;
}

/** Every production webhook URL of `workflows` (our triggers and n8n's Webhook nodes). */
function webhookUrls(baseUrl, workflows) {
	const urls = [];
	for (const workflow of workflows) {
		for (const node of workflow.nodes) {
			if (node.disabled) continue;
			if (node.type === 'n8n-nodes-base.webhook')
				urls.push(`${baseUrl}/webhook/${node.parameters.path}`);
			else if (/^CUSTOM\.huawei\w*Trigger$/.test(node.type))
				urls.push(triggerUrl(baseUrl, workflow, node.name));
		}
	}
	return urls;
}

/** An n8n credential (as `import:credentials` reads it) for one app of the simulator at `simUrl`. */
function simulatorCredential(simUrl, { id, name, type }, app, extra = {}) {
	return {
		id,
		name,
		type,
		data: {
			appKey: app.appKey,
			appSecret: app.appSecret,
			accessAddress: simUrl,
			authScheme: 'aksk',
			allowUnauthorizedCerts: false,
			...extra,
		},
	};
}

/**
 * Imports credentials and workflows with n8n's CLI and publishes (activates) the workflows, before n8n starts; `drafts` are imported only.
 * @param {any} runtime
 * @param {{ userFolder: string }} options
 * @param {{ credentials: object[], workflows: Array<{ id: string }>, drafts?: Array<{ id: string }> }} what
 */
function importAndPublish(runtime, options, { credentials, workflows, drafts = [] }) {
	const staging = fs.mkdtempSync(path.join(options.userFolder, 'import-'));
	try {
		fs.writeFileSync(path.join(staging, 'credentials.json'), JSON.stringify(credentials));
		const workflowDir = path.join(staging, 'workflows');
		fs.mkdirSync(workflowDir);
		for (const workflow of [...workflows, ...drafts])
			fs.writeFileSync(path.join(workflowDir, `${workflow.id}.json`), JSON.stringify(workflow));
		n8nCli(runtime, options, [
			'import:credentials',
			`--input=${path.join(staging, 'credentials.json')}`,
		]);
		n8nCli(runtime, options, ['import:workflow', '--separate', `--input=${workflowDir}`]);
		// (`import:workflow --activeState=fromJson` would save these calls, but works only in queue mode.)
		for (const workflow of workflows)
			n8nCli(runtime, options, ['publish:workflow', `--id=${workflow.id}`]);
	} finally {
		fs.rmSync(staging, { recursive: true, force: true });
	}
}

module.exports = {
	ENCRYPTION_KEY,
	PACKAGE_DIST,
	assertPackageBuilt,
	exampleWorkflows,
	freePort,
	importAndPublish,
	n8nCli,
	n8nEnv,
	ownerSession,
	simulatorCredential,
	startN8n,
	triggerUrl,
	waitForWebhooks,
	webhookUrls,
};
