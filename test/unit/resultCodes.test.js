const fs = require('node:fs');
const path = require('node:path');
const { RESULT_CODES, describeResultCode } = require('../../nodes/shared/catalogue/resultCodes');

const { describeWithVendorFiles, vendorFile } = require('../helpers/vendorFiles');

const specDir = vendorFile('spec');
const specCodes = (file) =>
	new Set(
		[...fs.readFileSync(path.join(specDir, file), 'utf8').matchAll(/`(10[12]\d{4})`/g)].map(
			(m) => m[1],
		),
	);

describeWithVendorFiles(
	'the catalogue against the specs',
	() => {
		test('every result code named in either spec is in the catalogue', () => {
			const named = new Set([
				...specCodes('privatenumber-api.md'),
				...specCodes('voicecall-api.md'),
			]);
			expect(named.size).toBeGreaterThan(40);
			const missing = [...named].filter((code) => !RESULT_CODES[code]);
			expect(missing).toEqual([]);
		});
	},
	['spec'],
);

test('every entry has Huawei text, a hint and an HTTP status', () => {
	for (const [code, info] of Object.entries(RESULT_CODES)) {
		expect(code).toMatch(/^\d+$/);
		expect(info.text.length).toBeGreaterThan(3);
		expect(info.hint.length).toBeGreaterThan(10);
		expect([200, 400, 401, 403, 404, 500]).toContain(info.httpStatus);
	}
});

test('lookups', () => {
	expect(describeResultCode('1012010')).toMatchObject({
		text: 'The relation number has been bound.',
		retryable: false,
	});
	expect(describeResultCode('1010010').retryable).toBe(true);
	expect(describeResultCode('1010040').hint).toMatch(/mode/);
	expect(describeResultCode('1023033').text).toBe('HTTP header not found X-AKSK field.');
});

test('unknown codes fall back to a hint by HTTP status', () => {
	expect(describeResultCode('1999999', 401).hint).toMatch(/App Key \/ App Secret/);
	expect(describeResultCode('1999999', 502)).toMatchObject({
		retryable: true,
		hint: expect.stringMatching(/internal error/),
	});
	expect(describeResultCode('1999999').hint).toMatch(/does not know/);
});
