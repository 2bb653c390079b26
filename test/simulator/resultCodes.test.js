// The simulator's result-code table against the spec's tables: every code the spec names is there,
// with the documented HTTP status and English text where the spec gives them.
const fs = require('node:fs');

const { RESULT_CODES } = require('../../simulator/resultCodes');
const { describeWithVendorFiles, vendorFile } = require('../helpers/vendorFiles');

const SPECS = ['spec/privatenumber-api.md', 'spec/voicecall-api.md'];
const readSpec = (file) => fs.readFileSync(vendorFile(file), 'utf8');
const codesIn = (text) => [...text.matchAll(/`(10[12]\d{4})`/g)].map((m) => m[1]);
const withoutFullStop = (text) => text.trim().replace(/\.$/, '');

/** Rows `| status | `code` … | text | …` of the generic result-code table (privatenumber-api.md §7.1). */
function documentedRows() {
	return readSpec(SPECS[0])
		.split('\n')
		.map((line) => /^\| (\d{3})(?: \[I\])? \| ([^|]+) \| ([^|]+) \|/.exec(line))
		.filter(
			/** @returns {match is RegExpExecArray} */
			(/** @type {RegExpExecArray | null} */ match) => Boolean(match && codesIn(match[2]).length),
		)
		.map(([, status, codes, text]) => ({
			status: Number(status),
			codes: codesIn(codes),
			texts: text.split(' / ').map(withoutFullStop),
		}));
}

describeWithVendorFiles(
	'result-code table',
	() => {
		test('every result code named in either spec is in the table', () => {
			const named = new Set(SPECS.flatMap((file) => codesIn(readSpec(file))));
			expect(named.size).toBeGreaterThan(40);
			expect([...named].filter((code) => !RESULT_CODES[code])).toEqual([]);
		});

		test('HTTP statuses the spec documents are the ones the simulator answers; all are 4xx/5xx', () => {
			const rows = documentedRows();
			expect(rows.length).toBeGreaterThan(15);
			for (const { status, codes } of rows)
				for (const code of codes) expect([code, RESULT_CODES[code][0]]).toEqual([code, status]);
			for (const [code, [status]] of Object.entries(RESULT_CODES))
				expect([code, [400, 401, 403, 404, 500].includes(status)]).toEqual([code, true]);
		});

		test('English texts the spec quotes are the ones the simulator answers', () => {
			for (const { codes, texts } of documentedRows()) {
				if (texts.length !== codes.length || texts.some((t) => /…|\(|equivalents/.test(t)))
					continue;
				codes.forEach((code, i) =>
					expect([code, withoutFullStop(RESULT_CODES[code][1])]).toEqual([code, texts[i]]),
				);
			}
		});
	},
	['spec'],
);
