/**
 * Checks a Voice Call push URL (statusUrl / feeUrl) as Huawei needs it: http(s), a host, no user
 * name or password, no fragment, only URL characters (pushes are signed over the exact URL, so
 * anything a client might re-encode breaks every signature), and at most 128 characters once
 * Base64-encoded (the API field is String(1-128)). Returns the problem, or undefined when fine.
 */
const PUSH_URL_MAX_ENCODED = 128;

export function checkPushUrl(value: string): string | undefined {
	if (!/^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/.test(value) || /['"]/.test(value))
		return 'may only contain URL characters (no spaces, quotes, braces or non-ASCII letters)';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return `must be an http(s) URL, not "${value}"`;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		return 'must start with https:// or http://';
	if (!url.hostname) return 'must name a host';
	if (url.username || url.password) return 'must not contain a user name or password';
	if (value.includes('#')) return 'must not contain a fragment (#…)';
	const encodedLength = Buffer.byteLength(Buffer.from(value, 'utf8').toString('base64'));
	if (encodedLength > PUSH_URL_MAX_ENCODED)
		return `is ${encodedLength} characters once Base64-encoded; Huawei accepts at most ${PUSH_URL_MAX_ENCODED} (a URL of about 96 characters)`;
	return undefined;
}
