const { HuaweiPrivateNumber } = require('../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const {
	APPS,
	startTestSimulator,
	seedApps,
	adminFor,
	eventually,
} = require('../helpers/simulator');
const { runNode } = require('../helpers/nodeHarness');
const { startPushReceiver } = require('../helpers/pushReceiver');

let sim;
let admin;
let receiver;
beforeAll(async () => {
	sim = await startTestSimulator();
	admin = adminFor(sim);
	receiver = await startPushReceiver({ apps: Object.values(APPS) });
});
beforeEach(async () => {
	await eventually(
		() =>
			sim.pusher.busy === 0 && [...sim.state.sessions.values()].every((s) => s.status !== 'active'),
	);
	sim.state.reset();
	receiver.clear();
	seedApps(sim, ['ax', 'axe', 'axyb', 'axb'], {
		axb: { callbacks: { status: `${receiver.base}/status`, fee: `${receiver.base}/fee` } },
	});
});
afterAll(async () => {
	await sim.close();
	await receiver.close();
});

const credentialsOf = (app) => ({
	appKey: app.appKey,
	appSecret: app.appSecret,
	accessAddress: sim.url,
	authScheme: 'aksk',
	allowUnauthorizedCerts: false,
});
const run = (app, resource, operation, params, extra = {}) =>
	runNode(HuaweiPrivateNumber, {
		credentials: credentialsOf(app),
		params: { resource, operation, ...params },
		...extra,
	}).then((r) => r.output[0].map((i) => i.json));

describe('AX Binding', () => {
	const ax = (operation, params) => run(APPS.ax, 'axBinding', operation, params);
	test('create, temporary callee, update, get by A / X / ID, delete', async () => {
		const [created] = await ax('create', {
			origNum: '138 0000 0001',
			numberSource: 'areaCode',
			areaCode: '0755',
			additionalFields: { turnFlag: false, calleeNumDisplay: '0', maxDuration: 5 },
		});
		expect(created).toMatchObject({
			mode: 'AX',
			origNum: '+8613800000001',
			privateNum: expect.stringMatching(/^\+86170200/),
			subscriptionId: expect.any(String),
		});
		const binding = sim.state.bindings.get(created.subscriptionId);
		expect(binding).toMatchObject({ turnFlag: 'off', calleeNumDisplay: '0', maxDuration: 5 });
		const [second] = await ax('create', {
			origNum: '13800000001',
			numberSource: 'number',
			privateNum: '17020000006',
		});
		expect(second.privateNum).toBe('+8617020000006');

		const [temp] = await ax('setTemporaryCallee', {
			lookupBy: 'privateNum',
			privateNum: created.privateNum,
			calleeNum: '13900000002',
			additionalFields: { duration: 300 },
		});
		expect(temp).toMatchObject({
			temporaryCalleeSet: true,
			calleeNum: '+8613900000002',
			duration: 300,
		});
		expect(
			(await admin.call({ caller: '+8613800000001', called: created.privateNum })).cdr.fwdDstNum,
		).toBe('+8613900000002');

		await ax('update', {
			lookupBy: 'subscriptionId',
			subscriptionId: created.subscriptionId,
			updateFields: { recordFlag: true, userData: 'u2' },
		});
		expect(
			(await ax('get', { lookupBy: 'subscriptionId', subscriptionId: created.subscriptionId }))[0],
		).toMatchObject({ recordFlag: 'true', userData: 'u2' });
		expect(
			(await ax('get', { lookupBy: 'origNum', origNum: '13800000001' }))
				.map((b) => b.privateNum)
				.sort(),
		).toEqual([created.privateNum, '+8617020000006'].sort());
		expect(
			(await ax('get', { lookupBy: 'privateNum', privateNum: '+8617020000006' }))[0].subscriptionId,
		).toBe(second.subscriptionId);
		expect(
			(await ax('delete', { lookupBy: 'privateNum', privateNum: '+8617020000006' }))[0],
		).toMatchObject({ deleted: true });
		await expect(
			ax('get', { lookupBy: 'privateNum', privateNum: '+8617020000006' }),
		).rejects.toThrow(/1012007/);
	});
	test('the sixth X for one A fails with the catalogue hint', async () => {
		for (let i = 0; i < 5; i++)
			await ax('create', { origNum: '13800000001', numberSource: 'areaCode', areaCode: '0755' });
		await expect(
			ax('create', { origNum: '13800000001', numberSource: 'areaCode', areaCode: '0755' }),
		).rejects.toMatchObject({
			message: expect.stringMatching(/1011003/),
			description: expect.stringMatching(/already bound to 5 private numbers/),
		});
	});
	test('temporary callee validity is range-checked before sending', async () => {
		await expect(
			ax('setTemporaryCallee', {
				lookupBy: 'subscriptionId',
				subscriptionId: 'x',
				calleeNum: '13900000002',
				additionalFields: { duration: 259201 },
			}),
		).rejects.toThrow(/"Valid For \(Seconds\)" must be between 1 and 259200/);
	});
});

