// After the end-to-end tests, whatever happened: stop every process group a test started and did
// not stop (a failed beforeAll, a timeout, a crashed worker), so jest exits and nothing is left.
const fs = require('node:fs');

const { stopAllRegistered } = require('../../../scripts/runtime/processes');

module.exports = async function globalTeardown() {
	const leftovers = stopAllRegistered();
	if (leftovers.length)
		process.stderr.write(
			`[e2e teardown] stopped processes a test left running:\n  ${leftovers.join('\n  ')}\n`,
		);
	if (process.env.HPN_PROCESS_REGISTRY)
		fs.rmSync(process.env.HPN_PROCESS_REGISTRY, { recursive: true, force: true });
};
