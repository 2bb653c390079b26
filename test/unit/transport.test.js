const { NodeApiError } = require('n8n-workflow');

const { huaweiApiRequest, buildQueryString } = require('../../nodes/shared/api/request');
const { verifySignedHeaders } = require('../../nodes/shared/auth/verify');
const { createRequestContext, runCredentialTest } = require('../helpers/n8nContext');
const { startStubServer, json } = require('../helpers/stubServer');

const SECRET = 'transport-test-secret-0123456789abcdef';
const credentialsFor = (url, extra = {}) => ({
	appKey: 'appKeyT',
	appSecret: SECRET,
	accessAddress: url,
	authScheme: 'aksk',
	allowUnauthorizedCerts: false,
	...extra,
});

let server;
let script;
beforeAll(async () => {
	server = await startStubServer((req, res, n) => script(req, res, n));
});
afterAll(() => server.close());
beforeEach(() => {
	server.requests.length = 0;
});

async function call(request, extra) {
	const ctx = createRequestContext({ credentials: credentialsFor(server.url, extra) });
	return huaweiApiRequest.call(ctx, 'huaweiPrivateNumberApi', request);
}

async function failure(request, extra) {
	try {
		await call(request, extra);
	} catch (error) {
		return error;
	}
	throw new Error('expected the request to fail');
}

function expectNoSecrets(error) {
	const sent = server.requests.map((r) => r.headers['x-aksk']).filter(Boolean);
	const texts = [
		error.message,
		error.description,
		JSON.stringify(error),
		JSON.stringify(error.context ?? {}),
		String(error.stack),
	];
	for (const text of texts) {
		expect(text).not.toContain(SECRET);
		for (const header of sent)
			expect(text).not.toContain(
				/** @type {RegExpExecArray} */ (/PasswordDigest="([^"]+)"/.exec(header))[1],
			);
	}
}

test('success: signed, JSON on every method, query encoded with %2B', async () => {
	script = (req, res) =>
		json(res, 200, { resultcode: '0', resultdesc: 'Success', echo: req.method });
	for (const method of ['GET', 'DELETE', 'POST', 'PUT']) {
		const response = await call({
			method,
			uri: '/rest/caas/relationnumber/partners/v1.0',
			qs:
				method === 'GET' || method === 'DELETE'
					? { relationNum: '+8617010000001', empty: '', none: undefined }
					: undefined,
			body: method === 'POST' || method === 'PUT' ? { callerNum: '+8613800000000' } : undefined,
			retry: 'safe',
		});
		expect(response.body).toEqual({ resultcode: '0', resultdesc: 'Success', echo: method });
	}
	const [get, del, post, put] = server.requests;
	expect(get.url).toBe('/rest/caas/relationnumber/partners/v1.0?relationNum=%2B8617010000001');
	expect(del.url).toBe(get.url);
	expect(get.body).toBe('');
	expect(JSON.parse(post.body)).toEqual({ callerNum: '+8613800000000' });
	expect(JSON.parse(put.body)).toEqual({ callerNum: '+8613800000000' });
	for (const req of server.requests) {
		expect(req.headers['content-type']).toBe('application/json;charset=UTF-8');
		expect(req.headers.authorization).toBe(
			'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
		);
		const verdict = verifySignedHeaders(req.headers, {
			secretFor: (u) => (u === 'appKeyT' ? SECRET : undefined),
		});
		expect(verdict.ok).toBe(true);
	}
	const nonces = server.requests.map(
		(r) => /** @type {RegExpExecArray} */ (/Nonce="([^"]+)"/.exec(r.headers['x-aksk']))[1],
	);
	expect(new Set(nonces).size).toBe(4);
});

test('X-WSSE credential signs with the legacy headers', async () => {
	script = (_req, res) => json(res, 200, { resultcode: '0', resultdesc: 'Success' });
	await call(
		{ method: 'GET', uri: '/x', retry: 'safe' },
		{ authScheme: 'wsse', wsseDigestEncoding: 'raw' },
	);
	const [req] = server.requests;
	expect(req.headers.authorization).toMatch(/^WSSE /);
	expect(req.headers['x-wsse']).toMatch(/^UsernameToken Username="appKeyT"/);
	expect(verifySignedHeaders(req.headers, { secretFor: () => SECRET }).ok).toBe(true);
});

test('HTTP 200 with a non-zero resultcode is a NodeApiError with code, text and hint', async () => {
	script = (_req, res) =>
		json(res, 200, { resultcode: '1012010', resultdesc: 'The relation number has been bound.' });
	const error = await failure({
		method: 'POST',
		uri: '/bind',
		body: {},
		itemIndex: 3,
		retry: 'create',
	});
	expect(error).toBeInstanceOf(NodeApiError);
	expect(error.message).toBe('Huawei error 1012010: The relation number has been bound.');
	expect(error.description).toMatch(/already bound on this private number/);
	expect(error.httpCode).toBe('200');
	expect(error.context.itemIndex).toBe(3);
	expectNoSecrets(error);
});