describe('AXE Binding', () => {
	const axe = (operation, params) => run(APPS.axe, 'axeBinding', operation, params);
	test('create with auto and chosen extensions, update, get by X+E, count, delete', async () => {
		const [auto] = await axe('create', {
			bindNum: '13800000001',
			numberSource: 'number',
			virtualNum: '+8617030000001',
			extensionMode: 'auto',
		});
		expect(auto).toMatchObject({
			mode: 'AXE',
			virtualNum: '+8617030000001',
			extendNum: '1',
			bindNum: '+8613800000001',
		});
		const [chosen] = await axe('create', {
			bindNum: '13800000002',
			numberSource: 'number',
			virtualNum: '+8617030000001',
			extensionMode: 'chosen',
			extendNum: '7',
			additionalFields: { timeUnit: '1', bindExpiredTime: 90, callbackNum: '13800000009' },
		});
		expect(chosen.extendNum).toBe('7');
		await axe('update', {
			lookupBy: 'extension',
			virtualNum: '+8617030000001',
			extendNum: '7',
			updateFields: { recordFlag: true },
		});
		const [got] = await axe('get', {
			lookupBy: 'extension',
			virtualNum: '17030000001',
			extendNum: '7',
			simple: false,
		});
		expect(got).toMatchObject({
			subscriptionId: chosen.subscriptionId,
			bindNum: '+8613800000002',
			recordFlag: 'true',
			callbackNum: '+8613800000009',
			timeUnit: '1',
			bindExpiredTime: 90,
		});
		expect(
			(await axe('count', { countScope: 'number', virtualNum: '+8617030000001' }))[0],
		).toMatchObject({ bindCount: 2, idleCount: 7 });
		expect((await axe('count', { countScope: 'all' })).map((c) => c.number)).toEqual([
			'+8617030000001',
			'+8617030000002',
		]);
		expect(
			(await axe('delete', { lookupBy: 'subscriptionId', subscriptionId: auto.subscriptionId }))[0]
				.deleted,
		).toBe(true);
	});
	test('Get Many walks the v2 cursor across pages', async () => {
		const app = sim.state.apps.get(APPS.axe.appKey);
		app.extensionLength = 3;
		for (let i = 1; i <= 230; i++)
			sim.state.addBinding(app, 'AXE', {
				bindNum: `+86138000${String(i).padStart(5, '0')}`,
				virtualNum: '+8617030000001',
				extendNum: String(i).padStart(3, '0'),
				timeUnit: '0',
			});
		sim.state.requestLog.length = 0;
		const all = await axe('getMany', { virtualNum: '+8617030000001', returnAll: true });
		expect(all).toHaveLength(230);
		expect(new Set(all.map((b) => b.extendNum)).size).toBe(230);
		expect(sim.state.requestLog).toHaveLength(3);
		expect(
			await axe('getMany', { virtualNum: '+8617030000001', returnAll: false, limit: 7 }),
		).toHaveLength(7);
	});
	test('callback announcement and callback number exclude each other; hours are capped', async () => {
		await expect(
			axe('create', {
				bindNum: '13800000001',
				numberSource: 'areaCode',
				areaCode: '0755',
				extensionMode: 'auto',
				additionalFields: { callbackTone: 'cb.wav', callbackNum: '13800000002' },
			}),
		).rejects.toThrow(/cannot both be set/);
		await expect(
			axe('create', {
				bindNum: '13800000001',
				numberSource: 'areaCode',
				areaCode: '0755',
				extensionMode: 'auto',
				additionalFields: { bindExpiredTime: 50000 },
			}),
		).rejects.toThrow(/at most 43200 hours/);
		await expect(
			axe('create', {
				bindNum: '13800000001',
				numberSource: 'areaCode',
				areaCode: '0755',
				extensionMode: 'chosen',
				extendNum: '12a',
			}),
		).rejects.toThrow(/"Extension Number" must be 1 to 4 digits/);
	});
});

