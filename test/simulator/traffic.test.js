const axios = require('axios');

const {
	APPS,
	startTestSimulator,
	seedApps,
	clientFor,
	adminFor,
	eventually,
} = require('../helpers/simulator');
const { startPushReceiver } = require('../helpers/pushReceiver');

let sim;
let admin;
let receiver;
const appNames = ['axb', 'ax', 'axe', 'axyb', 'x'];

beforeAll(async () => {
	sim = await startTestSimulator();
	admin = adminFor(sim);
	receiver = await startPushReceiver({ apps: Object.values(APPS) });
});
afterAll(async () => {
	await sim.close();
	await receiver.close();
});
beforeEach(() => {
	sim.state.reset();
	receiver.clear();
	const callbacks = (name) => ({
		status: `${receiver.base}/${name}/status`,
		fee: `${receiver.base}/${name}/fee`,
		smsNotify: `${receiver.base}/${name}/sms`,
		smsBlock: `${receiver.base}/${name}/block`,
		numStatus: `${receiver.base}/${name}/numstatus`,
	});
	seedApps(
		sim,
		appNames,
		Object.fromEntries(appNames.map((name) => [name, { callbacks: callbacks(name) }])),
	);
});

const events = (prefix) =>
	receiver.received.filter((p) => p.path === `/${prefix}/status`).map((p) => p.body);
const fees = (prefix) =>
	receiver.received.filter((p) => p.path === `/${prefix}/fee`).map((p) => p.body);

async function axbBinding(body = {}) {
	const res = await clientFor(sim, APPS.axb).post('/rest/caas/relationnumber/partners/v1.0', {
		relationNum: '+8617010000001',
		callerNum: '+8613800000001',
		calleeNum: '+8613900000002',
		...body,
	});
	return res.data.subscriptionId;
}

test('an answered AXB call pushes callin, callout, alerting, answer, disconnect, then one CDR, all signed', async () => {
	const subscriptionId = await axbBinding({ userData: 'order-42' });
	const result = await admin.call({
		caller: '+8613800000001',
		called: '+8617010000001',
		talkSeconds: 65,
	});
	expect(result.stateCode).toBe(0);
	const seq = events('axb');
	expect(seq.map((e) => e.eventType)).toEqual([
		'callin',
		'callout',
		'alerting',
		'answer',
		'disconnect',
	]);
	expect(new Set(seq.map((e) => e.statusInfo.sessionId))).toEqual(new Set([result.sessionId]));
	expect(seq[0].statusInfo).toMatchObject({
		caller: '+8613800000001',
		called: '+8617010000001',
		subscriptionId,
		userData: 'order-42',
	});
	expect(seq[1].statusInfo).toMatchObject({ caller: '+8617010000001', called: '+8613900000002' });
	expect(seq[4].statusInfo).toMatchObject({
		stateCode: 0,
		stateDesc: 'The user releases the call.',
	});
	const [fee] = fees('axb');
	expect(fee.eventType).toBe('fee');
	expect(fee.feeLst).toHaveLength(1);
	const cdr = fee.feeLst[0];
	expect(cdr).toMatchObject({
		direction: 1,
		appKey: APPS.axb.appKey,
		sessionId: result.sessionId,
		subscriptionId,
		callerNum: '+8613800000001',
		calleeNum: '+8617010000001',
		fwdDstNum: '+8613900000002',
		serviceType: '004',
		recordFlag: 0,
		ulFailReason: 0,
		userData: 'order-42',
	});
	expect((Date.parse(`${cdr.callEndTime}Z`) - Date.parse(`${cdr.fwdAnswerTime}Z`)) / 1000).toBe(65);
	expect(receiver.received.every((p) => p.verified)).toBe(true);
	expect(receiver.received[0].headers.authorization).toBe(
		'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
	);
});

