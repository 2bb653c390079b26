// The browser the editor tests drive: CHROMIUM_PATH if set, else Debian's chromium, installed
// from Debian's packages when missing (as root, or with password-less sudo). Playwright's own
// browser download is not used: these machines reach only the npm registry and Debian.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

const { aptInstall } = require('./debian');

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function works(binary) {
	const result = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
	return result.status === 0 ? result.stdout.trim() : undefined;
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
	aptInstall(['chromium'], ', or point CHROMIUM_PATH at a Chromium or Chrome binary');
	if (!works(DEBIAN_CHROMIUM))
		throw new Error(`${DEBIAN_CHROMIUM} does not run after installing Debian's chromium`);
	return DEBIAN_CHROMIUM;
}

module.exports = { ensureChromium };
