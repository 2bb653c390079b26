// PostgreSQL and Redis for n8n's queue mode, from Debian's packages (installed when missing), each
// started on a free local port with its data in a temporary folder, and stopped with its process
// group. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { aptInstall } = require('./debian');
const { startGroup } = require('./processes');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function postgresBin() {
	const base = '/usr/lib/postgresql';
	const find = () =>
		fs.existsSync(base)
			? fs
					.readdirSync(base)
					.sort()
					.reverse()
					.map((v) => path.join(base, v, 'bin'))
					.find((dir) => fs.existsSync(path.join(dir, 'postgres')))
			: undefined;
	let dir = find();
	if (!dir) {
		aptInstall(['postgresql']);
		dir = find();
	}
	if (!dir) throw new Error("Debian's postgresql package did not provide a postgres binary");
	return dir;
}

function redisBin() {
	const bin = '/usr/bin/redis-server';
	if (!fs.existsSync(bin)) aptInstall(['redis-server']);
	if (!fs.existsSync(bin))
		throw new Error("Debian's redis-server package did not provide /usr/bin/redis-server");
	return bin;
}

/** `command args` as the postgres user when running as root. */
const asPostgres = (command, args) =>
	asRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

function mustRun(command, args, options = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', ...options });
	if (result.status !== 0)
		throw new Error(
			`${command} ${args.join(' ')} failed:\n${`${result.stderr}${result.stdout}`.slice(-2000)}`,
		);
	return result.stdout;
}

function portOpen(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

async function waitFor(check, what, child, ms = 60_000) {
	const deadline = Date.now() + ms;
	while (!(await check())) {
		if (child.hasExited()) throw new Error(`${what} exited during start-up`);
		if (Date.now() > deadline) throw new Error(`${what} did not start within ${ms / 1000} s`);
		await sleep(200);
	}
}

/** A fresh PostgreSQL cluster with a database `n8n`; resolves with { port, database, user, stop }. */
async function startPostgres(port) {
	const bin = postgresBin();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-postgres-'));
	const data = path.join(dir, 'data');
	fs.mkdirSync(data);
	if (asRoot()) mustRun('chown', ['-R', 'postgres:postgres', dir]);
	const [initCommand, initArgs] = asPostgres(path.join(bin, 'initdb'), [
		'-D',
		data,
		'-A',
		'trust',
		'-U',
		'postgres',
		'--no-sync',
	]);
	mustRun(initCommand, initArgs);
	const [command, args] = asPostgres(path.join(bin, 'postgres'), [
		'-D',
		data,
		'-p',
		String(port),
		'-k',
		dir,
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		'fsync=off',
		'-c',
		'max_connections=200',
	]);
	const logFile = path.join(dir, 'postgres.log');
	const out = fs.openSync(logFile, 'a');
	if (asRoot())
		fs.chownSync(
			logFile,
			Number(mustRun('id', ['-u', 'postgres']).trim()),
			Number(mustRun('id', ['-g', 'postgres']).trim()),
		);
	const child = startGroup(command, args, { stdio: ['ignore', out, out] });
	fs.closeSync(out);
	const psql = (sql) =>
		spawnSync(
			path.join(bin, 'psql'),
			['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-tAc', sql],
			{ encoding: 'utf8' },
		);
	await waitFor(async () => psql('select 1').status === 0, `PostgreSQL (see ${logFile})`, child);
	const created = psql('create database n8n');
	if (created.status !== 0) throw new Error(`could not create the n8n database: ${created.stderr}`);
	return {
		port,
		database: 'n8n',
		user: 'postgres',
		stop: async () => {
			await child.stop(10_000);
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** A Redis server without persistence; resolves with { port, stop }. */
async function startRedis(port) {
	const child = startGroup(
		redisBin(),
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ stdio: 'ignore' },
	);
	await waitFor(() => portOpen(port), 'Redis', child);
	return { port, stop: () => child.stop(5000) };
}

module.exports = { startPostgres, startRedis };
