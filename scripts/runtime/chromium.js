// The browser the editor tests drive: CHROMIUM_PATH if set, else Debian's chromium, installed
// from Debian's packages when missing (as root, or with password-less sudo). Playwright's own
// browser download is not used: these machines reach only the npm registry and Debian.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

const { childEnv } = require('./childEnv');

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function works(binary) {
	const result = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
	return result.status === 0 ? result.stdout.trim() : undefined;
}

function aptInstall(packages) {
	const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const sudo = !asRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
	if (!asRoot && !sudo) {
		throw new Error(`${packages.join(', ')} missing: install them with "sudo apt-get install ${packages.join(' ')}", or point CHROMIUM_PATH at a Chromium or Chrome binary`);
	}
	const prefix = asRoot ? [] : ['sudo', '-n'];
	const env = childEnv({ DEBIAN_FRONTEND: 'noninteractive' });
	for (const args of [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', ...packages]]) {
		const [command, ...rest] = [...prefix, ...args];
		const result = spawnSync(command, rest, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
		if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${(result.stderr || result.stdout).slice(-2000)}`);
	}
}

/** Path of a working Chromium, installing Debian's package if needed. */
function ensureChromium({ log = (m) => process.stderr.write(`[chromium] ${m}\n`) } = {}) {
	const wanted = process.env.CHROMIUM_PATH;
	if (wanted) {
		if (!works(wanted)) throw new Error(`CHROMIUM_PATH=${wanted} does not run`);
		return wanted;
	}
	if (fs.existsSync(DEBIAN_CHROMIUM) && works(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
	log("installing Debian's chromium package (about a minute)");
	aptInstall(['chromium']);
	if (!works(DEBIAN_CHROMIUM)) throw new Error(`${DEBIAN_CHROMIUM} does not run after installing Debian's chromium`);
	return DEBIAN_CHROMIUM;
}

module.exports = { ensureChromium, aptInstall };
