// Runs the provisioned n8n: its CLI (import, publish), its processes (main, worker, webhook) with
// the two packages installed the way n8n installs community packages, readiness checks, a
// logged-in REST client, and the shipped examples imported as a user imports them.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const { BUILD_DIR, PACKAGE_NAMES, PACKAGES_DIR, manifestOf } = require('../build/packages');
const { childEnv } = require('./childEnv');
const { request } = require('./http');
const { startGroup } = require('./processes');

/** The owner account of every local n8n (npm start, tests, benchmarks), set up from the environment. */
const OWNER = {
	email: 'demo@example.com',
	firstName: 'Demo',
	lastName: 'User',
	password: 'Demo-Passw0rd',
};
/** Fixed so that every process of one installation (main, workers, webhook processes) can decrypt credentials. */
const ENCRYPTION_KEY = 'hpn-local-demo-encryption-key-0001';
/** Node types of the two packages as n8n names installed community nodes: `<package>.<node>`. */
const OUR_TRIGGER = /^n8n-nodes-huawei-[a-z-]+\.huawei\w*Trigger$/;

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

/** The tarballs `npm run pack` makes (build/<name>-<version>.tgz), checked to exist. */
function packageTarballs() {
	return PACKAGE_NAMES.map((name) => {
		const { version } = manifestOf(name);
		const tarball = path.join(BUILD_DIR, `${name}-${version}.tgz`);
		if (!fs.existsSync(tarball)) throw new Error(`${tarball} is missing: run "npm run pack" first`);
		return { name, version, tarball };
	});
}

/**
 * Installs the packed packages into n8n's community-package folder (<userFolder>/.n8n/nodes) the
 * way n8n 2.41's installer does after `npm pack <name>@<version>`: the tarball unpacked into
 * node_modules/<name>, its dev, peer and optional dependencies removed, `npm install` run in it
 * with scripts ignored, a shallow tree and no lockfile, and the package recorded in the folder's
 * package.json. n8n loads every n8n-nodes-* package there at start-up. (`--offline` on top:
 * the packages have no runtime dependencies, so the install must not need the registry.)
 */
