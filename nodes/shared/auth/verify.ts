import { timingSafeEqual } from 'node:crypto';

import type { AuthScheme } from './signing';
import { akskDigest, voiceCallPushDigest, wsseDigest } from './signing';

/** Why a signed request or push was refused; the simulator maps each to Huawei's result code. */
export type SignatureFailure =
	| 'missingAuthorization'
	| 'unknownScheme'
	| 'missingRealm'
	| 'missingProfile'
	| 'missingType'
	| 'badRealm'
	| 'badProfile'
	| 'badType'
	| 'missingToken'
	| 'missingUsername'
	| 'missingNonce'
	| 'missingCreated'
	| 'missingDigest'
	| 'badNonce'
	| 'badCreated'
	| 'unknownUsername'
	| 'staleCreated'
	| 'badDigest';

export type HeaderBag = Record<string, string | string[] | undefined>;

export interface VerifyOptions {
	/** The App Secret for a Username, or undefined when that Username is not acceptable. */
	secretFor: (username: string) => string | undefined;
	/** Allowed distance between Created and now, both ways. */
	windowSeconds?: number;
	/**
	 * Also accept Created written in Beijing time (UTC+8) with a `Z`, as Huawei's Python and PHP
	 * demos stamp it and a Voice Call doc page describes it (pushes only).
	 */
	acceptBeijingClock?: boolean;
	now?: Date;
	/**
	 * 'request' (API calls and Private Number pushes: digest over nonce+created) or
	 * 'voiceCallPush' (digest over push URL, nonce and created, with or without "\n").
	 */
	kind?: 'request' | 'voiceCallPush';
	/** For 'voiceCallPush': the URL(s) the push may have been signed for. */
	pushUrls?: string[];
}

/** How Created was read: UTC as documented, or Beijing time (UTC+8) written with a `Z`. */
export type CreatedClock = 'utc' | 'beijing';

export type VerifyResult =
	| {
			ok: true;
			scheme: AuthScheme;
			username: string;
			nonce: string;
			created: string;
			clock: CreatedClock;
	  }
	| { ok: false; failure: SignatureFailure; scheme?: AuthScheme };

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const NONCE_PATTERN = /^[0-9A-Za-z]{1,128}$/;
const CREATED_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** `name` given in lower case; Node's HTTP server lower-cases header names, other callers may not. */
function header(headers: HeaderBag, name: string): string | undefined {
	const direct = headers[name];
	if (direct !== undefined) return Array.isArray(direct) ? direct[0] : direct;
	for (const key of Object.keys(headers)) {
		if (key.toLowerCase() !== name) continue;
		const value = headers[key];
		return Array.isArray(value) ? value[0] : value;
	}
	return undefined;
}

/** `Word key="value",key="value"` with or without spaces after the commas; keys lower-cased. */
export function parseAttributeHeader(value: string): {
	word: string;
	attributes: Record<string, string>;
} {
	const trimmed = value.trim();
	const space = trimmed.search(/\s/);
	const word = space === -1 ? trimmed : trimmed.slice(0, space);
	const attributes: Record<string, string> = {};
	const pattern = /([A-Za-z]+)\s*=\s*"([^"]*)"/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(trimmed)) !== null) {
		attributes[match[1].toLowerCase()] = match[2];
	}
	return { word, attributes };
}

function sameDigest(expected: string, received: string): boolean {
	const a = Buffer.from(expected, 'utf8');
	const b = Buffer.from(received, 'utf8');
	return a.length === b.length && timingSafeEqual(a, b);
}

function candidateDigests(
	scheme: AuthScheme,
	secret: string,
	nonce: string,
	created: string,
	options: VerifyOptions,
): string[] {
	if (scheme === 'wsse') {
		return [wsseDigest(secret, nonce, created, 'hex'), wsseDigest(secret, nonce, created, 'raw')];
	}
	if (options.kind === 'voiceCallPush') {
		return (options.pushUrls ?? []).flatMap((url) => [
			voiceCallPushDigest(secret, url, nonce, created, '\n'),
			voiceCallPushDigest(secret, url, nonce, created, ''),
		]);
	}
	return [akskDigest(secret, nonce, created)];
}

/**
 * Checks the Authorization + X-AKSK (or legacy X-WSSE) headers of a request or push, in the order
 * the platform reports problems: Authorization attributes, token attributes, Username, Created
 * window, digest.
 */
export function verifySignedHeaders(headers: HeaderBag, options: VerifyOptions): VerifyResult {
	const authorization = header(headers, 'authorization');
	if (!authorization) return { ok: false, failure: 'missingAuthorization' };

	const auth = parseAttributeHeader(authorization);
	const schemeWord = auth.word.toUpperCase();
	if (schemeWord !== 'AKSK' && schemeWord !== 'WSSE')
		return { ok: false, failure: 'unknownScheme' };
	const scheme: AuthScheme = schemeWord === 'AKSK' ? 'aksk' : 'wsse';
	const fail = (failure: SignatureFailure): VerifyResult => ({ ok: false, failure, scheme });

	const { realm, profile, type } = auth.attributes;
	if (realm === undefined) return fail('missingRealm');
	if (profile === undefined) return fail('missingProfile');
	if (type === undefined) return fail('missingType');
	if (realm !== 'SDP') return fail('badRealm');
	if (profile !== 'UsernameToken') return fail('badProfile');
	if (type !== 'Appkey') return fail('badType');

	const tokenValue = header(headers, scheme === 'aksk' ? 'x-aksk' : 'x-wsse');
	if (!tokenValue) return fail('missingToken');
	const token = parseAttributeHeader(tokenValue).attributes;
	const username = token.username;
	const nonce = token.nonce;
	const created = token.created;
	const digest = token.passworddigest;
	if (!username) return fail('missingUsername');
	if (!nonce) return fail('missingNonce');
	if (!created) return fail('missingCreated');
	if (!digest) return fail('missingDigest');
	if (!NONCE_PATTERN.test(nonce)) return fail('badNonce');
	if (!CREATED_PATTERN.test(created)) return fail('badCreated');

	const secret = options.secretFor(username);
	if (secret === undefined) return fail('unknownUsername');

	const createdMs = Date.parse(created);
	if (Number.isNaN(createdMs)) return fail('badCreated');
	const nowMs = (options.now ?? new Date()).getTime();
	const windowMs = (options.windowSeconds ?? 300) * 1000;
	const beijingMs = createdMs - BEIJING_OFFSET_MS;
	let clock: CreatedClock;
	if (Math.abs(nowMs - createdMs) <= windowMs) clock = 'utc';
	else if (options.acceptBeijingClock && Math.abs(nowMs - beijingMs) <= windowMs) clock = 'beijing';
	else return fail('staleCreated');

	const matched = candidateDigests(scheme, secret, nonce, created, options).some((expected) =>
		sameDigest(expected, digest),
	);
	if (!matched) return fail('badDigest');
	return { ok: true, scheme, username, nonce, created, clock };
}
