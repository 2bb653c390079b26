const https = require('node:https');
const axios = require('axios');

const { APPS, startTestSimulator, seedApps, clientFor, adminFor } = require('../helpers/simulator');
const { buildAuthHeaders, formatCreated } = require('../../nodes/shared/auth/signing');

const URI = '/rest/caas/relationnumber/partners/v1.0';
let sim;
let admin;
beforeAll(async () => {
	sim = await startTestSimulator({ https: true });
	seedApps(sim);
	admin = adminFor(sim);
});
afterAll(() => sim.close());

const query = { relationNum: '+8617010000001' };
const send = (headers) =>
	axios.get(sim.url + URI, {
		params: query,
		headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers },
		validateStatus: () => true,
	});
const good = (overrides = {}) =>
	buildAuthHeaders({ appKey: APPS.axb.appKey, appSecret: APPS.axb.appSecret, ...overrides });

test('a correctly signed request reaches the API (1012007: no bindings yet)', async () => {
	const res = await send(good());
	expect(res.status).toBe(404);
	expect(res.data).toEqual({ resultcode: '1012007', resultdesc: 'The record does not exist.' });
});

test('both spacing forms and both WSSE encodings are accepted', async () => {
	const spaced = good();
	spaced['X-AKSK'] = spaced['X-AKSK'].replace(/",/g, '", ');
	spaced.Authorization = spaced.Authorization.replace(/",/g, '", ');
	expect((await send(spaced)).data.resultcode).toBe('1012007');
	for (const wsseEncoding of ['hex', 'raw']) {
		expect((await send(good({ scheme: 'wsse', wsseEncoding }))).data.resultcode).toBe('1012007');
	}
});

test('a Created in Beijing time written with a Z (8 h ahead, as the Python demo sends) is accepted', async () => {
	const beijing = good({ created: formatCreated(new Date(Date.now() + 8 * 3600_000 - 60_000)) });
	expect((await send(beijing)).data.resultcode).toBe('1012007');
});

/** @type {Array<[string, () => Record<string, string>, number, string]>} name, headers, HTTP status, result code */
const failures = [
	['no Authorization', () => ({ 'X-AKSK': good()['X-AKSK'] }), 400, '1023006'],
	[
		'Authorization without realm',
		() => ({ ...good(), Authorization: 'AKSK profile="UsernameToken",type="Appkey"' }),
		400,
		'1023007',
	],
	[
		'Authorization without profile',
		() => ({ ...good(), Authorization: 'AKSK realm="SDP",type="Appkey"' }),
		400,
		'1023008',
	],
	[
		'wrong realm',
		() => ({ ...good(), Authorization: 'AKSK realm="X",profile="UsernameToken",type="Appkey"' }),
		400,
		'1023009',
	],
	[
		'wrong profile',
		() => ({ ...good(), Authorization: 'AKSK realm="SDP",profile="P",type="Appkey"' }),
		400,
		'1023010',
	],
	[
		'wrong type',
		() => ({ ...good(), Authorization: 'AKSK realm="SDP",profile="UsernameToken",type="Key"' }),
		400,
		'1023011',
	],
	[
		'no type',
		() => ({ ...good(), Authorization: 'AKSK realm="SDP",profile="UsernameToken"' }),
		400,
		'1023012',
	],
	['no X-AKSK', () => ({ Authorization: good().Authorization }), 400, '1023033'],
	[
		'X-AKSK without Username',
		() => ({ ...good(), 'X-AKSK': good()['X-AKSK'].replace(/Username="[^"]*",/, '') }),
		400,
		'1023034',
	],
	[
		'X-AKSK without Nonce',
		() => ({ ...good(), 'X-AKSK': good()['X-AKSK'].replace(/,Nonce="[^"]*"/, '') }),
		400,
		'1023035',
	],
	[
		'X-AKSK without Created',
		() => ({ ...good(), 'X-AKSK': good()['X-AKSK'].replace(/,Created="[^"]*"/, '') }),
		400,
		'1023036',
	],
	[
		'X-AKSK without PasswordDigest',
		() => ({ ...good(), 'X-AKSK': good()['X-AKSK'].replace(/PasswordDigest="[^"]*",/, '') }),
		400,
		'1023037',
	],
	[
		'WSSE without X-WSSE',
		() => ({ Authorization: good({ scheme: 'wsse' }).Authorization }),
		400,
		'1023026',
	],
	[
		'Authorization of another scheme',
		() => ({ ...good(), Authorization: 'Basic realm="SDP",profile="UsernameToken",type="Appkey"' }),
		400,
		'1023013',
	],
	[
		'WSSE without Nonce',
		() => {
			const h = good({ scheme: 'wsse' });
			h['X-WSSE'] = h['X-WSSE'].replace(/,Nonce="[^"]*"/, '');
			return h;
		},
		400,
		'1023028',
	],
	[
		'WSSE without Created',
		() => {
			const h = good({ scheme: 'wsse' });
			h['X-WSSE'] = h['X-WSSE'].replace(/,Created="[^"]*"/, '');
			return h;
		},
		400,
		'1023029',
	],
	[
		'WSSE without PasswordDigest',
		() => {
			const h = good({ scheme: 'wsse' });
			h['X-WSSE'] = h['X-WSSE'].replace(/PasswordDigest="[^"]*",/, '');
			return h;
		},
		400,
		'1023030',
	],
	[
		'WSSE with a wrong secret',
		() => good({ scheme: 'wsse', appSecret: 'wrong-secret' }),
		401,
		'1020176',
	],
	['Created that is no date', () => good({ created: '2026-13-45T25:61:00Z' }), 400, '1023031'],
	[
		'WSSE without Username',
		() => {
			const h = good({ scheme: 'wsse' });
			h['X-WSSE'] = h['X-WSSE'].replace(/Username="[^"]*",/, '');
			return h;
		},
		400,
		'1023027',
	],
	['Created in a wrong format', () => good({ created: new Date().toISOString() }), 400, '1023031'],
	['unknown App Key', () => buildAuthHeaders({ appKey: 'nobody', appSecret: 'x' }), 403, '1010003'],
	['wrong secret', () => good({ appSecret: 'wrong-secret' }), 401, '1020176'],
	[
		'stale Created (6 minutes old)',
		() => good({ created: formatCreated(new Date(Date.now() - 360_000)) }),
		401,
		'1010013',
	],
	[
		'future Created (6 minutes ahead)',
		() => good({ created: formatCreated(new Date(Date.now() + 360_000)) }),
		401,
		'1010013',
	],
	['nonce with symbols', () => good({ nonce: 'a-b' }), 403, '1010002'],
	[
		'Created 8 h behind (UTC-8 is no clock the platform accepts)',
		() => good({ created: formatCreated(new Date(Date.now() - 8 * 3600_000)) }),
		401,
		'1010013',
	],
	[
		'Created 8 h 6 min ahead (Beijing time, but stale)',
		() => good({ created: formatCreated(new Date(Date.now() + 8 * 3600_000 + 360_000)) }),
		401,
		'1010013',
	],
];

test.each(failures)('%s → HTTP %i, %s', async (_name, headers, status, code) => {
	const res = await send(headers());
	expect(res.status).toBe(status);
	expect(res.data.resultcode).toBe(code);
	expect(typeof res.data.resultdesc).toBe('string');
});

test('an API of another mode → 1010040', async () => {
	const res = await clientFor(sim, APPS.ax).get(URI, query);
	expect(res.status).toBe(403);
	expect(res.data.resultcode).toBe('1010040');
});

test('a disabled app → 1010004', async () => {
	await admin.patchApp({ appKey: APPS.axyb.appKey, status: 'disabled' });
	const res = await clientFor(sim, APPS.axyb).get('/rest/omp/xyrelationnumber/v1.0', {
		app_key: APPS.axyb.appKey,
		relationNum: '+8617040000001',
	});
	expect(res.data.resultcode).toBe('1010004');
	await admin.patchApp({ appKey: APPS.axyb.appKey, status: 'active' });
});

test('an unknown path is a plain 404; a wrong method on a known path is 1010006', async () => {
	const unknown = await clientFor(sim, APPS.axb).get('/rest/caas/relationnumber/partners/v9.9');
	expect(unknown.status).toBe(404);
	expect(typeof unknown.data).toBe('string');
	const wrongMethod = await clientFor(sim, APPS.axb).raw('PATCH', URI, { body: {} });
	expect(wrongMethod.data.resultcode).toBe('1010006');
});

test('HTTPS serves the same routes with a self-signed certificate that verification rejects', async () => {
	const insecure = new https.Agent({ rejectUnauthorized: false });
	const res = await axios.get(sim.httpsUrl + URI, {
		params: query,
		headers: good(),
		httpsAgent: insecure,
		validateStatus: () => true,
	});
	expect(res.data.resultcode).toBe('1012007');
	await expect(
		axios.get(sim.httpsUrl + URI, { params: query, headers: good() }),
	).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
});

test('a raw + in the query is read as a space, as on the platform (only %2B works)', async () => {
	const res = await axios.get(`${sim.url}${URI}?relationNum=+8617010000001`, {
		headers: good(),
		validateStatus: () => true,
	});
	expect(res.data.resultcode).toBe('1010002');
	expect(res.data.resultdesc).toMatch(/relationNum/);
});