test.each([
	['busy', 8102, 17],
	['noAnswer', 8101, 19],
	['notExist', 8100, 1],
])('callee %s: disconnect stateCode %i, CDR Q.850 %i', async (outcome, stateCode, q850) => {
	await axbBinding();
	await admin.call({ caller: '+8613900000002', called: '+8617010000001', outcome });
	expect(events('axb').at(-1).statusInfo.stateCode).toBe(stateCode);
	const cdr = fees('axb')[0].feeLst[0];
	expect(cdr).toMatchObject({ direction: 0, fwdUnaswRsn: q850, failTime: expect.any(String) });
	expect(cdr.fwdAnswerTime).toBeUndefined();
});

test('no binding → 8014 and an abnormal CDR; a forbidden direction → 8016', async () => {
	await admin.call({ caller: '+8613700000000', called: '+8617010000001' });
	expect(events('axb').map((e) => e.eventType)).toEqual(['callin', 'disconnect']);
	expect(events('axb')[1].statusInfo.stateCode).toBe(8014);
	expect(fees('axb')[0].feeLst[0].direction).toBe(2);
	receiver.clear();
	await axbBinding({ callDirection: 1 });
	expect((await admin.call({ caller: '+8613900000002', called: '+8617010000001' })).stateCode).toBe(
		8016,
	);
	expect((await admin.call({ caller: '+8613800000001', called: '+8617010000001' })).stateCode).toBe(
		0,
	);
});

test('recorded call: CDR names the file, the link API answers 301 to bytes that exist for 7 days', async () => {
	await axbBinding({ recordFlag: 'true' });
	await admin.call({ caller: '+8613800000001', called: '+8617010000001', talkSeconds: 20 });
	const cdr = fees('axb')[0].feeLst[0];
	expect(cdr).toMatchObject({
		recordFlag: 1,
		recordDomain: expect.any(String),
		recordObjectName: expect.stringMatching(/\.wav$/),
		recordBucketName: expect.any(String),
		recordStartTime: cdr.fwdAnswerTime,
	});
	const client = clientFor(sim, APPS.axb);
	const link = await client.get('/rest/provision/voice/record/v1.0', {
		fileName: cdr.recordObjectName,
		recordDomain: cdr.recordDomain,
	});
	expect(link.status).toBe(301);
	const file = await axios.get(link.headers.location, { responseType: 'arraybuffer' });
	expect(file.headers['content-type']).toBe('audio/wav');
	expect(Buffer.from(file.data).subarray(0, 4).toString()).toBe('RIFF');
	expect(Buffer.from(file.data).equals(sim.state.recordings.get(cdr.recordObjectName).bytes)).toBe(
		true,
	);
	expect(
		(
			await client.get('/rest/provision/voice/record/v1.0', {
				fileName: 'nope.wav',
				recordDomain: cdr.recordDomain,
			})
		).data.resultcode,
	).toBe('1012007');
	expect(
		(await client.get('/rest/provision/voice/record/v1.0', { recordDomain: cdr.recordDomain })).data
			.resultdesc,
	).toContain('fileName');
	await admin.clock(7 * 24 * 3600 + 1);
	expect(
		(
			await client.get('/rest/provision/voice/record/v1.0', {
				fileName: cdr.recordObjectName,
				recordDomain: cdr.recordDomain,
			})
		).data.resultcode,
	).toBe('1012007');
});

test('StopCall ends a running call; a second stop or an unknown session → 1020152', async () => {
	await axbBinding();
	const { sessionId } = await admin.call({
		caller: '+8613800000001',
		called: '+8617010000001',
		holdMs: 5000,
		wait: false,
	});
	await eventually(() => events('axb').some((e) => e.eventType === 'answer'));
	const client = clientFor(sim, APPS.axb);
	const stop = await client.post('/rest/httpsessions/callStop/v2.0', {
		sessionid: sessionId,
		signal: 'call_stop',
	});
	expect(stop.data.resultcode).toBe('0');
	await eventually(() => events('axb').some((e) => e.eventType === 'disconnect'));
	expect(
		(
			await client.post('/rest/httpsessions/callStop/v2.0', {
				sessionid: sessionId,
				signal: 'call_stop',
			})
		).data,
	).toEqual({ resultcode: '1020152', resultdesc: 'Invalid sessionId.' });
	expect(
		(
			await client.post('/rest/httpsessions/callStop/v2.0', {
				sessionid: sessionId,
				signal: 'stop',
			})
		).data.resultdesc,
	).toContain('signal');
});

