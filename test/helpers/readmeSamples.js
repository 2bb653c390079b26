// The sample pushes the README gives users for trying a trigger: tests post exactly these.
const fs = require('node:fs');
const path = require('node:path');

const README = path.join(__dirname, '..', '..', 'README.md');

/** The JSON block the README marks with `<!-- sample push: <name> -->`. */
function readmeSample(name) {
	const text = fs.readFileSync(README, 'utf8');
	const match = new RegExp(`<!-- sample push: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(
		text,
	);
	if (!match) throw new Error(`README.md has no sample push "${name}"`);
	return JSON.parse(match[1]);
}

module.exports = { readmeSample };
