const {
	buildAuthHeaders,
	voiceCallPushDigest,
	formatCreated,
} = require('../../nodes/shared/auth/signing');
const { verifySignedHeaders, parseAttributeHeader } = require('../../nodes/shared/auth/verify');

const KEY = 'appKeyA';
const SECRET = 'secretA-0123456789';
const NOW = new Date(Date.UTC(2026, 10, 22, 8, 0, 0));
const created = (offsetSeconds = 0) =>
	formatCreated(new Date(NOW.getTime() + offsetSeconds * 1000));
const secretFor = (username) => (username === KEY ? SECRET : undefined);
const verify = (headers, extra = {}) =>
	verifySignedHeaders(headers, { secretFor, now: NOW, ...extra });
const lower = (headers) =>
	Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe('accepts good headers', () => {
	test('X-AKSK as our signer writes it (case-insensitive header names)', () => {
		const result = verify(
			lower(buildAuthHeaders({ appKey: KEY, appSecret: SECRET, created: created() })),
		);
		expect(result).toMatchObject({ ok: true, scheme: 'aksk', username: KEY });
	});
	test('both spacing forms of the token and of Authorization', () => {
		const headers = buildAuthHeaders({ appKey: KEY, appSecret: SECRET, created: created() });
		const spaced = {
			authorization: headers.Authorization.replace(/",/g, '", '),
			'x-aksk': headers['X-AKSK'].replace(/",/g, '", '),
		};
		expect(verify(spaced).ok).toBe(true);
	});
	test('X-WSSE in both digest encodings', () => {
		for (const wsseEncoding of /** @type {const} */ (['hex', 'raw'])) {
			const headers = buildAuthHeaders({
				appKey: KEY,
				appSecret: SECRET,
				scheme: 'wsse',
				wsseEncoding,
				created: created(),
			});
			expect(verify(headers)).toMatchObject({ ok: true, scheme: 'wsse' });
		}
	});
	test('Voice Call push digest, with and without newlines', () => {
		const url = 'https://n8n.example.com/webhook/abc';
		for (const separator of /** @type {const} */ (['\n', ''])) {
			const nonce = 'ABCDEF0123456789';
			const c = created(-10);
			const digest = voiceCallPushDigest(SECRET, url, nonce, c, separator);
			const headers = {
				authorization: 'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
				'x-aksk': `UsernameToken Username="${KEY}",PasswordDigest="${digest}",Nonce="${nonce}",Created="${c}"`,
			};
			expect(verify(headers, { kind: 'voiceCallPush', pushUrls: [url] }).ok).toBe(true);
			expect(
				verify(headers, { kind: 'voiceCallPush', pushUrls: ['https://other.example.com/'] }),
			).toMatchObject({ ok: false, failure: 'badDigest' });
		}
	});
	test('Created at the edge of the window is accepted', () => {
		expect(
			verify(buildAuthHeaders({ appKey: KEY, appSecret: SECRET, created: created(-300) })).ok,
		).toBe(true);
		expect(
			verify(buildAuthHeaders({ appKey: KEY, appSecret: SECRET, created: created(60) }), {
				windowSeconds: 60,
			}).ok,
		).toBe(true);
	});
});

describe('rejects', () => {
	const good = () => buildAuthHeaders({ appKey: KEY, appSecret: SECRET, created: created() });
	/** @type {Array<[string, () => Record<string, string>, string]>} name, headers, failure */
	const cases = [
		[
			'wrong secret',
			() => buildAuthHeaders({ appKey: KEY, appSecret: 'not-the-secret', created: created() }),
			'badDigest',
		],
		[
			'wrong Username',
			() => buildAuthHeaders({ appKey: 'someoneElse', appSecret: SECRET, created: created() }),
			'unknownUsername',
		],
		[
			'stale Created',
			() => buildAuthHeaders({ appKey: KEY, appSecret: SECRET, created: created(-301) }),
			'staleCreated',
		],
		[
			'future Created',
			() => buildAuthHeaders({ appKey: KEY, appSecret: SECRET, created: created(301) }),
			'staleCreated',
		],
		[
			'Created with milliseconds',
			() => buildAuthHeaders({ appKey: KEY, appSecret: SECRET, created: NOW.toISOString() }),
			'badCreated',
		],
		[
			'nonce with symbols',
			() =>
				buildAuthHeaders({ appKey: KEY, appSecret: SECRET, nonce: 'abc-def', created: created() }),
			'badNonce',
		],
		['missing Authorization', () => ({ 'X-AKSK': good()['X-AKSK'] }), 'missingAuthorization'],
		['missing X-AKSK', () => ({ Authorization: good().Authorization }), 'missingToken'],
		['unknown scheme', () => ({ ...good(), Authorization: 'Bearer abc' }), 'unknownScheme'],
		[
			'missing realm',
			() => ({ ...good(), Authorization: 'AKSK profile="UsernameToken",type="Appkey"' }),
			'missingRealm',
		],
		[
			'missing profile',
			() => ({ ...good(), Authorization: 'AKSK realm="SDP",type="Appkey"' }),
			'missingProfile',
		],
		[
			'missing type',
			() => ({ ...good(), Authorization: 'AKSK realm="SDP",profile="UsernameToken"' }),
			'missingType',
		],
		[
			'wrong realm',
			() => ({
				...good(),
				Authorization: 'AKSK realm="XYZ",profile="UsernameToken",type="Appkey"',
			}),
			'badRealm',
		],
		[
			'wrong profile',
			() => ({ ...good(), Authorization: 'AKSK realm="SDP",profile="Token",type="Appkey"' }),
			'badProfile',
		],
		[
			'wrong type',
			() => ({
				...good(),
				Authorization: 'AKSK realm="SDP",profile="UsernameToken",type="app_key"',
			}),
			'badType',
		],
		[
			'missing Username',
			() => ({ ...good(), 'X-AKSK': good()['X-AKSK'].replace(/Username="[^"]*",/, '') }),
			'missingUsername',
		],
		[
			'missing Nonce',
			() => ({ ...good(), 'X-AKSK': good()['X-AKSK'].replace(/,Nonce="[^"]*"/, '') }),
			'missingNonce',
		],
		[
			'missing Created',
			() => ({ ...good(), 'X-AKSK': good()['X-AKSK'].replace(/,Created="[^"]*"/, '') }),
			'missingCreated',
		],
		[
			'missing PasswordDigest',
			() => ({ ...good(), 'X-AKSK': good()['X-AKSK'].replace(/PasswordDigest="[^"]*",/, '') }),
			'missingDigest',
		],
		['malformed token', () => ({ ...good(), 'X-AKSK': 'garbage' }), 'missingUsername'],
		[
			'AKSK Authorization with an X-WSSE token only',
			() => ({ Authorization: good().Authorization, 'X-WSSE': good()['X-AKSK'] }),
			'missingToken',
		],
	];
	test.each(cases)('%s', (_name, make, failure) => {
		expect(verify(make())).toMatchObject({ ok: false, failure });
	});
	test('a digest of another length never throws', () => {
		const headers = good();
		headers['X-AKSK'] = headers['X-AKSK'].replace(
			/PasswordDigest="[^"]*"/,
			'PasswordDigest="c2hvcnQ="',
		);
		expect(verify(headers)).toMatchObject({ ok: false, failure: 'badDigest' });
	});
});

test('attribute parser reads both spacing forms and lower-cases keys', () => {
	expect(parseAttributeHeader('UsernameToken Username="a", PasswordDigest="b=",Nonce="c"')).toEqual(
		{
			word: 'UsernameToken',
			attributes: { username: 'a', passworddigest: 'b=', nonce: 'c' },
		},
	);
});
