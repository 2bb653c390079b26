// How the platform checks a signed request (privatenumber-api.md §2, §7.1): the Authorization
// attributes, the X-AKSK (or legacy X-WSSE) token attributes, Username, Nonce, Created and the
// digest, each failure answered with its documented result code.
const crypto = require('node:crypto');

const { PlatformError, invalid } = require('../http');
const { SCHEMES, akskDigest, wsseDigest } = require('./signer');

const NONCE = /^[0-9A-Za-z]{1,128}$/;
const CREATED = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
/**
 * Huawei's Python demo writes Beijing time with a "Z" (time.strftime is local time) and Huawei
 * ships it as working, so a Created 8 hours ahead is accepted too.
 */
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/** Result codes per missing token attribute, for X-AKSK and X-WSSE. */
const MISSING_TOKEN_CODES = {
	aksk: {
		header: '1023033',
		username: '1023034',
		nonce: '1023035',
		created: '1023036',
		passworddigest: '1023037',
	},
	wsse: {
		header: '1023026',
		username: '1023027',
		nonce: '1023028',
		created: '1023029',
		passworddigest: '1023030',
	},
};

/** The value of header `name` (any case), first one if repeated. */
function headerValue(headers, name) {
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
	const value = key === undefined ? undefined : headers[key];
	return Array.isArray(value) ? value[0] : value;
}

/**
 * `Word key="value",key="value"`: the word and the attributes (keys lower-cased), split on commas
 * and trimmed, so both `","` and `", "` spacing work (§2.1).
 */
function parseAttributes(value) {
	const text = value.trim();
	const space = text.search(/\s/);
	/** @type {Record<string, string>} */
	const attributes = {};
	if (space === -1) return { word: text, attributes };
	for (const part of text.slice(space + 1).split(',')) {
		const equals = part.indexOf('=');
		if (equals === -1) continue;
		const raw = part.slice(equals + 1).trim();
		attributes[part.slice(0, equals).trim().toLowerCase()] =
			raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
	}
	return { word: text.slice(0, space), attributes };
}

/** The scheme named by the Authorization header, after checking realm, profile and type. */
function checkAuthorization(headers) {
	const value = headerValue(headers, 'authorization');
	if (!value) throw new PlatformError('1023006');
	const { word, attributes } = parseAttributes(value);
	/** @type {import('./signer').Scheme | undefined} */
	const scheme =
		word.toUpperCase() === 'AKSK' ? 'aksk' : word.toUpperCase() === 'WSSE' ? 'wsse' : undefined;
	if (!scheme) throw new PlatformError('1023013');
	const { realm, profile, type } = attributes;
	if (realm === undefined) throw new PlatformError('1023007');
	if (profile === undefined) throw new PlatformError('1023008');
	if (type === undefined) throw new PlatformError('1023012');
	if (realm !== 'SDP') throw new PlatformError('1023009');
	if (profile !== 'UsernameToken') throw new PlatformError('1023010');
	if (type !== 'Appkey') throw new PlatformError('1023011');
	return scheme;
}

/** The token's attributes, each present, with Nonce and Created in their documented formats. */
function readToken(headers, /** @type {import('./signer').Scheme} */ scheme) {
	const codes = MISSING_TOKEN_CODES[scheme];
	const value = headerValue(headers, SCHEMES[scheme].tokenHeader);
	if (!value) throw new PlatformError(codes.header);
	const { attributes } = parseAttributes(value);
	for (const name of ['username', 'nonce', 'created', 'passworddigest']) {
		if (!attributes[name]) throw new PlatformError(codes[name]);
	}
	if (!NONCE.test(attributes.nonce)) throw invalid('Nonce', 'must be 1-128 letters or digits');
	const createdMs = Date.parse(attributes.created);
	if (!CREATED.test(attributes.created) || Number.isNaN(createdMs))
		throw new PlatformError('1023031');
	return {
		username: attributes.username,
		nonce: attributes.nonce,
		created: attributes.created,
		digest: attributes.passworddigest,
		createdMs,
	};
}

function sameText(expected, received) {
	const a = Buffer.from(expected);
	const b = Buffer.from(received);
	return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * The app a request is signed for, or the PlatformError the platform would answer.
 * @param {import('../state').PlatformState} state
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {number} windowSeconds how far Created may be from the platform's clock, both ways
 */
function authenticate(state, headers, windowSeconds) {
	const scheme = checkAuthorization(headers);
	const token = readToken(headers, scheme);
	const app = state.apps.get(token.username);
	if (!app) throw new PlatformError('1010003');
	const skewMs = Date.now() - token.createdMs;
	const windowMs = windowSeconds * 1000;
	if (Math.abs(skewMs) > windowMs && Math.abs(skewMs + BEIJING_OFFSET_MS) > windowMs)
		throw new PlatformError('1010013');
	const { nonce, created } = token;
	const expected =
		scheme === 'aksk'
			? [akskDigest(app.appSecret, nonce, created)]
			: [
					wsseDigest(app.appSecret, nonce, created, 'hex'),
					wsseDigest(app.appSecret, nonce, created, 'raw'),
				];
	if (!expected.some((digest) => sameText(digest, token.digest)))
		throw new PlatformError('1020176', 'PasswordDigest verification failed.');
	if (app.status !== 'active') throw new PlatformError('1010004');
	return app;
}

module.exports = { authenticate };
