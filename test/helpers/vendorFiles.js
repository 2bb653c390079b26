// The vendor's spec and seed files (Huawei's documents and sample code) sit beside the repository
// in ../shared (or where VENDOR_FILES_DIR points), not in it. Suites that read them declare it here:
// in a plain clone they are skipped with a message naming what is missing; under CI (CI set) a
// missing file fails the suite instead.
const fs = require('node:fs');
const path = require('node:path');

const VENDOR_DIR = path.resolve(
	process.env.VENDOR_FILES_DIR || path.join(__dirname, '../../../shared'),
);

/** Under CI (CI set) missing vendor files fail, unless VENDOR_FILES_OPTIONAL says they are not expected there (GitHub). */
const inCi = () =>
	!!process.env.CI &&
	!['0', 'false'].includes(process.env.CI.toLowerCase()) &&
	!process.env.VENDOR_FILES_OPTIONAL;

/** Absolute path of a vendor file or folder given relative to ../shared, e.g. 'seeds' or 'spec/voicecall-api.md'. */
const vendorFile = (relPath) => path.join(VENDOR_DIR, relPath);

/** The entries of `needs` (relative to ../shared) that do not exist. */
const missingVendorFiles = (needs) =>
	needs.filter((relPath) => !fs.existsSync(vendorFile(relPath)));

/**
 * `describe(name, fn)` for a suite that needs vendor files (default: the spec and seeds folders).
 * When one is missing, `fn` is not run: the suite shows one skipped test saying what it needs,
 * or, under CI, one failing test.
 * @param {string} name
 * @param {() => void} fn
 * @param {string[]} [needs] paths relative to ../shared
 */
function describeWithVendorFiles(name, fn, needs = ['spec', 'seeds']) {
	const missing = missingVendorFiles(needs);
	if (!missing.length) return describe(name, fn);
	const message = `needs the vendor files ${missing.join(', ')} in ${VENDOR_DIR} (Huawei's documents and demos, not part of the repository; set VENDOR_FILES_DIR if they are elsewhere)`;
	if (inCi()) {
		return describe(name, () => {
			test('vendor files are present (CI is set)', () => {
				throw new Error(`${name} ${message}`);
			});
		});
	}
	process.stderr.write(`Skipping "${name}": it ${message}.\n`);
	return describe(name, () => {
		test.skip(`skipped: ${message}`, () => {});
	});
}

module.exports = { VENDOR_DIR, vendorFile, missingVendorFiles, describeWithVendorFiles };
