import { createHash, createHmac, randomBytes } from 'node:crypto';

/** X-AKSK (HMAC-SHA256, current) or X-WSSE (plain SHA-256, legacy apps). */
export type AuthScheme = 'aksk' | 'wsse';

/**
 * Huawei's own demos disagree on the X-WSSE digest: the Python demo Base64-encodes the hex string of
 * the SHA-256, the PHP demo the raw 32 bytes. Which one the live platform checks is not documented.
 */
export type WsseEncoding = 'hex' | 'raw';

const AUTHORIZATION_VALUES: Record<AuthScheme, string> = {
	aksk: 'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
	wsse: 'WSSE realm="SDP",profile="UsernameToken",type="Appkey"',
};

const TOKEN_HEADERS: Record<AuthScheme, string> = {
	aksk: 'X-AKSK',
	wsse: 'X-WSSE',
};

/** 32 upper-case hex characters (the platform allows 1-128 letters and digits). */
export function createNonce(): string {
	return randomBytes(16).toString('hex').toUpperCase();
}

/** `yyyy-MM-ddTHH:mm:ssZ` in UTC, without milliseconds. */
export function formatCreated(date: Date): string {
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function akskDigest(appSecret: string, nonce: string, created: string): string {
	return createHmac('sha256', appSecret)
		.update(nonce + created, 'utf8')
		.digest('base64');
}

export function wsseDigest(
	appSecret: string,
	nonce: string,
	created: string,
	encoding: WsseEncoding = 'hex',
): string {
	const hash = createHash('sha256').update(nonce + created + appSecret, 'utf8');
	if (encoding === 'raw') return hash.digest('base64');
	return Buffer.from(hash.digest('hex'), 'utf8').toString('base64');
}

/**
 * Digest of a Voice Call push: HMAC-SHA256 over the configured push URL, the nonce and Created.
 * Current docs join them with "\n", older docs with nothing.
 */
export function voiceCallPushDigest(
	appSecret: string,
	url: string,
	nonce: string,
	created: string,
	separator: '\n' | '' = '\n',
): string {
	return createHmac('sha256', appSecret)
		.update([url, nonce, created].join(separator), 'utf8')
		.digest('base64');
}

interface UsernameTokenFields {
	username: string;
	digest: string;
	nonce: string;
	created: string;
}

function formatUsernameToken(token: UsernameTokenFields): string {
	return `UsernameToken Username="${token.username}",PasswordDigest="${token.digest}",Nonce="${token.nonce}",Created="${token.created}"`;
}

export interface SignOptions {
	appKey: string;
	appSecret: string;
	scheme?: AuthScheme;
	wsseEncoding?: WsseEncoding;
	nonce?: string;
	created?: string;
}

/** The `Authorization` and `X-AKSK`/`X-WSSE` headers of one request (fresh nonce and time unless given). */
export function buildAuthHeaders(options: SignOptions): Record<string, string> {
	const scheme = options.scheme ?? 'aksk';
	const nonce = options.nonce ?? createNonce();
	const created = options.created ?? formatCreated(new Date());
	const digest =
		scheme === 'aksk'
			? akskDigest(options.appSecret, nonce, created)
			: wsseDigest(options.appSecret, nonce, created, options.wsseEncoding);
	return {
		Authorization: AUTHORIZATION_VALUES[scheme],
		[TOKEN_HEADERS[scheme]]: formatUsernameToken({
			username: options.appKey,
			digest,
			nonce,
			created,
		}),
	};
}
