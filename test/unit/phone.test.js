const { parsePhoneNumber } = require('../../nodes/shared/phone');

/** @type {Array<[unknown, string, string]>} input, default country code, E.164 */
const good = [
	['13800000000', '86', '+8613800000000'],
	['138 0000 0000', '86', '+8613800000000'],
	['138-0000-0000', '86', '+8613800000000'],
	['8613800000000', '86', '+8613800000000'],
	['+8613800000000', '86', '+8613800000000'],
	['+86-138-0000-0000', '86', '+8613800000000'],
	['+86 138 0000 0000', '86', '+8613800000000'],
	['0086 138 0000 0000', '86', '+8613800000000'],
	['(+86) 17010000001', '86', '+8617010000001'],
	['16512345678', '86', '+8616512345678'],
	['0755 2888 0001', '86', '+8675528880001'],
	['075528880001', '86', '+8675528880001'],
	['010 8888 0001', '86', '+861088880001'],
	['+86 755 2888 0001', '86', '+8675528880001'],
	['021-6666-0001', '86', '+862166660001'],
	['0531 5951 1234', '86', '+8653159511234'],
	[13800000000, '86', '+8613800000000'],
	['+14155550100', '86', '+14155550100'],
	['4155550100', '1', '+14155550100'],
	['+44 20 7946 0958', '86', '+442079460958'],
	['  13800000000  ', '+86', '+8613800000000'],
	['\t13800000000 ', '86', '+8613800000000'],
	['139/0000/0003', '86', '+8613900000003'],
];

/** @type {Array<[unknown, string]>} input, part of the reason */
const bad = [
	['', 'is empty'],
	['   ', 'is empty'],
	['+86138****0001', 'may only contain digits'],
	['abc', 'may only contain digits'],
	['1380000000', 'not a valid mainland China number'],
	['138000000001', 'not a valid mainland China number'],
	['12800000000', 'not a valid mainland China number'],
	['+8612345', 'not a valid mainland China number'],
	['+0013800000000', 'country code that starts with 0'],
	['+1234', 'must have 8 to 15 digits'],
	['+1234567890123456', 'must have 8 to 15 digits'],
	['138{0000}0000', 'may only contain digits'],
	[null, 'must be a phone number'],
	[undefined, 'must be a phone number'],
	[{}, 'must be a phone number'],
	// Only a phone number's shape: no line breaks, invisible or other Unicode characters anywhere,
	// no negative or fractional number values, no sign after the +, nothing absurdly long.
	['139\r\n0000\n0003', 'may only contain digits'],
	['13900000003\n', 'may only contain digits'],
	['139\u20280000\u20290003', 'may only contain digits'],
	['\ufeff13900000003', 'may only contain digits'],
	['139\u00a00000\u00a00003', 'may only contain digits'],
	['139\u30000000 0003', 'may only contain digits'],
	['139\t0000 0003', 'may only contain digits'],
	[`139${' '.repeat(100000)}00000003`, 'may only contain digits'],
	['+-139-0000-0003', 'may only contain digits'],
	['++8613900000003', 'may only contain digits'],
	[-13900000003, 'positive whole number'],
	[1390000000.3, 'positive whole number'],
	[Number.NaN, 'positive whole number'],
	[Number.POSITIVE_INFINITY, 'positive whole number'],
];

test.each(good)('%p with default +%s → %s', (input, cc, expected) => {
	expect(parsePhoneNumber(input, cc)).toEqual({ ok: true, e164: expected });
});

test.each(bad)('%p is rejected (%s)', (input, reason) => {
	const result = parsePhoneNumber(input, '86');
	expect(result.ok).toBe(false);
	if (!result.ok) expect(result.reason).toContain(reason);
});

test('a bad default country code is reported', () => {
	expect(parsePhoneNumber('13800000000', '0x')).toMatchObject({ ok: false });
});