describe('AXYB Binding', () => {
	const axyb = (operation, params) => run(APPS.axyb, 'axybBinding', operation, params);
	test('AX step, YB step, get, delete one YB, delete all; app_key is sent', async () => {
		const [ax] = await axyb('createAx', {
			origNum: '18612345678',
			areaCode: '0755',
			additionalFields: { duration: 7200, ybDuration: 3600 },
		});
		expect(ax).toMatchObject({
			mode: 'AXYB',
			step: 'AX',
			numA: '+8618612345678',
			numX: '+8617040000001',
		});
		const [yb] = await axyb('addYb', { subscriptionId: ax.subscriptionId, origNum: '18612345679' });
		expect(yb).toMatchObject({
			step: 'YB',
			subscriptionId: ax.subscriptionId,
			numB: '+8618612345679',
			numY: '+8617040000002',
		});
		const list = await axyb('get', {
			lookupBy: 'relationNum',
			relationNum: ax.numX,
			simple: false,
		});
		expect(list[0]).toMatchObject({
			subscriptionId: ax.subscriptionId,
			numA: '+8618612345678',
			numY: '+8617040000002',
			numB: '+8618612345679',
			duration: '7200',
		});
		await axyb('delete', { subscriptionId: ax.subscriptionId, scope: 'yNum', yNum: yb.numY });
		expect(
			(await axyb('get', { lookupBy: 'subscriptionId', subscriptionId: ax.subscriptionId }))[0]
				.numY,
		).toBeUndefined();
		await axyb('delete', { subscriptionId: ax.subscriptionId, scope: 'all' });
		await expect(
			axyb('get', { lookupBy: 'subscriptionId', subscriptionId: ax.subscriptionId }),
		).rejects.toThrow(/1012007/);
	});
	test('lifetimes of 1-59 seconds are refused before sending', async () => {
		await expect(
			axyb('createAx', {
				origNum: '18612345678',
				areaCode: '0755',
				additionalFields: { duration: 30 },
			}),
		).rejects.toThrow(/must be 0 or at least 60 seconds/);
	});
});