test('failed pushes are retried on the schedule until answered 200, with the same body', async () => {
	let callinAttempts = 0;
	receiver.answerWith((push) => ({
		status: push.body.eventType === 'callin' && ++callinAttempts <= 2 ? 500 : 200,
	}));
	await axbBinding();
	await admin.call({ caller: '+8613800000001', called: '+8617010000001' });
	await eventually(() => sim.pusher.busy === 0);
	const callins = receiver.received.filter((p) => p.body.eventType === 'callin');
	expect(callins.length).toBe(3);
	expect(callins[1].body).toEqual(callins[0].body);
	const attempts = sim.state.pushLog
		.filter((p) => p.body.eventType === 'callin')
		.map((p) => p.attempt);
	expect(attempts).toEqual([0, 1, 2]);
});

test('a push that never succeeds is retried 6 times (7 attempts) and then dropped', async () => {
	receiver.answerWith((push) => ({ status: push.body.eventType === 'fee' ? 503 : 200 }));
	await axbBinding();
	await admin.call({ caller: '+8613800000001', called: '+8617010000001' });
	await eventually(() => sim.pusher.busy === 0, 10000);
	expect(receiver.received.filter((p) => p.body.eventType === 'fee')).toHaveLength(7);
});

test('CDRs of calls ending together are merged, at most 50 per push', async () => {
	const calls = [];
	for (let i = 0; i < 60; i++) {
		const a = `+861380000${String(i).padStart(4, '0')}`;
		await clientFor(sim, APPS.axb).post('/rest/caas/relationnumber/partners/v1.0', {
			areaCode: '0755',
			callerNum: a,
			calleeNum: `+861390000${String(i).padStart(4, '0')}`,
			areaMatchMode: '1',
		});
	}
	const bindings = sim.state.liveBindings(sim.state.apps.get(APPS.axb.appKey), 'AXB');
	for (const b of bindings) calls.push({ caller: b.callerNum, called: b.relationNum });
	await admin.batch({ calls });
	const batches = fees('axb');
	expect(batches.map((f) => f.feeLst.length)).toEqual([50, 10]);
	expect(new Set(batches.flatMap((f) => f.feeLst.map((c) => c.sessionId))).size).toBe(60);
});

test('AX: A needs a temporary callee (8013); others reach A', async () => {
	const client = clientFor(sim, APPS.ax);
	await client.post('/rest/provision/caas/privatenumber/v1.0', {
		origNum: '+8613800000001',
		privateNum: '+8617020000001',
	});
	expect((await admin.call({ caller: '+8613800000001', called: '+8617020000001' })).stateCode).toBe(
		8013,
	);
	await client.put('/rest/caas/privatenumber/calleenumber/v1.0', {
		privateNum: '+8617020000001',
		calleeNum: '+8613900000002',
		userData: 'tmp',
	});
	const out = await admin.call({ caller: '+8613800000001', called: '+8617020000001' });
	expect(out.cdr).toMatchObject({
		fwdDstNum: '+8613900000002',
		direction: 1,
		serviceType: '003',
		userData: 'tmp',
	});
	const inbound = await admin.call({ caller: '+8613700000007', called: '+8617020000001' });
	expect(inbound.cdr).toMatchObject({ fwdDstNum: '+8613800000001', direction: 0 });
});