test.each([
	[
		400,
		{ resultcode: '1023033', resultdesc: 'HTTP header not found X-AKSK field.' },
		/1023033/,
		/Authentication Scheme/,
	],
	[
		401,
		{ resultcode: '1010013', resultdesc: 'Time out limit.' },
		/1010013: Time out limit/,
		/clock/,
	],
	[
		403,
		{ resultcode: '1010002', resultdesc: 'Invalid request. callerNum' },
		/callerNum/,
		/names it/,
	],
	[404, { resultcode: '1012007', resultdesc: 'The record does not exist.' }, /1012007/, /expired/],
	[401, { resultcode: '1099999', resultdesc: 'Whatever.' }, /1099999/, /App Key \/ App Secret/],
])('HTTP %i is mapped to its hint', async (status, body, message, hint) => {
	script = (_req, res) => json(res, status, body);
	const error = await failure({ method: 'GET', uri: '/q', retry: 'safe' });
	expect(error.message).toMatch(message);
	expect(error.description).toMatch(hint);
	expect(error.httpCode).toBe(String(status));
	expect(server.requests).toHaveLength(1);
	expectNoSecrets(error);
});

test('non-JSON body is reported as such', async () => {
	script = (_req, res) => {
		res.writeHead(502, { 'Content-Type': 'text/html' });
		res.end('<html>Bad gateway</html>');
	};
	const error = await failure({ method: 'POST', uri: '/bind', body: {}, retry: 'create' });
	expect(error.message).toBe('Huawei answered HTTP 502 with a body that is not JSON');
	script = (_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/plain' });
		res.end('OK');
	};
	expect((await failure({ method: 'GET', uri: '/q', retry: 'safe' })).message).toMatch(/not JSON/);
});

test('safe requests retry 5xx with back-off and then succeed', async () => {
	script = (_req, res, n) =>
		n < 3
			? json(res, 500, { resultcode: '1010001', resultdesc: 'Internal system error.' })
			: json(res, 200, { resultcode: '0' });
	const response = await call({ method: 'GET', uri: '/q', retry: 'safe' });
	expect(response.body.resultcode).toBe('0');
	expect(server.requests).toHaveLength(3);
});

test('create requests are not retried on 5xx, and the error says so', async () => {
	script = (_req, res) =>
		json(res, 500, { resultcode: '1010001', resultdesc: 'Internal system error.' });
	const error = await failure({ method: 'POST', uri: '/bind', body: {}, retry: 'create' });
	expect(error.message).toBe('Huawei error 1010001: Internal system error.');
	expect(server.requests).toHaveLength(1);
});

test('flow control is retried even for create (the platform did nothing)', async () => {
	script = (_req, res, n) =>
		n === 1
			? json(res, 403, { resultcode: '1010010', resultdesc: 'Flow control.' })
			: json(res, 200, { resultcode: '0' });
	await call({ method: 'POST', uri: '/bind', body: {}, retry: 'create' });
	expect(server.requests).toHaveLength(2);
});

test('timeouts: safe retried, create not; error names the timeout and hides secrets', async () => {
	script = () => {}; // never answers
	const safe = await failure({ method: 'GET', uri: '/slow', retry: 'safe', timeoutMs: 150 });
	expect(server.requests).toHaveLength(5);
	expect(safe.message).toBe('Huawei did not answer in time');
	expect(safe.description).toMatch(
		/may or may not have carried the request out.*(ECONNABORTED|ETIMEDOUT)/,
	);
	expect(safe.context.outcome).toBe('unknown');
	expectNoSecrets(safe);
	server.requests.length = 0;
	const create = await failure({
		method: 'POST',
		uri: '/slow',
		body: {},
		retry: 'create',
		timeoutMs: 150,
	});
	expect(server.requests).toHaveLength(1);
	expect(create.context.outcome).toBe('unknown');
}, 15_000);

test('a broken connection after sending: safe requests retried; a "not found" on the retry is recognised as gone', async () => {
	script = (_req, res, n) =>
		n === 1
			? res.socket.destroy()
			: json(res, 404, { resultcode: '1012007', resultdesc: 'The record does not exist.' });
	const error = await failure({
		method: 'DELETE',
		uri: '/unbind',
		qs: { subscriptionId: 's1' },
		retry: 'safe',
	});
	expect(server.requests).toHaveLength(2);
	expect(error.context.afterUncertainAttempt).toBe(true);
	expect(error.errorResponse.resultcode).toBe('1012007');
	script = (_req, res) =>
		json(res, 404, { resultcode: '1012007', resultdesc: 'The record does not exist.' });
	const plain = await failure({
		method: 'DELETE',
		uri: '/unbind',
		qs: { subscriptionId: 's2' },
		retry: 'safe',
	});
	expect(plain.context.afterUncertainAttempt).toBe(false);
	expect(plain.context.outcome).toBe('failed');
});

