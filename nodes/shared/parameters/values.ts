/** Checks of single values the API restricts, shared by node parameters and trigger answers. */

const VOICE_FILE = /^[0-9A-Za-z._@-]{1,128}$/;
const NON_ASCII = /[^\x20-\x7e]/;

/** Why `value` is not the name of an approved audio file, or undefined. */
export function voiceFileProblem(value: string): string | undefined {
	return VOICE_FILE.test(value)
		? undefined
		: 'must be the name of an approved audio file (letters, digits, - _ . @ only)';
}

/**
 * User data as Huawei wants it: no braces, non-ASCII text (e.g. Chinese) Base64-encoded (spec
 * §1.3), at most `maxLength` characters as sent.
 */
export function userDataValue(
	value: string,
	maxLength = 256,
): { value: string } | { problem: string } {
	if (/[{}]/.test(value)) return { problem: 'must not contain { or } (Huawei rejects them)' };
	if (/\p{Cc}/u.test(value))
		return { problem: 'must not contain control characters (line breaks, tabs …)' };
	const sent = NON_ASCII.test(value) ? Buffer.from(value, 'utf8').toString('base64') : value;
	if (sent.length > maxLength) {
		const encoded =
			sent === value ? '' : ' after Base64 encoding, which Huawei requires for non-ASCII text';
		return { problem: `is ${sent.length} characters${encoded}; at most ${maxLength} are allowed` };
	}
	return { value: sent };
}