test('AXE: the caller keys in E (collectInfo), A calls X back to the last caller, or 8019 without one', async () => {
	const client = clientFor(sim, APPS.axe);
	const { extendNum } = (
		await client.post('/rest/caas/extendnumber/v1.0', {
			bindNum: '+8613800000001',
			virtualNum: '+8617030000001',
		})
	).data;
	expect((await admin.call({ caller: '+8613800000001', called: '+8617030000001' })).stateCode).toBe(
		8019,
	);
	receiver.clear();
	const inbound = await admin.call({
		caller: '+8613700000007',
		called: '+8617030000001',
		extension: extendNum,
	});
	expect(events('axe').map((e) => e.eventType)).toEqual([
		'callin',
		'collectInfo',
		'callout',
		'alerting',
		'answer',
		'disconnect',
	]);
	// callin carries no subscriptionId in AXE (Huawei's demos); the later events and the CDR do.
	expect(events('axe')[0].statusInfo).not.toHaveProperty('subscriptionId');
	expect(
		events('axe')
			.slice(1)
			.every((e) => e.statusInfo.subscriptionId === inbound.cdr.subscriptionId),
	).toBe(true);
	expect(inbound.cdr).toMatchObject({
		fwdDstNum: '+8613800000001',
		extendNumber: extendNum,
		serviceType: '005',
		subscriptionId: expect.any(String),
	});
	const back = await admin.call({ caller: '+8613800000001', called: '+8617030000001' });
	expect(back.cdr.fwdDstNum).toBe('+8613700000007');
	expect(
		(await admin.call({ caller: '+8613700000007', called: '+8617030000001', extension: '9' }))
			.stateCode,
	).toBe(8022);
});

test('AXYB: A dials Y to reach B, B dials X to reach A', async () => {
	const client = clientFor(sim, APPS.axyb);
	const qs = { app_key: APPS.axyb.appKey };
	const ax = (
		await client.post(
			'/rest/omp/xyrelationnumber/v1.0',
			{ origNum: '+8618600005678', areaCode: '0755' },
			qs,
		)
	).data;
	const yb = (
		await client.post(
			'/rest/omp/xyrelationnumber/v1.0',
			{ origNum: '+8618600005679', subscriptionId: ax.subscriptionId },
			qs,
		)
	).data;
	expect(
		(await admin.call({ caller: '+8618600005678', called: yb.relationNumber })).cdr,
	).toMatchObject({ fwdDstNum: '+8618600005679', serviceType: '007' });
	expect(
		(await admin.call({ caller: '+8618600005679', called: ax.relationNumber })).cdr.fwdDstNum,
	).toBe('+8618600005678');
	expect((await admin.call({ caller: '+8618600005678', called: '+8617040000003' })).stateCode).toBe(
		8030,
	);
});

test('AXYB: a B without a relation who dials X is given a Y by the platform; then A reaches B through it', async () => {
	const client = clientFor(sim, APPS.axyb);
	const qs = { app_key: APPS.axyb.appKey };
	const ax = (
		await client.post(
			'/rest/omp/xyrelationnumber/v1.0',
			{ origNum: '+8618600005678', areaCode: '0755', ybDuration: 600 },
			qs,
		)
	).data;
	const first = await admin.call({ caller: '+8613000000001', called: ax.relationNumber });
	expect(first.cdr).toMatchObject({
		fwdDstNum: '+8618600005678',
		bindNum: '+8617040000002',
		fwdDisplayNum: '+8617040000002',
		direction: 0,
	});
	const list = (
		await client.get('/rest/omp/xyrelationnumber/v1.0', {
			...qs,
			subscriptionId: ax.subscriptionId,
		})
	).data.xyRelationNumList;
	expect(list).toEqual([
		expect.objectContaining({
			numA: '+8618600005678',
			numX: ax.relationNumber,
			numY: '+8617040000002',
			numB: '+8613000000001',
			ybDuration: '600',
		}),
	]);
	expect(
		(await admin.call({ caller: '+8618600005678', called: '+8617040000002' })).cdr.fwdDstNum,
	).toBe('+8613000000001');
	expect(
		(await admin.call({ caller: '+8613000000002', called: ax.relationNumber })).cdr.bindNum,
	).toBe('+8617040000003');
	// Every other number already serves this A (as X or Y): no Y left for a third B.
	expect(
		(await admin.call({ caller: '+8613000000003', called: ax.relationNumber })).stateCode,
	).toBe(8030);
});

