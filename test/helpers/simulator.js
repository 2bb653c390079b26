// Starts a simulator for a test file and signs requests to it the way a client does.
const axios = require('axios');

const { Simulator } = require('../../simulator/server');
const { buildAuthHeaders } = require('../../nodes/shared/auth/signing');

/** The test apps, one per mode (pass their names to seedApps). */
const APPS = {
	axb: {
		appKey: 'axbKey0000000001',
		appSecret: 'axbSecret-0123456789abcdef',
		mode: 'AXB',
		numbers: [
			{ number: '+8617010000001', areaCode: '0755' },
			{ number: '+8617010000002', areaCode: '0755' },
			{ number: '+8617010000003', areaCode: '020' },
			{ number: '+8617010000004', areaCode: '010' },
		],
	},
	ax: {
		appKey: 'axKey00000000001',
		appSecret: 'axSecret-0123456789abcdef',
		mode: 'AX',
		numbers: [
			'+8617020000001',
			'+8617020000002',
			'+8617020000003',
			'+8617020000004',
			'+8617020000005',
			'+8617020000006',
		].map((number) => ({ number, areaCode: '0755' })),
	},
	axe: {
		appKey: 'axeKey0000000001',
		appSecret: 'axeSecret-0123456789abcdef',
		mode: 'AXE',
		extensionLength: 1,
		numbers: [
			{ number: '+8617030000001', areaCode: '0755' },
			{ number: '+8617030000002', areaCode: '020' },
		],
	},
	axyb: {
		appKey: 'axybKey000000001',
		appSecret: 'axybSecret-0123456789abcdef',
		mode: 'AXYB',
		numbers: ['+8617040000001', '+8617040000002', '+8617040000003'].map((number) => ({
			number,
			areaCode: '0755',
		})),
	},
	x: {
		appKey: 'xKey000000000001',
		appSecret: 'xSecret-0123456789abcdef',
		mode: 'X',
		numbers: [{ number: '+8617050000001', areaCode: '0755' }],
	},
	voice: {
		appKey: 'voiceKey00000001',
		appSecret: 'voiceSecret-0123456789abcdef',
		mode: 'VOICE',
		displayNumbers: ['+8653159511234', '+8675528880001'],
	},
};

/** @param {import('../../simulator/server').SimulatorOptions & { https?: boolean }} [options] */
async function startTestSimulator(options = {}) {
	const sim = new Simulator({
		timeScale: 0.0001,
		eventGapMs: 0,
		httpsPort: options.https ? 0 : null,
		...options,
	});
	await sim.start();
	return sim;
}

function seedApps(sim, names = Object.keys(APPS), overrides = {}) {
	for (const name of names) sim.addApp({ ...APPS[name], ...(overrides[name] ?? {}) });
}

/**
 * A signed client for one app: `client.get(uri, qs)`, `client.post(uri, body)` → { status, data, headers }.
 * @param {import('../../simulator/server').Simulator} sim
 * @param {{ appKey: string, appSecret: string }} app
 * @param {object} [options]
 * @param {string} [options.baseUrl] default: the simulator's HTTP URL
 * @param {import('../../nodes/shared/auth/signing').AuthScheme} [options.scheme]
 * @param {import('../../nodes/shared/auth/signing').WsseEncoding} [options.wsseEncoding]
 * @param {Record<string, string>} [options.headers] added to (or replacing) the signed ones
 */
function clientFor(
	sim,
	app,
	{ baseUrl = sim.url, scheme = 'aksk', wsseEncoding, headers: extra = {} } = {},
) {
	/** @type {(method: string, uri: string, parts?: { qs?: Record<string, any>, body?: unknown }) => Promise<import('axios').AxiosResponse>} */
	const send = (method, uri, { qs, body } = {}) =>
		axios.request({
			method,
			baseURL: baseUrl,
			url: uri,
			params: qs,
			data: body,
			headers: {
				'Content-Type': 'application/json;charset=UTF-8',
				...buildAuthHeaders({ appKey: app.appKey, appSecret: app.appSecret, scheme, wsseEncoding }),
				...extra,
			},
			validateStatus: () => true,
			maxRedirects: 0,
		});
	return {
		get: (uri, qs) => send('GET', uri, { qs }),
		delete: (uri, qs) => send('DELETE', uri, { qs }),
		post: (uri, body, qs) => send('POST', uri, { body, qs }),
		put: (uri, body) => send('PUT', uri, { body }),
		raw: send,
	};
}

/** Talks to the admin API. */
/** Creates an AXB binding of the demo app through the API (X …0001, A …0001, B …0002 unless given); its subscriptionId. */
async function bindAxb(sim, fields = {}) {
	const res = await clientFor(sim, APPS.axb).post('/rest/caas/relationnumber/partners/v1.0', {
		relationNum: '+8617010000001',
		callerNum: '+8613800000001',
		calleeNum: '+8613900000002',
		...fields,
	});
	return res.data.subscriptionId;
}

function adminFor(sim) {
	const call = async (method, path, data) =>
		(await axios.request({ method, url: sim.url + path, data, validateStatus: () => true })).data;
	return {
		call: (body) => call('POST', '/admin/calls', body),
		batch: (body) => call('POST', '/admin/calls/batch', body),
		sms: (body) => call('POST', '/admin/sms', body),
		numberStatus: (body) => call('POST', '/admin/number-status', body),
		behaviour: (body) => call('PUT', '/admin/callee-behaviour', body),
		faults: (body) => call('POST', '/admin/faults', body),
		clearFaults: () => call('DELETE', '/admin/faults'),
		clock: (advanceSeconds) => call('POST', '/admin/clock', { advanceSeconds }),
		patchApp: (body) => call('PATCH', '/admin/apps', body),
		pushes: () => call('GET', '/admin/pushes'),
		state: () => call('GET', '/admin/state'),
		requests: () => call('GET', '/admin/requests'),
	};
}

/** Polls until `predicate()` is truthy (or fails after `ms`). */
async function eventually(predicate, ms = 5000) {
	const until = Date.now() + ms;
	for (;;) {
		const value = await predicate();
		if (value) return value;
		if (Date.now() > until) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

module.exports = {
	bindAxb,
	APPS,
	startTestSimulator,
	seedApps,
	clientFor,
	adminFor,
	eventually,
};