describe('Call and Recording', () => {
	const axbNode = (resource, operation, params) => run(APPS.axb, resource, operation, params);
	test('Stop a running call by session ID; a finished call gives 1020152 with a hint', async () => {
		await axbNode('axbBinding', 'create', {
			callerNum: '13800000001',
			calleeNum: '13900000002',
			numberSource: 'number',
			relationNum: '+8617010000001',
		});
		const { sessionId } = await admin.call({
			caller: '+8613800000001',
			called: '+8617010000001',
			holdMs: 5000,
			wait: false,
		});
		await eventually(() => receiver.received.some((p) => p.body.eventType === 'answer'));
		expect((await axbNode('call', 'stop', { sessionId }))[0]).toEqual({ sessionId, stopped: true });
		await expect(axbNode('call', 'stop', { sessionId })).rejects.toMatchObject({
			message: 'Huawei error 1020152: Invalid sessionId.',
			description: expect.stringMatching(/ended already/),
		});
	});

	test('Get Download Link and Download straight from a CDR item; bytes equal what the platform serves', async () => {
		await axbNode('axbBinding', 'create', {
			callerNum: '13800000001',
			calleeNum: '13900000002',
			numberSource: 'number',
			relationNum: '+8617010000001',
			additionalFields: { recordFlag: true },
		});
		const { cdr } = await admin.call({
			caller: '+8613800000001',
			called: '+8617010000001',
			talkSeconds: 12,
		});
		const [link] = await axbNode('recording', 'getLink', { source: 'cdr', cdr });
		expect(link).toMatchObject({
			fileName: cdr.recordObjectName,
			recordDomain: cdr.recordDomain,
			downloadUrl: expect.stringContaining('/sim-recordings/'),
		});
		const { output } = await runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(APPS.axb),
			params: {
				resource: 'recording',
				operation: 'download',
				source: 'fields',
				recordDomain: cdr.recordDomain,
				fileName: cdr.recordObjectName,
				binaryPropertyName: 'audio',
			},
		});
		const item = output[0][0];
		expect(item.json).toMatchObject({ fileName: cdr.recordObjectName, mimeType: 'audio/wav' });
		expect(item.binary.audio).toMatchObject({
			fileName: cdr.recordObjectName,
			mimeType: 'audio/wav',
		});
		expect(
			Buffer.from(item.binary.audio.data, 'base64').equals(
				sim.state.recordings.get(cdr.recordObjectName).bytes,
			),
		).toBe(true);
	});

	test('a CDR without a recording is refused with a clear reason; a CDR with only a direct URL uses it', async () => {
		await expect(
			axbNode('recording', 'getLink', { source: 'cdr', cdr: { recordFlag: 0 } }),
		).rejects.toThrow(/has no recording/);
		const [direct] = await axbNode('recording', 'getLink', {
			source: 'cdr',
			cdr: { recordDomain: '', recordFileDownloadUrl: 'https://obs.example.com/a/rec1.wav?sig=1' },
		});
		expect(direct).toEqual({
			downloadUrl: 'https://obs.example.com/a/rec1.wav?sig=1',
			fileName: 'rec1.wav',
		});
		await expect(
			axbNode('recording', 'getLink', {
				source: 'fields',
				recordDomain: 'x.com',
				fileName: 'missing.wav',
			}),
		).rejects.toThrow(/1012007/);
	});
});

describe('credentials and TLS', () => {
	test('X-WSSE credentials work against the platform', async () => {
		const out = await runNode(HuaweiPrivateNumber, {
			credentials: { ...credentialsOf(APPS.axb), authScheme: 'wsse', wsseDigestEncoding: 'hex' },
			params: {
				resource: 'axbBinding',
				operation: 'getMany',
				relationNum: '+8617010000001',
				returnAll: true,
			},
		});
		expect(out.output[0]).toEqual([]);
		expect(out.sent[0].headers['X-WSSE']).toBeDefined();
	});
	test('a wrong secret fails with the key/secret hint and no secret in the error', async () => {
		const error = await runNode(HuaweiPrivateNumber, {
			credentials: { ...credentialsOf(APPS.axb), appSecret: 'definitely-wrong-secret' },
			params: {
				resource: 'axbBinding',
				operation: 'getMany',
				relationNum: '+8617010000001',
				returnAll: true,
			},
		}).catch((e) => e);
		expect(error.message).toMatch(/1020176/);
		expect(error.description).toMatch(/App Key \/ App Secret/);
		expect(JSON.stringify(error) + error.message + error.description).not.toMatch(
			/definitely-wrong-secret|PasswordDigest=/,
		);
	});
	test('over HTTPS a self-signed certificate is refused unless "Ignore SSL Issues" is on', async () => {
		const tlsSim = await startTestSimulator({ https: true });
		seedApps(tlsSim, ['axb']);
		const params = {
			resource: 'axbBinding',
			operation: 'getMany',
			relationNum: '+8617010000001',
			returnAll: true,
		};
		const base = { ...credentialsOf(APPS.axb), accessAddress: tlsSim.httpsUrl };
		try {
			const refused = await runNode(HuaweiPrivateNumber, { credentials: base, params }).catch(
				(e) => e,
			);
			expect(refused.message).toMatch(/TLS certificate/);
			const allowed = await runNode(HuaweiPrivateNumber, {
				credentials: { ...base, allowUnauthorizedCerts: true },
				params,
			});
			expect(allowed.output[0]).toEqual([]);
		} finally {
			await tlsSim.close();
		}
	});
});