test('X mode: the customer answers callin with connect or close; a bad answer fails with 8014', async () => {
	receiver.answerWith((push) =>
		push.body.eventType === 'callin'
			? {
					body: {
						operation: 'connect',
						connectInfo: { calleeNum: '+8613900000009', maxDuration: 60 },
					},
				}
			: { status: 200 },
	);
	expect(
		(await admin.call({ caller: '+8613800000001', called: '+8617050000001' })).cdr.fwdDstNum,
	).toBe('+8613900000009');
	receiver.answerWith((push) =>
		push.body.eventType === 'callin'
			? {
					body: {
						operation: 'connect',
						connectInfo: { calleeNum: '+8613900000009', maxDuration: 7200 },
					},
				}
			: {},
	);
	expect((await admin.call({ caller: '+8613800000001', called: '+8617050000001' })).stateCode).toBe(
		8014,
	);
	receiver.clear();
	receiver.answerWith((push) =>
		push.body.eventType === 'callin' ? { body: { operation: 'close' } } : {},
	);
	await admin.call({ caller: '+8613800000001', called: '+8617050000001' });
	expect(events('x').map((e) => e.eventType)).toEqual(['callin']);
	expect(events('x')[0].statusInfo.notifyMode).toBe('Block');
});

describe('X mode: the forms of the callin answer', () => {
	const X = '+8617050000001';
	const answerCallin = (answer) =>
		receiver.answerWith((push) => (push.body.eventType === 'callin' ? { body: answer } : {}));
	const call = () => admin.call({ caller: '+8613800000001', called: X, talkSeconds: 20 });

	test("connectInfo as the Java demo's one-element array connects, with a boolean recordFlag; its userData comes back in later events and the CDR", async () => {
		answerCallin({
			operation: 'connect',
			connectInfo: [
				{
					displayCalleeNum: X,
					calleeNum: '+8613900000009',
					maxDuration: 60,
					recordFlag: true,
					waitVoice: 'wait.wav',
					userData: 'userflag001',
				},
			],
		});
		const result = await call();
		expect(result.cdr).toMatchObject({
			fwdDstNum: '+8613900000009',
			fwdDisplayNum: X,
			recordFlag: 1,
			userData: 'userflag001',
		});
		const later = events('x').filter((e) => e.eventType !== 'callin');
		expect(later.map((e) => e.eventType)).toEqual(['callout', 'alerting', 'answer', 'disconnect']);
		expect(later.every((e) => e.statusInfo.userData === 'userflag001')).toBe(true);
	});

	test('closeInfo (object or one-element array) closes the call; its userData is in the CDR, its tone is played', async () => {
		for (const closeInfo of [
			{ closeHintTone: 'closeHintTone.wav', userData: 'testuserdate' },
			[{ closeHintTone: 'closeHintTone001.wav', userData: 'userflag001' }],
		]) {
			receiver.clear();
			answerCallin({ operation: 'close', closeInfo });
			const result = await call();
			const info = Array.isArray(closeInfo) ? closeInfo[0] : closeInfo;
			expect(result).toMatchObject({
				stateCode: 0,
				closeHintTone: info.closeHintTone,
				cdr: { userData: info.userData, direction: 2 },
			});
			expect(events('x').map((e) => e.eventType)).toEqual(['callin']);
		}
	});

	test.each([
		[
			'a two-element connectInfo array',
			{
				operation: 'connect',
				connectInfo: [{ calleeNum: '+8613900000009' }, { calleeNum: '+8613900000008' }],
			},
		],
		['connect without connectInfo', { operation: 'connect' }],
		['no calleeNum', { operation: 'connect', connectInfo: { maxDuration: 5 } }],
		[
			'a calleeNum without country code',
			{ operation: 'connect', connectInfo: { calleeNum: '13900000009' } },
		],
		[
			'a displayCalleeNum that is no number',
			{ operation: 'connect', connectInfo: { calleeNum: '+8613900000009', displayCalleeNum: 'X' } },
		],
		[
			'maxDuration 7200',
			{ operation: 'connect', connectInfo: { calleeNum: '+8613900000009', maxDuration: 7200 } },
		],
		[
			'a waitVoice that is no file name',
			{
				operation: 'connect',
				connectInfo: { calleeNum: '+8613900000009', waitVoice: 'wait voice.wav' },
			},
		],
		[
			'recordFlag "yes"',
			{ operation: 'connect', connectInfo: { calleeNum: '+8613900000009', recordFlag: 'yes' } },
		],
		[
			'braces in userData',
			{ operation: 'connect', connectInfo: { calleeNum: '+8613900000009', userData: '{"a":1}' } },
		],
		[
			'userData of 257 characters',
			{
				operation: 'connect',
				connectInfo: { calleeNum: '+8613900000009', userData: 'u'.repeat(257) },
			},
		],
		[
			'a closeHintTone that is no file name',
			{ operation: 'close', closeInfo: { closeHintTone: 'close tone.wav' } },
		],
		['an unknown operation', { operation: 'transfer' }],
		['a JSON string instead of an object', 'connect please'],
	])('an invalid answer (%s) fails the call with 8014', async (_name, answer) => {
		answerCallin(answer);
		const result = await call();
		expect(result.stateCode).toBe(8014);
		expect(events('x').at(-1).statusInfo).toMatchObject({ stateCode: 8014 });
	});
});

