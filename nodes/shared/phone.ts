/** Mainland China: the platform serves +86 numbers, and numbers typed without a country code are its. */
export const DEFAULT_COUNTRY_CODE = '86';

export type PhoneParseResult = { ok: true; e164: string } | { ok: false; reason: string };

const SEPARATORS = /[ \-.()/]/g;
/** A number as people type it: digits, optionally a leading +, spaces, dashes, dots, brackets, slashes. */
const TYPED_SHAPE = /^\(?\+?\(?\d[\d \-.()/]*$/;
/** Longer than any typed number with separators: nothing to read in it. */
const MAX_TYPED_LENGTH = 40;

/** National significant numbers of mainland China: mobile (incl. 16x/17x virtual), and fixed lines. */
function isValidChineseNumber(national: string): boolean {
	return (
		/^1[3-9]\d{9}$/.test(national) ||
		/^(10|2\d)\d{8}$/.test(national) ||
		/^[3-9]\d{2}\d{7,8}$/.test(national)
	);
}

function validate(countryCode: string, national: string): string | undefined {
	if (countryCode === DEFAULT_COUNTRY_CODE) {
		return isValidChineseNumber(national)
			? undefined
			: 'is not a valid mainland China number (mobile 1xxxxxxxxxx, or area code + 7-8 digit fixed line)';
	}
	const total = countryCode.length + national.length;
	if (total < 8 || total > 15) return 'must have 8 to 15 digits including the country code';
	return undefined;
}

function splitCountryCode(digits: string, defaultCountryCode: string): [string, string] {
	// The platform only serves +86 numbers; other country codes are kept as typed (1-3 digits).
	if (digits.startsWith(DEFAULT_COUNTRY_CODE))
		return [DEFAULT_COUNTRY_CODE, digits.slice(DEFAULT_COUNTRY_CODE.length)];
	if (digits.startsWith(defaultCountryCode))
		return [defaultCountryCode, digits.slice(defaultCountryCode.length)];
	return [digits.slice(0, 2), digits.slice(2)];
}

/**
 * Turns a number as people type it (`138 0000 0000`, `8613800000000`, `+86-138-0000-0000`,
 * `0086 138…`, `0755 2888 0001`) into E.164 (`+8613800000000`), or says why it cannot.
 */
export function parsePhoneNumber(
	input: unknown,
	defaultCountryCode = DEFAULT_COUNTRY_CODE,
): PhoneParseResult {
	if (typeof input !== 'string' && typeof input !== 'number') {
		return { ok: false, reason: 'must be a phone number' };
	}
	// A number value is only a phone number when it is whole and positive (-139…, 1.39e10 are not).
	if (typeof input === 'number' && !(Number.isSafeInteger(input) && input > 0))
		return { ok: false, reason: 'must be a phone number (a positive whole number or text)' };
	const cc = String(defaultCountryCode).replace(/^\+/, '');
	if (!/^[1-9]\d{0,2}$/.test(cc))
		return { ok: false, reason: `has an invalid default country code "${defaultCountryCode}"` };
	// Only spaces and tabs around it are dropped: line breaks, invisible and other Unicode characters
	// are never part of a phone number, wherever they stand.
	const raw = String(input).replace(/^[ \t]+|[ \t]+$/g, '');
	if (raw === '') return { ok: false, reason: 'is empty' };
	if (raw.length > MAX_TYPED_LENGTH || !TYPED_SHAPE.test(raw))
		return {
			ok: false,
			reason: 'may only contain digits, spaces, dashes, brackets and a leading +',
		};
	const compact = raw.replace(SEPARATORS, '');

	let countryCode: string;
	let national: string;
	if (compact.startsWith('+') || compact.startsWith('00')) {
		const digits = compact.replace(/^(\+|00)/, '');
		if (digits.startsWith('0'))
			return { ok: false, reason: 'has a country code that starts with 0' };
		[countryCode, national] = splitCountryCode(digits, cc);
	} else if (compact.startsWith('0')) {
		countryCode = cc;
		national = compact.slice(1);
	} else if (compact.startsWith(cc) && validate(cc, compact.slice(cc.length)) === undefined) {
		countryCode = cc;
		national = compact.slice(cc.length);
	} else {
		countryCode = cc;
		national = compact;
	}
	const problem = validate(countryCode, national);
	if (problem) return { ok: false, reason: problem };
	return { ok: true, e164: `+${countryCode}${national}` };
}

/** A default country code as typed ("86", "+86"), or undefined when it is not 1-3 digits. */
export function parseCountryCode(value: unknown): string | undefined {
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const code = String(value).trim().replace(/^\+/, '');
	return /^[1-9]\d{0,2}$/.test(code) ? code : undefined;
}

/** Do two numbers as Huawei writes them (E.164, with or without the +) name the same phone? */
export const samePhone = (a: unknown, b: unknown): boolean =>
	typeof a === 'string' && typeof b === 'string' && a.replace(/^\+/, '') === b.replace(/^\+/, '');
