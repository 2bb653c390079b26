// The sample pushes the package READMEs give users for trying a trigger: tests post exactly these.
const fs = require('node:fs');
const path = require('node:path');

const PACKAGES = path.join(__dirname, '..', '..', 'packages');

/**
 * The JSON block a package README marks with `<!-- sample push: <name> -->`; the package is the
 * one whose README has it (names are unique across both).
 */
function readmeSample(name) {
	for (const dir of fs.readdirSync(PACKAGES)) {
		const file = path.join(PACKAGES, dir, 'README.md');
		if (!fs.existsSync(file)) continue;
		const match = new RegExp(
			`<!-- sample push: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``,
		).exec(fs.readFileSync(file, 'utf8'));
		if (match) return JSON.parse(match[1]);
	}
	throw new Error(`no package README has a sample push "${name}"`);
}

module.exports = { readmeSample };