test('SMS: AXB Notify; AX Block decided by the customer (forward or discard)', async () => {
	await axbBinding();
	expect(await admin.sms({ from: '+8613800000001', to: '+8617010000001', content: 'hi' })).toEqual({
		forwarded: true,
		to: '+8613900000002',
	});
	const notify = receiver.received.find((p) => p.path === '/axb/sms').body;
	expect(notify).toMatchObject({
		appKey: APPS.axb.appKey,
		smsEvent: {
			notificationMode: 'Notify',
			calling: '+8613800000001',
			called: '+8613900000002',
			virtualNumber: '+8617010000001',
			event: 'Text SMS',
		},
	});
	expect(notify.smsEvent.timeStamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

	await clientFor(sim, APPS.ax).post('/rest/provision/caas/privatenumber/v1.0', {
		origNum: '+8613800000001',
		privateNum: '+8617020000001',
	});
	receiver.answerWith((push) =>
		push.path === '/ax/block'
			? {
					body: {
						actions: [
							{
								operation: 'vNumberRoute',
								message: { called: '+8613900000005', calling: '+8613800000001' },
							},
						],
					},
				}
			: {},
	);
	expect(
		await admin.sms({ from: '+8613800000001', to: '+8617020000001', content: 'no suffix' }),
	).toEqual({ forwarded: true, to: '+8613900000005' });
	receiver.answerWith((push) =>
		push.path === '/ax/block' ? { body: { actions: [{ operation: 'DiscardMessage' }] } } : {},
	);
	expect(
		await admin.sms({ from: '+8613800000001', to: '+8617020000001', content: 'again' }),
	).toMatchObject({ forwarded: false, decision: 'DiscardMessage' });
	expect(
		await admin.sms({
			from: '+8613800000001',
			to: '+8617020000001',
			content: 'hello @13900000006',
		}),
	).toEqual({ forwarded: true, to: '+8613900000006' });
});

test('X number status changes are pushed (up to 100 per push)', async () => {
	const changes = Array.from({ length: 101 }, (_, i) => ({
		number: i ? `+86170100${String(i).padStart(5, '0')}` : '+8617010000001',
		status: '10',
		cause: '2',
	}));
	await admin.numberStatus({ appKey: APPS.axb.appKey, changes });
	const pushes = receiver.received.filter((p) => p.path === '/axb/numstatus');
	expect(pushes.map((p) => p.body.numInfo.length)).toEqual([100, 1]);
	expect(pushes[0].body).toMatchObject({
		eventType: 'numStatus',
		numInfo: expect.arrayContaining([{ number: '+8617010000001', status: '10', cause: '2' }]),
	});
	expect(sim.state.apps.get(APPS.axb.appKey).numbers.get('+8617010000001').status).toBe('10');
});