function installPackages(userFolder, packages = packageTarballs()) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const manifestFile = path.join(nodesDir, 'package.json');
	for (const { name, version, tarball } of packages) {
		const dir = path.join(nodesDir, 'node_modules', name);
		fs.rmSync(dir, { recursive: true, force: true });
		fs.mkdirSync(dir, { recursive: true });
		const run = (command, args, cwd) => {
			const result = spawnSync(command, args, { cwd, env: childEnv(), encoding: 'utf8' });
			if (result.status !== 0)
				throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`);
		};
		run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], nodesDir);
		const packageFile = path.join(dir, 'package.json');
		const manifest = JSON.parse(fs.readFileSync(packageFile, 'utf8'));
		for (const key of ['devDependencies', 'peerDependencies', 'optionalDependencies'])
			delete manifest[key];
		fs.writeFileSync(packageFile, JSON.stringify(manifest, null, 2));
		run(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
				'--offline',
			],
			dir,
		);
		const installed = fs.existsSync(manifestFile)
			? JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
			: { name: 'installed-nodes', private: true, dependencies: {} };
		installed.dependencies = { ...installed.dependencies, [name]: version };
		fs.writeFileSync(manifestFile, JSON.stringify(installed, null, 2));
	}
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
 * @property {{ email: string, password: string, firstName: string, lastName: string }} [owner] set up from the environment (main process)
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
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_SECURE_COOKIE: 'false',
		N8N_RUNNERS_BROKER_PORT: String(options.brokerPort ?? port + 1),
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		DB_SQLITE_POOL_SIZE: '2',
		N8N_LOG_LEVEL: 'warn',
		...(options.owner ? ownerEnv(runtime, options.owner) : {}),
		...options.env,
	});
}

function n8nCli(runtime, options, args) {
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
	// The main process answers /rest/settings before it has mounted every REST route: the
	// workflows route answers 401 without a session once mounted, Express's 404 before.
	const routesMounted = async () =>
		role !== 'start' ||
		options.readyPath !== undefined ||
		(await request('GET', `${url}/rest/workflows`, { timeoutMs: 5000 })).status !== 404;
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
			if (
				(await request('GET', readyUrl, { timeoutMs: 5000 })).status === 200 &&
				(await routesMounted())
			)
				break;
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

/**
 * The owner account as n8n sets it up from its environment on every start
 * (N8N_INSTANCE_OWNER_MANAGED_BY_ENV): so the printed login always works, also on a fresh folder.
 * n8n takes only a bcrypt hash of the password; it is made with n8n's own bcryptjs.
 * @param {{ n8nBin: string }} runtime
 * @param {{ email: string, password: string, firstName: string, lastName: string }} owner
 */
function ownerEnv(runtime, owner) {
	const bcrypt = require(path.resolve(runtime.n8nBin, '..', '..', '..', 'bcryptjs'));
	passwordHashes[owner.password] ??= bcrypt.hashSync(owner.password, 10);
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: owner.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: owner.firstName,
		N8N_INSTANCE_OWNER_LAST_NAME: owner.lastName,
		N8N_INSTANCE_OWNER_PASSWORD_HASH: passwordHashes[owner.password],
	};
}
/** @type {Record<string, string>} */
const passwordHashes = {};

/** A REST client logged in as `owner` with `POST /rest/login`, as a user logs in. */
async function login(url, owner) {
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
	const answer = await call('POST', '/rest/login', {
		emailOrLdapLoginId: owner.email,
		password: owner.password,
	});
	if (answer.status !== 200)
		throw new Error(`could not log in to n8n as ${owner.email}: ${JSON.stringify(answer.data)}`);
	return { call, cookie: () => cookie, user: answer.data.data };
}

/**
 * The shipped example workflows, verbatim: `{ file, packageName, workflow }` per
 * packages/<name>/examples/*.json.
 */
function exampleWorkflows() {
	return PACKAGE_NAMES.flatMap((packageName) => {
		const dir = path.join(PACKAGES_DIR, packageName, 'examples');
		return fs
			.readdirSync(dir)
			.filter((file) => file.endsWith('.json'))
			.sort()
			.map((file) => ({
				file,
				packageName,
				workflow: JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')),
			}));
	});
}

/**
 * Imports a workflow as the editor's "Import from File" and save do (n8n gives every webhook node
 * a fresh webhookId), then publishes it. Returns the saved workflow.
 */
async function importWorkflow(session, workflow) {
	const created = await session.call('POST', '/rest/workflows', workflow);
	if (created.status !== 200)
		throw new Error(`importing "${workflow.name}" failed: ${JSON.stringify(created.data)}`);
	const saved = created.data.data;
	const published = await session.call('POST', `/rest/workflows/${saved.id}/activate`, {
		versionId: saved.versionId,
	});
	if (published.status !== 200)
		throw new Error(`publishing "${workflow.name}" failed: ${JSON.stringify(published.data)}`);
	return saved;
}

/** Production URL of a webhook node (ours or n8n's Webhook) of a saved workflow. */
function webhookUrl(baseUrl, workflow, nodeName) {
	const node = workflow.nodes.find((n) => n.name === nodeName);
	if (!node) throw new Error(`workflow ${workflow.id} has no node "${nodeName}"`);
	if (node.type === 'n8n-nodes-base.webhook')
		return `${baseUrl}/webhook/${node.parameters.path || node.webhookId}`;
	const webhookPath = node.type.endsWith('VoiceCallTrigger')
		? 'huawei-voice-call'
		: 'huawei-private-number';
	return `${baseUrl}/webhook/${node.webhookId}/${webhookPath}`;
}

/** Every production webhook URL of `workflows` (our triggers and n8n's Webhook nodes). */
function webhookUrls(baseUrl, workflows) {
	return workflows.flatMap((workflow) =>
		workflow.nodes
			.filter(
				(node) =>
					!node.disabled && (node.type === 'n8n-nodes-base.webhook' || OUR_TRIGGER.test(node.type)),
			)
			.map((node) => webhookUrl(baseUrl, workflow, node.name)),
	);
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
	OWNER,
	exampleWorkflows,
	importWorkflow,
	installPackages,
	packageTarballs,
	freePort,
	importAndPublish,
	n8nCli,
	n8nEnv,
	login,
	ownerEnv,
	simulatorCredential,
	startN8n,
	webhookUrl,
	waitForWebhooks,
	webhookUrls,
};
