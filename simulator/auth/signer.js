// How the platform signs: the Authorization + X-AKSK (or legacy X-WSSE) headers of requests and
// Private Number pushes (privatenumber-api.md §2), and the Voice Call push digest (voicecall-api.md §4.2).
const crypto = require('node:crypto');

/** @typedef {'aksk' | 'wsse'} Scheme */
/** X-WSSE digest encodings in Huawei's demos: Base64 of the hex string (Python) or of the raw bytes (PHP). */
/** @typedef {'hex' | 'raw'} WsseEncoding */

const SCHEMES = {
	aksk: { word: 'AKSK', tokenHeader: 'X-AKSK' },
	wsse: { word: 'WSSE', tokenHeader: 'X-WSSE' },
};

/** The Authorization value of a scheme (the same fixed attributes for both). */
const authorizationValue = (/** @type {Scheme} */ scheme) =>
	`${SCHEMES[scheme].word} realm="SDP",profile="UsernameToken",type="Appkey"`;

/** 32 hex characters, like the Python demo's uuid4().hex (the platform allows 1-128 letters and digits). */
const newNonce = () => crypto.randomUUID().replaceAll('-', '');

/** `yyyy-MM-ddTHH:mm:ssZ` in UTC. */
const createdAt = (/** @type {number} */ ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';

/** X-AKSK: Base64(HMAC-SHA256(key = App Secret, message = Nonce + Created)). */
const akskDigest = (secret, nonce, created) =>
	crypto.createHmac('sha256', secret).update(`${nonce}${created}`, 'utf8').digest('base64');

/** X-WSSE: Base64(SHA-256(Nonce + Created + App Secret)), of the hex string or of the raw bytes. */
function wsseDigest(secret, nonce, created, /** @type {WsseEncoding} */ encoding) {
	const hash = crypto.createHash('sha256').update(`${nonce}${created}${secret}`, 'utf8');
	return encoding === 'raw'
		? hash.digest('base64')
		: Buffer.from(hash.digest('hex')).toString('base64');
}

/** Voice Call push: Base64(HMAC-SHA256(App Secret, url + "\n" + nonce + "\n" + Created)), as the current docs say. */
const voicePushDigest = (secret, url, nonce, created) =>
	crypto
		.createHmac('sha256', secret)
		.update([url, nonce, created].join('\n'), 'utf8')
		.digest('base64');

const usernameToken = (username, digest, nonce, created) =>
	`UsernameToken Username="${username}",PasswordDigest="${digest}",Nonce="${nonce}",Created="${created}"`;

/**
 * Headers of a request or Private Number push signed for one app (fresh nonce and time unless given).
 * @param {{ appKey: string, appSecret: string, scheme?: Scheme, wsseEncoding?: WsseEncoding, nonce?: string, created?: string }} options
 * @returns {Record<string, string>}
 */
function signedHeaders({
	appKey,
	appSecret,
	scheme = 'aksk',
	wsseEncoding = 'hex',
	nonce = newNonce(),
	created = createdAt(Date.now()),
}) {
	const digest =
		scheme === 'wsse'
			? wsseDigest(appSecret, nonce, created, wsseEncoding)
			: akskDigest(appSecret, nonce, created);
	return {
		Authorization: authorizationValue(scheme),
		[SCHEMES[scheme].tokenHeader]: usernameToken(appKey, digest, nonce, created),
	};
}

/**
 * Headers of a Voice Call push to `url`.
 * @param {{ appKey: string, appSecret: string, url: string, nonce?: string, created?: string }} options
 * @returns {Record<string, string>}
 */
function voicePushHeaders({
	appKey,
	appSecret,
	url,
	nonce = newNonce(),
	created = createdAt(Date.now()),
}) {
	return {
		Authorization: authorizationValue('aksk'),
		'X-AKSK': usernameToken(
			appKey,
			voicePushDigest(appSecret, url, nonce, created),
			nonce,
			created,
		),
	};
}

module.exports = { SCHEMES, akskDigest, wsseDigest, signedHeaders, voicePushHeaders };
