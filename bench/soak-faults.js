#!/usr/bin/env node
// `npm run soak:faults [-- --bindings 1000 --calls 200]`: the action nodes against the simulator
// injecting 20 % faults (resets and 5xx before the platform acts, lost answers after it acted, flow
// control); prints operations, injected faults, misreported outcomes, duplicated and orphaned
// bindings, and honest "unknown" outcomes (calls whose answer was lost cannot be looked up).
require('./typescript');
const { runSoak } = require('../test/helpers/faultSoak');

const flag = (name, fallback) => {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : Number(process.argv[index + 1]);
};

runSoak({ bindings: flag('bindings', 1000), calls: flag('calls', 200) })
	.then((report) => {
		const { problems, ...figures } = report;
		const rows = Object.entries(figures).map(([key, value]) => `${key.padEnd(16)} ${value}`);
		process.stdout.write(`Fault soak (20 % injected faults)\n${rows.join('\n')}\n`);
		if (problems.length) process.stdout.write(`problems:\n  ${problems.join('\n  ')}\n`);
		process.exit(report.misreported || report.duplicated || report.orphaned ? 1 : 0);
	})
	.catch((error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	});
