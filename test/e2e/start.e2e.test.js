// `npm start` as a user runs it: it comes up, the curl commands it prints work against it, and
// Ctrl-C (SIGINT to its process group, as a terminal sends it) stops n8n and the simulator and
// leaves no process behind.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const { childEnv } = require('../../scripts/runtime/childEnv');
const { freePort, login } = require('../../scripts/runtime/n8n');
const { request } = require('../../scripts/runtime/http');
const { startGroup } = require('../../scripts/runtime/processes');
const { eventually } = require('../helpers/simulator');

const ROOT = path.join(__dirname, '..', '..');

/** Pids of processes whose environment holds `KEY=value` (how n8n's children are found, whatever their group). */
function processesWithEnv(key, value) {
	const wanted = `${key}=${value}`;
	const found = [];
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
		try {
			const environ = fs.readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
			if (environ.includes(wanted)) found.push(Number(entry));
		} catch {
			// the process ended meanwhile
		}
	}
	return found;
}

const portIsClosed = (port) =>
	new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('error', () => resolve(true));
	});

describe('npm start', () => {
	let demoDir;
	let child;
	let output = '';
	let ports;

	beforeAll(async () => {
		demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-start-demo-'));
		ports = { n8n: await freePort(), sim: await freePort() };
		child = startGroup('npm', ['start'], {
			cwd: ROOT,
			env: childEnv({
				N8N_PORT: String(ports.n8n),
				SIMULATOR_PORT: String(ports.sim),
				HPN_DEMO_DIR: demoDir,
			}),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		// Both are pipes (stdio above).
		const { stdout, stderr } =
			/** @type {{ stdout: import('node:stream').Readable, stderr: import('node:stream').Readable }} */ (
				child
			);
		stdout.on('data', (chunk) => (output += chunk));
		stderr.on('data', (chunk) => (output += chunk));
		await eventually(() => output.includes('Press Ctrl-C') || child.hasExited(), 300_000);
		if (!output.includes('Press Ctrl-C'))
			throw new Error(`npm start did not come up:\n${output.slice(-3000)}`);
	}, 320_000);

	afterAll(async () => {
		await child?.stop(5000);
		fs.rmSync(demoDir, { recursive: true, force: true });
	});

	const commands = () =>
		output
			.split('\n')
			.map((line) => line.trim())
			.filter((line) => line.startsWith('curl '));
	const run = (command) =>
		JSON.parse(execFileSync('bash', ['-c', command], { encoding: 'utf8', timeout: 60_000 }));

	/** The login `npm start` prints: "(log in as <email> / <password>)". */
	const printedLogin = () => {
		const match = /log in as (\S+) \/ (\S+)\)/.exec(output);
		if (!match) throw new Error(`npm start printed no login:\n${output.slice(-2000)}`);
		return { email: match[1], password: match[2] };
	};

	test('the printed login works on a fresh demo folder: no owner set-up page, POST /rest/login succeeds', async () => {
		const settings = await request('GET', `http://127.0.0.1:${ports.n8n}/rest/settings`);
		expect(settings.data.data.userManagement.showSetupOnFirstLoad).toBe(false);
		const session = await login(`http://127.0.0.1:${ports.n8n}`, printedLogin());
		expect(session.user).toMatchObject({ email: printedLogin().email, role: 'global:owner' });
		// the demo's Private Number credentials name their app's binding mode (the pre-send check shows)
		const credential = await session.call(
			'GET',
			'/rest/credentials/hpnDemoAxbCred01?includeData=true',
		);
		expect(credential.data.data.data).toMatchObject({ appMode: 'AXB' });
	});

	test('the printed curl commands work against it', async () => {
		const [bind, recordedCall, busyCall, voiceCode, xModeCall] = commands();
		expect(commands()).toHaveLength(5);
		const binding = run(bind);
		expect(binding).toEqual({
			orderId: 'A-1001',
			xNumber: expect.stringMatching(/^\+86170/),
			subscriptionId: expect.any(String),
		});
		const x = binding.xNumber;
		expect(run(recordedCall.replace('"X"', `"${x}"`))).toMatchObject({
			stateCode: 0,
			cdr: { recordFlag: 1 },
		});
		expect(run(busyCall.replace('"X"', `"${x}"`))).toMatchObject({ stateCode: 8102 });
		expect(run(voiceCode)).toEqual({
			sessionId: expect.any(String),
			calleeNumber: '+8613500000001',
		});
		expect(run(xModeCall)).toMatchObject({ cdr: { fwdDstNum: '+8613900000002' } });

		const session = await login(`http://127.0.0.1:${ports.n8n}`, printedLogin());
		const workflows = (await session.call('GET', '/rest/workflows')).data.data;
		const idOf = (name) => workflows.find((w) => w.name === name)?.id;
		const finished = (workflowId) =>
			eventually(async () => {
				const res = await session.call(
					'GET',
					`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=10`,
				);
				const list = res.data.data.results ?? res.data.data;
				return list.some((execution) => execution.status === 'success') ? list : undefined;
			}, 30_000);
		await finished(idOf('Huawei: on each CDR, fetch the recording and record a call summary'));
		await finished(idOf('Huawei: alert on failed calls with the decoded reason'));
	}, 120_000);

	test('Ctrl-C stops n8n and the simulator and leaves no process behind', async () => {
		const started = processesWithEnv('HPN_DEMO_DIR', demoDir);
		expect(started.length).toBeGreaterThan(1); // npm, the start script, n8n and its task runner
		process.kill(-child.pid, 'SIGINT');
		await eventually(() => child.hasExited(), 60_000);
		// npm re-raises the SIGINT its script got, as a shell expects; the script itself exits 0.
		expect(child.exitCode === 0 || child.signalCode === 'SIGINT').toBe(true);
		expect(output).toContain('Stopping n8n and the simulator');
		await eventually(() => processesWithEnv('HPN_DEMO_DIR', demoDir).length === 0, 20_000);
		expect(await portIsClosed(ports.n8n)).toBe(true);
		expect(await portIsClosed(ports.sim)).toBe(true);
	}, 90_000);
});
