// Runs Huawei's demo programs (Node.js, Python, PHP) as written, each in its own process, after
// filling in the values the demos tell the user to replace (access address, keys, numbers).
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');

const execFileAsync = promisify(execFile);

const INTERPRETERS = { js: process.execPath, py: 'python3', php: 'php' };

/**
 * `program` with each `name = '…'` assignment (JavaScript `var name`, Python `name`, PHP `$name`)
 * set to the given value; an assignment that is not there is an error, so a changed seed shows up.
 * @param {string} program
 * @param {Record<string, string>} values
 */
function fillAssignments(program, values) {
	let out = program;
	for (const [name, value] of Object.entries(values)) {
		const escaped = name.replace(/[$]/g, '\\$');
		const pattern = new RegExp(`^(\\s*(?:var\\s+)?${escaped}\\s*=\\s*)(['"])[^'"]*\\2`, 'm');
		if (!pattern.test(out)) throw new Error(`seed program has no assignment to ${name}`);
		out = out.replace(pattern, (_match, head) => `${head}'${value}'`);
	}
	return out;
}

/** A scratch folder for demo runs: `run(ext, name, program, env)` resolves with the program's stdout. */
function demoFolder() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vendor-demos-'));
	return {
		dir,
		async run(/** @type {'js' | 'py' | 'php'} */ ext, name, program, env = {}) {
			const file = path.join(dir, `${name}.${ext}`);
			fs.writeFileSync(file, program);
			const { stdout } = await execFileAsync(INTERPRETERS[ext], [file], {
				cwd: dir,
				timeout: 15000,
				env: { ...process.env, ...env },
			});
			return stdout;
		},
		remove: () => fs.rmSync(dir, { recursive: true, force: true }),
	};
}

module.exports = { fillAssignments, demoFolder };
