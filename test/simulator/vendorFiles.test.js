// The contract of test/helpers/vendorFiles.js, checked on a real suite run by a child jest with the
// vendor folder pointed elsewhere: skipped with a message in a plain clone, failed under CI.
const { execFile } = require('node:child_process');
const path = require('node:path');
const { promisify } = require('node:util');

const ROOT = path.resolve(__dirname, '../..');
const JEST = require.resolve('jest/bin/jest');
const SUITE = 'test/simulator/resultCodes.test.js';

/** Runs SUITE with the vendor files missing; resolves with the exit code and everything printed. */
async function runWithoutVendorFiles(ci) {
	/** @type {NodeJS.ProcessEnv} */
	const env = { ...process.env, VENDOR_FILES_DIR: path.join(ROOT, 'no-such-vendor-folder') };
	delete env.CI;
	delete env.JEST_WORKER_ID;
	if (ci) env.CI = 'true';
	try {
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			[JEST, '--selectProjects', 'fast', '--runTestsByPath', SUITE],
			{ cwd: ROOT, env },
		);
		return { code: 0, output: stdout + stderr };
	} catch (error) {
		return { code: error.code, output: error.stdout + error.stderr };
	}
}

test('a plain clone skips the suite and says what it needs', async () => {
	const { code, output } = await runWithoutVendorFiles(false);
	expect(code).toBe(0);
	expect(output).toContain('Skipping "result-code table": it needs the vendor files spec in');
	expect(output).toMatch(/Tests:\s+1 skipped, 1 total/);
});

test('under CI the missing vendor files fail the suite', async () => {
	const { code, output } = await runWithoutVendorFiles(true);
	expect(code).toBe(1);
	expect(output).toContain('needs the vendor files spec in');
	expect(output).toMatch(/Tests:\s+1 failed, 1 total/);
});
