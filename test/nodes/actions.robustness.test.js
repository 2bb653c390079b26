// The action nodes under bad input, faults and hostile platform answers (issue 12): nothing
// orphaned, nothing misreported, nothing leaked.
const https = require('node:https');

const selfsigned = require('selfsigned');

const { HuaweiPrivateNumber } = require('../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { HuaweiVoiceCall } = require('../../nodes/HuaweiVoiceCall/HuaweiVoiceCall.node');
const {
	downloadFile,
	downloadUrlProblem,
	safeFileName,
} = require('../../nodes/shared/actions/recording/fileDownload');
const { connectionFailure } = require('../../nodes/shared/api/failures');
const { APPS, startTestSimulator, seedApps, adminFor } = require('../helpers/simulator');
const { runNode } = require('../helpers/nodeHarness');
const { startStubServer, json } = require('../helpers/stubServer');

let sim;
let admin;
beforeAll(async () => {
	sim = await startTestSimulator();
	admin = adminFor(sim);
});
beforeEach(async () => {
	sim.state.reset();
	await admin.clearFaults();
	seedApps(sim, ['axb', 'voice']);
});
afterAll(() => sim.close());

/** @param {{ appKey: string, appSecret: string }} [app] @param {string} [accessAddress] */
const credentials = (app = APPS.axb, accessAddress = sim.url) => ({
	appKey: app.appKey,
	appSecret: app.appSecret,
	accessAddress,
	authScheme: 'aksk',
	allowUnauthorizedCerts: false,
});
const many = (n) => Array.from({ length: n }, () => ({ json: {} }));
const pn = (operation, params, extra = {}) =>
	runNode(HuaweiPrivateNumber, {
		credentials: credentials(extra.app, extra.accessAddress),
		params:
			typeof params === 'function'
				? (i) => ({ resource: 'axbBinding', operation, ...params(i) })
				: { resource: extra.resource ?? 'axbBinding', operation, ...params },
		...extra,
	});
const bindings = () => sim.state.liveBindings(sim.state.apps.get(APPS.axb.appKey), 'AXB');
const create = (i) => ({
	callerNum: `+86138${String(i).padStart(8, '0')}`,
	calleeNum: `+86139${String(i).padStart(8, '0')}`,
	numberSource: 'number',
	relationNum: `+861701000000${1 + (i % 4)}`,
	options: { concurrency: 1 },
});

describe('1. a bad item never leaves the items before it orphaned', () => {
	test('1,000 creates whose last item is invalid: the node fails naming it, and nothing is sent', async () => {
		const params = (i) => (i === 999 ? { ...create(i), calleeNum: 'not a number' } : create(i));
		await expect(pn('create', params, { items: many(1000) })).rejects.toThrow(
			/"B Number" may only contain digits.*\[item 999\]/,
		);
		expect(sim.state.requestLog).toHaveLength(0);
		expect(bindings()).toHaveLength(0);
	});

	test('with Continue On Fail the bad item is an error item and the 999 good ones are created', async () => {
		const params = (i) =>
			i === 999
				? { ...create(i), calleeNum: 'not a number' }
				: { ...create(i), options: { concurrency: 10 } };
		const { output } = await pn('create', params, { items: many(1000), continueOnFail: true });
		expect(output[0].filter((item) => item.json.subscriptionId)).toHaveLength(999);
		expect(output[0][999].json.error).toMatch(/\[item 999\]/);
		expect(bindings()).toHaveLength(999);
	}, 60_000);

	test('when the platform fails mid-batch, the error lists what the earlier items already created', async () => {
		const params = (i) => (i === 10 ? create(0) : create(i)); // item 10 repeats item 0's pair: 1012010
		const error = await pn('create', params, { items: many(20) }).catch((e) => e);
		expect(error.message).toMatch(/1012010/);
		const created = bindings().map((b) => b.subscriptionId);
		expect(created).toHaveLength(10);
		for (const id of created) expect(error.description).toContain(id);
		expect(error.description).toMatch(/9 later item\(s\) were not sent/);
		expect(error.context.completedItems).toHaveLength(10);
	});
});

describe('2. values of the wrong type are refused, never sent as text', () => {
	test.each([
		[
			'User Data from an object',
			'create',
			{ ...create(1), additionalFields: { userData: { order: 42 } } },
			/"User Data" must be text, not an object/,
		],
		[
			'User Data from a list',
			'create',
			{ ...create(1), additionalFields: { userData: ['a'] } },
			/"User Data" must be text, not a list/,
		],
		[
			'a Subscription ID from an object',
			'delete',
			{ lookupBy: 'subscriptionId', subscriptionId: { id: 1 } },
			/"Subscription ID" must be text, not an object/,
		],
		[
			'a phone number from an object',
			'create',
			{ ...create(1), callerNum: { n: 1 } },
			/"A Number" must be a phone number, not an object/,
		],
		[
			'a lifetime from text',
			'create',
			{ ...create(1), additionalFields: { duration: 'one day' } },
			/"Binding Lifetime \(Seconds\)" must be a whole number, not "one day"/,
		],
		[
			'a toggle from a number',
			'create',
			{ ...create(1), additionalFields: { recordFlag: 1 } },
			/"Record Calls" must be true or false/,
		],
	])('%s', async (_name, operation, params, message) => {
		await expect(pn(operation, params)).rejects.toThrow(message);
		expect(sim.state.requestLog).toHaveLength(0);
	});

	test('numbers become their digits and null means not set, as n8n users expect', async () => {
		const { output } = await pn('create', {
			...create(1),
			additionalFields: { userData: 42, recordHintTone: null },
		});
		expect(bindings()[0]).toMatchObject({
			userData: '42',
			subscriptionId: output[0][0].json.subscriptionId,
		});
		expect(bindings()[0]).not.toHaveProperty('recordHintTone');
	});

	test.each([
		[
			'Session ID from a list',
			{ resource: 'call', operation: 'stop', sessionId: ['a'] },
			/"Session ID" must be text, not a list/,
		],
		[
			'a CDR that is null',
			{ resource: 'recording', operation: 'getLink', source: 'cdr', cdr: null },
			/"CDR" must be a CDR object .*not null/,
		],
		[
			'a CDR without recording fields',
			{ resource: 'recording', operation: 'getLink', source: 'cdr', cdr: { sessionId: 's' } },
			/"CDR" has no recording/,
		],
		[
			'a CDR whose recordDomain is an object',
			{
				resource: 'recording',
				operation: 'getLink',
				source: 'cdr',
				cdr: { recordObjectName: 'a.wav', recordDomain: {} },
			},
			/recordDomain that is an object, not text/,
		],
	])('%s', async (_name, params, message) => {
		await expect(
			runNode(HuaweiPrivateNumber, { credentials: credentials(), params }),
		).rejects.toThrow(message);
	});
});

describe('3. lost answers are resolved, not guessed', () => {
	test('a Delete whose answer was lost: the retry finds it gone, and that is success', async () => {
		const { output } = await pn('create', create(1));
		await admin.faults({ nextDrops: 1 });
		const deleted = (
			await pn('delete', {
				lookupBy: 'subscriptionId',
				subscriptionId: output[0][0].json.subscriptionId,
			})
		).output[0][0].json;
		expect(deleted).toMatchObject({
			deleted: true,
			note: expect.stringMatching(/retry found no such binding/),
		});
		expect(bindings()).toHaveLength(0);
	});

	test('a Create whose answer was lost after the platform acted: the binding is looked up and returned', async () => {
		await admin.faults({ nextDrops: 1 });
		const [item] = (await pn('create', create(1))).output[0];
		expect(bindings()).toHaveLength(1);
		expect(item.json).toMatchObject({
			subscriptionId: bindings()[0].subscriptionId,
			relationNum: bindings()[0].relationNum,
			recoveredAfterLostAnswer: true,
		});
	});

	test('a Create whose connection broke before the platform acted: the error says nothing was created', async () => {
		await admin.faults({ nextResets: 1 });
		const error = await pn('create', create(1)).catch((e) => e);
		expect(error.message).toMatch(/nothing was created/);
		expect(error.context.outcome).toBe('failed');
		expect(bindings()).toHaveLength(0);
	});

	test('a Create by area code whose answer was lost says the binding may exist (it cannot be looked up)', async () => {
		await admin.faults({ nextDrops: 1 });
		const error = await pn('create', {
			...create(1),
			numberSource: 'areaCode',
			areaCode: '0755',
			areaMatchMode: '1',
		}).catch((e) => e);
		expect(error.description).toMatch(/may have been created/);
		expect(error.context.outcome).toBe('unknown');
	});

	test('a Stop whose answer was lost: the retry finds no call, and that is success', async () => {
		await admin.behaviour({ number: '+8613500000009', holdMs: 3000 });
		const vc = (params) =>
			runNode(HuaweiVoiceCall, { credentials: credentials(APPS.voice), params });
		const [sent] = (
			await vc({
				resource: 'verificationCode',
				operation: 'send',
				displayNbr: '+8653159511234',
				calleeNbr: '13500000009',
				verifyCode: '12',
				preTone: 'a.wav',
			})
		).output[0];
		await new Promise((resolve) => setTimeout(resolve, 50));
		await admin.faults({ nextDrops: 1, match: 'callStop' });
		const [stopped] = (
			await vc({ resource: 'call', operation: 'stop', sessionId: sent.json.sessionId })
		).output[0];
		expect(stopped.json).toMatchObject({
			stopped: true,
			note: expect.stringMatching(/retry found no such call/),
		});
	});
});

describe('4. hostile answers are never taken for results', () => {
	/** A platform that answers creates with `createAnswer` and lookups with `found` bindings. */
	const platformAnswering = (createAnswer, found) =>
		startStubServer((req, res) => {
			if (req.method === 'POST') {
				if (typeof createAnswer === 'string') {
					res.writeHead(200, { 'Content-Type': 'text/html' });
					return res.end(createAnswer);
				}
				return json(res, 200, createAnswer);
			}
			return json(res, 200, { resultcode: '0', relationNumList: found });
		});
	const pair = create(1);
	const binding = {
		subscriptionId: 'sub-found-1',
		relationNum: pair.relationNum,
		callerNum: pair.callerNum,
		calleeNum: pair.calleeNum,
	};

	test.each([
		['no subscriptionId', { resultcode: '0', resultdesc: 'Success' }],
		['a subscriptionId that is not text', { resultcode: '0', subscriptionId: { a: 1 } }],
		['a proxy’s HTML page with status 200', '<html>Service temporarily unavailable</html>'],
	])('a Create answered with %s is looked up: found, it is the result', async (_name, answer) => {
		const platform = await platformAnswering(answer, [binding]);
		try {
			const [item] = (await pn('create', pair, { accessAddress: platform.url })).output[0];
			expect(item.json).toMatchObject({
				subscriptionId: 'sub-found-1',
				recoveredAfterLostAnswer: true,
			});
			expect(platform.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
		} finally {
			await platform.close();
		}
	});

	test('a Create answered success without an ID, and not found afterwards: nothing was created', async () => {
		const platform = await platformAnswering({ resultcode: '0' }, []);
		try {
			const error = await pn('create', pair, { accessAddress: platform.url }).catch((e) => e);
			expect(error.message).toMatch(/without a valid subscriptionId; nothing was created/);
			expect(error.context.outcome).toBe('failed');
		} finally {
			await platform.close();
		}
	});

	test.each([
		[
			'axbBinding',
			'get',
			{ lookupBy: 'subscriptionId', subscriptionId: 's' },
			'relationNumList',
			[null],
		],
		['axbBinding', 'getMany', { relationNum: '+8617010000001' }, 'relationNumList', 'abc'],
		['axeBinding', 'getMany', { virtualNum: '+8617030000001' }, 'bindInfoList', 5],
		['axeBinding', 'getMany', { virtualNum: '+8617030000001' }, 'bindInfoList', 'abc'],
		['axeBinding', 'count', { countScope: 'all' }, 'virtualNumList', 7],
	])(
		'%s %s: a %s that is not a list of records is an error naming it',
		async (resource, operation, params, field, value) => {
			const platform = await startStubServer((_req, res) =>
				json(res, 200, { resultcode: '0', [field]: value, nextCursor: 'c1' }),
			);
			try {
				const error = await pn(operation, params, {
					resource,
					accessAddress: platform.url,
					app: resource === 'axeBinding' ? APPS.axe : APPS.axb,
				}).catch((e) => e);
				expect(error.message).toContain(`Huawei's answer has an invalid ${field}`);
				expect(error.context.itemIndex).toBe(0);
			} finally {
				await platform.close();
			}
		},
	);

	test.each(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'EPROTO', 'ERR_SSL_WRONG_VERSION_NUMBER'])(
		'the TLS failure %s says the certificate or TLS is the problem, and nothing is retried',
		(code) => {
			const failure = connectionFailure(
				/** @type {import('n8n-workflow').INode} */ ({
					id: 'n1',
					name: 'Huawei',
					type: 'huaweiPrivateNumber',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				}),
				{ itemIndex: 0, retry: 'safe', method: 'GET', uri: '/x' },
				Object.assign(new Error('tls'), { code }),
			);
			expect(failure.error.message).toMatch(/TLS certificate/);
			expect(failure.retryable).toBe(false);
			expect(failure.uncertain).toBe(false);
		},
	);
});

describe('5. recording downloads trust nothing they are told', () => {
	test.each([
		[
			'loopback',
			'https://127.0.0.1:1/r.wav',
			/loopback, link-local or private address \(127\.0\.0\.1\)/,
		],
		['loopback written as a number', 'https://2130706433/r.wav', /\(127\.0\.0\.1\)/],
		['a private address', 'https://10.1.2.3/r.wav', /\(10\.1\.2\.3\)/],
		['link-local metadata', 'https://169.254.169.254/latest/meta-data', /\(169\.254\.169\.254\)/],
		['IPv6 loopback', 'https://[::1]/r.wav', /\(::1\)/],
		['a local name', 'https://localhost/r.wav', /local host/],
		['plain http', 'http://files.example.com/r.wav', /uses http, not https/],
	])('a link to %s is refused', async (_name, location, message) => {
		const platform = await startStubServer((_req, res) => {
			res.writeHead(301, { Location: location });
			res.end();
		});
		try {
			const error = await pn(
				'download',
				{ source: 'fields', recordDomain: 'd.example.com', fileName: 'r.wav' },
				{ resource: 'recording', accessAddress: platform.url },
			).catch((e) => e);
			expect(error.message).toMatch(message);
			expect(platform.requests).toHaveLength(1);
		} finally {
			await platform.close();
		}
	});

	test("a CDR's direct download URL to a private address is refused", async () => {
		const cdr = { recordObjectName: 'r.wav', recordFileDownloadUrl: 'https://192.168.1.5/r.wav' };
		await expect(pn('download', { source: 'cdr', cdr }, { resource: 'recording' })).rejects.toThrow(
			/\(192\.168\.1\.5\)/,
		);
	});

	test('the APP access address itself may serve the file; its name becomes a safe base name; the size is capped', async () => {
		const wav = Buffer.alloc(2 * 1024 * 1024, 1);
		const platform = await startStubServer((req, res) => {
			if (req.url.startsWith('/rest/')) {
				res.writeHead(301, { Location: '/files/r.wav' });
				return res.end();
			}
			res.writeHead(200, { 'Content-Type': 'audio/wav' });
			return res.end(wav);
		});
		try {
			const params = {
				source: 'fields',
				recordDomain: 'd.example.com',
				fileName: '../../etc/pass\r\nwd".wav',
			};
			const [item] = (
				await pn('download', params, { resource: 'recording', accessAddress: platform.url })
			).output[0];
			expect(item.json.fileName).toBe('pass wd.wav'.replace(' ', ''));
			expect(item.binary.data.fileName).not.toMatch(/[/\\\r\n"]|\.\./);
			expect(item.json.fileSize).toBe(wav.length);
			await expect(
				pn(
					'download',
					{ ...params, maxFileSizeMb: 1 },
					{ resource: 'recording', accessAddress: platform.url },
				),
			).rejects.toThrow(/larger than the limit of 1048576 bytes/);
		} finally {
			await platform.close();
		}
	});

	test('a TLS failure is reported as such, not as an expired link', async () => {
		const pems = selfsigned.generate([{ name: 'commonName', value: 'files.example.com' }], {
			days: 1,
			keySize: 2048,
		});
		const server = https.createServer({ key: pems.private, cert: pems.cert }, (_req, res) =>
			res.end('x'),
		);
		await /** @type {Promise<void>} */ (
			new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
		);
		const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
		const accessAddress = `https://127.0.0.1:${port}`;
		try {
			const { httpRequest } = require(
				require('node:path').join(
					require('node:path').dirname(require.resolve('@n8n/backend-network')),
					'http/axios/request.js',
				),
			);
			// Only what downloadFile uses.
			const ctx = /** @type {import('n8n-workflow').IExecuteFunctions} */ ({
				getNode: () => ({ name: 'Huawei' }),
				helpers: { httpRequest },
			});
			const error = await downloadFile(ctx, `${accessAddress}/r.wav`, {
				accessAddress,
				allowInsecureTls: false,
				maxBytes: 1e6,
				itemIndex: 0,
			}).catch((e) => e);
			expect(error.message).toBe("The recording host's TLS certificate is not trusted");
			expect(error.message).not.toMatch(/expired/);
		} finally {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	});

	test('safe names and host rules, directly', () => {
		expect(safeFileName('../../x/..\\y\u0000z.wav')).toBe('yz.wav');
		expect(safeFileName('..')).toBe('recording.wav');
		expect(
			downloadUrlProblem(
				'https://obs.cn-north-1.myhuaweicloud.com/r.wav',
				'https://rtcpns.cn-north-1.myhuaweicloud.com',
			),
		).toBeUndefined();
		expect(
			downloadUrlProblem('https://[::ffff:10.0.0.1]/r.wav', 'https://rtcpns.example.com'),
		).toMatch(/private/);
	});
});

describe('6. paging always ends', () => {
	test('AXE Get Many: a cursor that repeats while the bindings change ends with a clear error', async () => {
		let n = 0;
		const platform = await startStubServer((_req, res) => {
			n += 1;
			json(res, 200, {
				resultcode: '0',
				bindInfoList: [{ subscriptionId: `s${n}`, bindNum: '+8613800000001' }],
				nextCursor: '1234567890123_1',
			});
		});
		try {
			const error = await pn(
				'getMany',
				{ virtualNum: '+8617030000001', returnAll: true },
				{ resource: 'axeBinding', accessAddress: platform.url, app: APPS.axe },
			).catch((e) => e);
			expect(error.message).toMatch(/returned the cursor "1234567890123_1" a second time/);
			expect(platform.requests.length).toBeLessThanOrEqual(3);
		} finally {
			await platform.close();
		}
	});

	test('AXE Get Many: pages that bring nothing new end the walk, each binding once', async () => {
		let n = 0;
		const page = Array.from({ length: 100 }, (_, i) => ({
			subscriptionId: `s${i}`,
			bindNum: '+8613800000001',
		}));
		const platform = await startStubServer((_req, res) => {
			n += 1;
			json(res, 200, { resultcode: '0', bindInfoList: page, nextCursor: `1234567890123_${n}` });
		});
		try {
			const { output } = await pn(
				'getMany',
				{ virtualNum: '+8617030000001', limit: 300 },
				{ resource: 'axeBinding', accessAddress: platform.url, app: APPS.axe },
			);
			expect(output[0]).toHaveLength(100);
			expect(new Set(output[0].map((item) => item.json.subscriptionId)).size).toBe(100);
			expect(platform.requests).toHaveLength(2);
		} finally {
			await platform.close();
		}
	});

	test('AXB Get Many: pages that repeat, or totals that never come, stop the walk', async () => {
		const page = Array.from({ length: 100 }, (_, i) => ({
			subscriptionId: `s${i}`,
			relationNum: '+8617010000001',
		}));
		const platform = await startStubServer((_req, res) =>
			json(res, 200, { resultcode: '0', totalCount: 1_000_000, relationNumList: page }),
		);
		try {
			const { output } = await pn(
				'getMany',
				{ relationNum: '+8617010000001', returnAll: true },
				{ accessAddress: platform.url },
			);
			expect(output[0]).toHaveLength(100);
			expect(platform.requests).toHaveLength(2);
		} finally {
			await platform.close();
		}
	});
});

describe('8. non-ASCII User Data is sent Base64-encoded, as Huawei requires', () => {
	test('Chinese text on a binding', async () => {
		await pn('create', { ...create(1), additionalFields: { userData: '订单 A-1' } });
		expect(bindings()[0].userData).toBe(Buffer.from('订单 A-1').toString('base64'));
	});

	test('too long once encoded is refused, saying why', async () => {
		await expect(
			pn('create', { ...create(1), additionalFields: { userData: '订'.repeat(70) } }),
		).rejects.toThrow(/is 280 characters after Base64 encoding/);
	});
});