test('unreachable address says so', async () => {
	const ctx = createRequestContext({ credentials: credentialsFor('http://127.0.0.1:1') });
	const error = await huaweiApiRequest
		.call(ctx, 'huaweiPrivateNumberApi', { method: 'POST', uri: '/q', body: {}, retry: 'create' })
		.catch((e) => e);
	expect(error.message).toBe('Could not reach Huawei');
	expect(error.description).toMatch(/cannot be reached.*ECONNREFUSED/);
});

test('manual redirect hands back the 301 and its Location', async () => {
	script = (_req, res) => {
		res.writeHead(301, { Location: 'https://obs.example.com/rec.wav?sig=1' });
		res.end();
	};
	const response = await call({
		method: 'GET',
		uri: '/rest/provision/voice/record/v1.0',
		qs: { fileName: 'a.wav', recordDomain: 'd' },
		redirect: 'manual',
		retry: 'safe',
	});
	expect(response.statusCode).toBe(301);
	expect(response.headers.location).toBe('https://obs.example.com/rec.wav?sig=1');
});

test('redirects are never followed: the signature stays on the platform and a redirected create is a failure', async () => {
	const elsewhere = await startStubServer((_req, res) =>
		json(res, 200, { resultcode: '0', resultdesc: 'Success', subscriptionId: 'fake' }),
	);
	try {
		script = (_req, res) => {
			res.writeHead(302, { Location: `${elsewhere.url}/steal` });
			res.end();
		};
		for (const request of [
			{ method: 'GET', uri: '/q', retry: 'safe' },
			{ method: 'POST', uri: '/bind', body: {}, retry: 'create' },
		]) {
			const error = await failure(request);
			expect(error.message).toMatch(
				/^Huawei answered with a redirect \(HTTP 302 to 127\.0\.0\.1:\d+\), which is not followed$/,
			);
			expect(error.context.outcome).toBe('failed');
		}
		expect(server.requests).toHaveLength(2);
		expect(elsewhere.requests).toHaveLength(0);
	} finally {
		await elsewhere.close();
	}
});

test('buildQueryString encodes reserved characters', () => {
	expect(buildQueryString({ a: '+86 1', b: 'x&y=z', c: 0 })).toBe('?a=%2B86%201&b=x%26y%3Dz&c=0');
	expect(buildQueryString({})).toBe('');
});

describe('credential test', () => {
	beforeAll(() => {
		script = (req, res, n) => {
			const verdict = verifySignedHeaders(req.headers, {
				secretFor: (u) => (u === 'appKeyT' ? SECRET : undefined),
			});
			if (!verdict.ok && verdict.failure === 'unknownUsername')
				return json(res, 403, { resultcode: '1010003', resultdesc: 'Invalid app_key.' });
			if (!verdict.ok)
				return json(res, 401, { resultcode: '1020176', resultdesc: 'Authentication failed.' });
			return json(res, n === 1 ? 200 : 403, {
				resultcode: '1020152',
				resultdesc: 'Invalid sessionId.',
			});
		};
	});
	test('valid keys pass and the probe is a call stop of a session that cannot exist', async () => {
		expect(await runCredentialTest('huaweiPrivateNumberApi', credentialsFor(server.url))).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(await runCredentialTest('huaweiVoiceCallApi', credentialsFor(server.url))).toMatchObject(
			{ status: 'OK' },
		);
		const last = server.requests.at(-1);
		expect(last.url).toBe('/rest/httpsessions/callStop/v2.0');
		expect(JSON.parse(last.body)).toEqual({
			sessionid: 'n8n-credential-test',
			signal: 'call_stop',
		});
	});
	test('a wrong secret says the key/secret pair was rejected', async () => {
		const result = await runCredentialTest(
			'huaweiPrivateNumberApi',
			credentialsFor(server.url, { appSecret: 'wrong' }),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/rejected the App Key \/ App Secret pair/);
	});
	test('an unknown app key says so', async () => {
		const result = await runCredentialTest(
			'huaweiPrivateNumberApi',
			credentialsFor(server.url, { appKey: 'nobody' }),
		);
		expect(result.message).toMatch(
			/1010003: Invalid app_key\. The App Key is unknown at this APP access address/,
		);
	});
	test('an address that does not answer like Huawei says so', async () => {
		script = (_req, res) => json(res, 404, '<html>not here</html>');
		const result = await runCredentialTest('huaweiPrivateNumberApi', credentialsFor(server.url));
		expect(result.message).toMatch(/did not answer like Huawei/);
	});
	test('an unreachable address says so', async () => {
		const result = await runCredentialTest(
			'huaweiPrivateNumberApi',
			credentialsFor('http://127.0.0.1:1'),
		);
		expect(result).toEqual({ status: 'Error', message: 'ECONNREFUSED' });
	});
});
