// Before the end-to-end tests: build and pack both packages, make sure the pinned n8n runtime works
// (installing or repairing it), make sure Chromium is there, and open the registry of started
// processes that the global teardown empties.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ensureChromium } = require('../../../scripts/runtime/chromium');
const { childEnv } = require('../../../scripts/runtime/childEnv');
const { ensureRuntime } = require('../../../scripts/runtime/provision');

module.exports = async function globalSetup() {
	process.env.HPN_PROCESS_REGISTRY = fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-processes-'));
	const build = spawnSync('npm', ['run', 'pack'], {
		cwd: path.join(__dirname, '..', '..', '..'),
		env: childEnv(),
		encoding: 'utf8',
	});
	if (build.status !== 0)
		throw new Error(`npm run pack failed:\n${`${build.stdout}${build.stderr}`.slice(-3000)}`);
	ensureRuntime();
	process.env.CHROMIUM_PATH = ensureChromium();
};
