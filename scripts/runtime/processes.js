// Every long-lived process the project starts (n8n, Postgres, Redis …) is spawned in its own process
// group and written down, so that it can be stopped as a whole: by its owner, or by jest's global
// teardown after a test run that failed, timed out or crashed.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** Set by the end-to-end global setup; each started process leaves a file here while it runs. */
const registry = () => process.env.HPN_PROCESS_REGISTRY;

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
		return true;
	} catch {
		return false;
	}
}

function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * A process started by startGroup.
 * @typedef {import('node:child_process').ChildProcess & {
 *   stop: (graceMs?: number) => Promise<void>,
 *   hasExited: () => boolean,
 * }} GroupChild
 */

/**
 * Starts `command` in a new process group. Returns the child with `stop(graceMs)`, which sends
 * SIGTERM to the group, then SIGKILL after `graceMs`, and resolves once the leader has exited.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 * @returns {GroupChild}
 */
function startGroup(command, args, options = {}) {
	const child = /** @type {GroupChild} */ (spawn(command, args, { ...options, detached: true }));
	const dir = registry();
	const mark = dir && child.pid ? path.join(dir, String(child.pid)) : undefined;
	if (mark) fs.writeFileSync(mark, `${command} ${args.join(' ')}`);
	let exited = false;
	/** @type {Promise<void>} */
	const exitedPromise = new Promise((resolve) => {
		child.once('exit', () => {
			exited = true;
			resolve();
		});
	});
	child.stop = async (graceMs = 15_000) => {
		if (!exited) {
			killGroup(child.pid, 'SIGTERM');
			const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
			await exitedPromise;
			clearTimeout(timer);
		}
		// Children of the leader (n8n's task runner) may outlive it for a moment.
		killGroup(child.pid, 'SIGKILL');
		if (mark) fs.rmSync(mark, { force: true });
	};
	child.hasExited = () => exited;
	return child;
}

/** Stops every process group still written down in the registry (used by jest's global teardown). */
function stopAllRegistered() {
	const dir = registry();
	if (!dir || !fs.existsSync(dir)) return [];
	const stopped = [];
	for (const name of fs.readdirSync(dir)) {
		const pid = Number(name);
		if (pid > 0 && (isAlive(pid) || killGroup(pid, 0))) {
			killGroup(pid, 'SIGKILL');
			stopped.push(`${pid} ${fs.readFileSync(path.join(dir, name), 'utf8')}`);
		}
		fs.rmSync(path.join(dir, name), { force: true });
	}
	return stopped;
}

module.exports = { startGroup, stopAllRegistered, isAlive };
