// The simulator is written independently of the nodes (design: "its own signer, verifier and
// result-code table, from the spec"), so that a shared mistake cannot make both sides agree.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const SIMULATOR = path.join(ROOT, 'simulator');
const NODES = path.join(ROOT, 'nodes');
const LOADS = /\b(?:require|import)\s*\(([^)]*)\)/g;
const LITERAL = /^\s*(['"])([^'"]+)\1\s*$/;

function jsFiles(dir) {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return jsFiles(full);
		return entry.name.endsWith('.js') ? [full] : [];
	});
}

/** What `source` (the text of `file`) loads that the simulator must not: nodes/, TypeScript, or a non-literal path. */
function forbiddenLoads(file, source) {
	const problems = [];
	for (const [call, argument] of source.matchAll(LOADS)) {
		const literal = LITERAL.exec(argument);
		if (!literal) {
			problems.push(`${call} (not a string literal, so it cannot be checked)`);
			continue;
		}
		const target = literal[2];
		const resolved = target.startsWith('.') ? path.resolve(path.dirname(file), target) : target;
		if (
			resolved === NODES ||
			resolved.startsWith(NODES + path.sep) ||
			/^ts-node\b/.test(target) ||
			target.endsWith('.ts')
		)
			problems.push(call);
	}
	return problems;
}

test('the scan catches what it is for', () => {
	const file = path.join(SIMULATOR, 'auth', 'x.js');
	expect(forbiddenLoads(file, "const s = require('../../nodes/shared/signing');")).toHaveLength(1);
	expect(forbiddenLoads(file, "require('ts-node').register();")).toHaveLength(1);
	expect(forbiddenLoads(file, 'require(modulePath)')).toHaveLength(1);
	expect(forbiddenLoads(file, "const { x } = require('../http'); require('node:crypto');")).toEqual(
		[],
	);
});

test('no file under simulator/ requires anything under nodes/, TypeScript or ts-node', () => {
	const files = jsFiles(SIMULATOR);
	expect(files.length).toBeGreaterThan(20);
	const found = files.flatMap((file) =>
		forbiddenLoads(file, fs.readFileSync(file, 'utf8')).map(
			(call) => `${path.relative(ROOT, file)}: ${call}`,
		),
	);
	expect(found).toEqual([]);
});
