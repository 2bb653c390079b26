// Debian packages the tests need (chromium, php-cli, postgresql, redis-server), installed with
// apt-get as root or with password-less sudo; otherwise a clear message says what to install.
const { spawnSync } = require('node:child_process');

const { childEnv } = require('./childEnv');

/** Installs `packages` with apt-get (after an index update); `alternative` tells the user another way. */
function aptInstall(packages, alternative = '') {
	const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const sudo = !asRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
	if (!asRoot && !sudo) {
		throw new Error(
			`${packages.join(', ')} missing and this user cannot install them: run "sudo apt-get install ${packages.join(' ')}"${alternative}`,
		);
	}
	const prefix = asRoot ? [] : ['sudo', '-n'];
	const env = childEnv({ DEBIAN_FRONTEND: 'noninteractive' });
	for (const args of [
		['apt-get', 'update', '-qq'],
		['apt-get', 'install', '-y', '-qq', ...packages],
	]) {
		const [command, ...rest] = [...prefix, ...args];
		const result = spawnSync(command, rest, {
			env,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		if (result.status !== 0)
			throw new Error(
				`${args.join(' ')} failed:\n${(result.stderr || result.stdout).slice(-2000)}`,
			);
	}
}

module.exports = { aptInstall };
