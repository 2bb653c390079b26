#!/usr/bin/env node
// `npm run soak:hostile [-- --answers 2000 --searches 200 --seed 1]`: generated hostile input for
// the workflow-decided Block answers and the binding picker ("From List"); prints how many answers
// were obeyed that should have fallen back to the trigger's own decision, how many list entries
// were offered without a usable ID, and how many searches did not end. Each must be 0.
require('./typescript');
const { runHostileSoak } = require('../test/helpers/hostileSoak');

const flag = (name, fallback) => {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : Number(process.argv[index + 1]);
};

runHostileSoak({
	answers: flag('answers', 2000),
	searches: flag('searches', 200),
	seed: flag('seed', 20261202),
})
	.then((figures) => {
		const rows = Object.entries(figures).map(([key, value]) => `${key.padEnd(32)} ${value}`);
		process.stdout.write(`Hostile-input soak\n${rows.join('\n')}\n`);
		const bad =
			figures.obeyedThatShouldHaveFallenBack +
			figures.validNotObeyed +
			figures.offeredWithoutUsableId +
			figures.searchesThatDidNotEnd +
			figures.offeredTwice;
		process.exit(bad ? 1 : 0);
	})
	.catch((error) => {
		process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	});
