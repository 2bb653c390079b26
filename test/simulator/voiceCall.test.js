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
let client;
const b64 = (text) => Buffer.from(text).toString('base64');

beforeAll(async () => {
	sim = await startTestSimulator();
	admin = adminFor(sim);
	receiver = await startPushReceiver({ apps: [APPS.voice] });
});
afterAll(async () => {
	await sim.close();
	await receiver.close();
});
beforeEach(() => {
	sim.state.reset();
	receiver.clear();
	seedApps(sim, ['voice'], {
		voice: {
			callbacks: { status: `${receiver.base}/app-status`, fee: `${receiver.base}/app-fee` },
		},
	});
	client = clientFor(sim, APPS.voice);
});

const verifyBody = (extra = {}) => ({
	displayNbr: '+8653159511234',
	calleeNbr: '+8613500000001',
	languageType: 2,
	preTone: 'test.wav',
	verifyCode: '1234',
	...extra,
});
const pushesFor = (sessionId) =>
	receiver.received.filter(
		(p) => (p.body.statusInfo?.sessionId ?? p.body.feeLst?.[0]?.sessionId) === sessionId,
	);

test('verification code: session id, then status events and a CDR to the Base64 statusUrl/feeUrl, signed with the push URL', async () => {
	const res = await client.post(
		'/rest/httpsessions/callVerify/v1.0',
		verifyBody({
			statusUrl: b64(`${receiver.base}/vc-status`),
			feeUrl: b64(`${receiver.base}/vc-fee`),
			userData: 'cwgtest',
			times: 3,
		}),
	);
	expect(res.data).toMatchObject({
		resultcode: '0',
		resultdesc: 'Success',
		sessionId: expect.any(String),
	});
	await eventually(() => receiver.received.some((p) => p.path === '/vc-fee'));
	const pushes = pushesFor(res.data.sessionId);
	expect(pushes.filter((p) => p.path === '/vc-status').map((p) => p.body.eventType)).toEqual([
		'callout',
		'alerting',
		'answer',
		'disconnect',
	]);
	expect(pushes.every((p) => p.verified)).toBe(true);
	const cdr = pushes.find((p) => p.path === '/vc-fee').body.feeLst[0];
	expect(cdr).toMatchObject({
		serviceType: '001',
		callerNum: '+8653159511234',
		calleeNum: '+8613500000001',
		userData: 'cwgtest',
		bindNum: '+8653159511234',
	});
});

test('verification code validation', async () => {
	const post = (extra) => client.post('/rest/httpsessions/callVerify/v1.0', verifyBody(extra));
	expect((await post({ verifyCode: '123456789' })).data.resultdesc).toContain('verifyCode');
	expect((await post({ verifyCode: '12a4' })).data.resultdesc).toContain('verifyCode');
	expect((await post({ times: 10 })).data.resultdesc).toContain('times');
	expect((await post({ languageType: undefined })).data.resultdesc).toContain('languageType');
	expect((await post({ preTone: undefined })).data.resultdesc).toContain('preTone');
	expect((await post({ statusUrl: 'not base64!' })).data.resultdesc).toContain('statusUrl');
	expect((await post({ userData: '{x}' })).data.resultdesc).toContain('userData');
	const display = await post({ displayNbr: '+8601000000000' });
	expect(display.data.resultcode).toBe('1010023');
});

test('notification with digit collection: collectInfo carries the digits, the CDR the key path', async () => {
	await admin.behaviour({ number: '+8613500000002', digits: '12' });
	const res = await client.post('/rest/httpsessions/callnotify/v2.0', {
		displayNbr: '+8653159511234',
		calleeNbr: '+8613500000002',
		playInfoList: [
			{ notifyVoice: 'intro.wav' },
			{ templateId: 'tpl01', templateParas: ['3', 'door 1'], collectInd: 2 },
		],
	});
	expect(res.data.resultcode).toBe('0');
	await eventually(() => receiver.received.some((p) => p.path === '/app-fee'));
	const pushes = pushesFor(res.data.sessionId);
	const collect = pushes.find((p) => p.body.eventType === 'collectInfo');
	expect(collect.body.statusInfo.digitInfo).toBe('12');
	expect(pushes.find((p) => p.path === '/app-fee').body.feeLst[0]).toMatchObject({
		dynIVRPath: '1-2',
		ttsPlayTimes: 1,
	});
});

test('notification validation: 1-5 items, exactly one of notifyVoice/templateId, collectInd 0-32', async () => {
	const post = (playInfoList) =>
		client.post('/rest/httpsessions/callnotify/v2.0', {
			displayNbr: '+8653159511234',
			calleeNbr: '+8613500000002',
			playInfoList,
		});
	expect((await post([])).data.resultdesc).toContain('playInfoList');
	expect((await post(Array(6).fill({ notifyVoice: 'a.wav' }))).data.resultdesc).toContain(
		'playInfoList',
	);
	expect((await post([{ notifyVoice: 'a.wav', templateId: 't' }])).data.resultdesc).toContain(
		'playInfoList[0]',
	);
	expect((await post([{ templateId: 't', collectInd: 33 }])).data.resultdesc).toContain(
		'collectInd',
	);
	expect((await post([{ templateId: 't', templateParas: ['x'.repeat(33)] }])).data.resultcode).toBe(
		'1012005',
	);
});

test('click-to-call: two legs, busy callee ends with 8102; recording when both answer', async () => {
	const body = {
		displayNbr: '+8653159511234',
		callerNbr: '+8613800000001',
		displayCalleeNbr: '+8675528880001',
		calleeNbr: '+8613900000002',
		recordFlag: 'true',
		partyTypeRequiredInDisconnect: 'true',
	};
	const ok = await client.post('/rest/httpsessions/click2Call/v2.0', body);
	await eventually(() => pushesFor(ok.data.sessionId).some((p) => p.path === '/app-fee'));
	const okPushes = pushesFor(ok.data.sessionId);
	expect(okPushes.filter((p) => p.path === '/app-status').map((p) => p.body.eventType)).toEqual([
		'callout',
		'alerting',
		'answer',
		'callout',
		'alerting',
		'answer',
		'disconnect',
	]);
	expect(
		okPushes.find((p) => p.body.eventType === 'disconnect').body.statusInfo.partyType,
	).toBeDefined();
	expect(okPushes.find((p) => p.path === '/app-fee').body.feeLst[0]).toMatchObject({
		serviceType: '002',
		recordFlag: 1,
		fwdDstNum: '+8613900000002',
	});

	await admin.behaviour({ number: '+8613900000003', outcome: 'busy' });
	const busy = await client.post('/rest/httpsessions/click2Call/v2.0', {
		...body,
		calleeNbr: '+8613900000003',
	});
	await eventually(() => pushesFor(busy.data.sessionId).some((p) => p.path === '/app-fee'));
	const disconnect = pushesFor(busy.data.sessionId).find((p) => p.body.eventType === 'disconnect');
	expect(disconnect.body.statusInfo.stateCode).toBe(8102);
	expect(
		pushesFor(busy.data.sessionId).find((p) => p.path === '/app-fee').body.feeLst[0],
	).toMatchObject({ fwdUnaswRsn: 17, recordFlag: 0 });
});

test('JSON booleans for the "true"/"false" fields are accepted and take effect as the strings would', async () => {
	const body = {
		displayNbr: '+8653159511234',
		callerNbr: '+8613800000001',
		displayCalleeNbr: '+8675528880001',
		calleeNbr: '+8613900000002',
		recordFlag: true,
		partyTypeRequiredInDisconnect: true,
		playPreVoice: false,
		returnIdlePort: true,
	};
	const res = await client.post('/rest/httpsessions/click2Call/v2.0', body);
	expect(res.data).toMatchObject({ resultcode: '0', idlePort: expect.any(Number) });
	expect(sim.state.sessions.get(res.data.sessionId).request).toMatchObject({
		recordFlag: 'true',
		partyTypeRequiredInDisconnect: 'true',
		playPreVoice: 'false',
		returnIdlePort: 'true',
	});
	await eventually(() => pushesFor(res.data.sessionId).some((p) => p.path === '/app-fee'));
	expect(
		pushesFor(res.data.sessionId).find((p) => p.body.eventType === 'disconnect').body.statusInfo
			.partyType,
	).toBeDefined();
	expect(
		pushesFor(res.data.sessionId).find((p) => p.path === '/app-fee').body.feeLst[0].recordFlag,
	).toBe(1);
	const notify = await client.post('/rest/httpsessions/callnotify/v2.0', {
		displayNbr: '+8653159511234',
		calleeNbr: '+8613500000002',
		returnIdlePort: false,
		playInfoList: [
			{
				templateId: 'tpl01',
				collectInd: 1,
				replayAfterCollection: true,
				collectContentTriggerReplaying: '1',
			},
		],
	});
	expect(notify.data.resultcode).toBe('0');
	expect(
		sim.state.sessions.get(notify.data.sessionId).request.playInfoList[0].replayAfterCollection,
	).toBe('true');
	expect(
		(await client.post('/rest/httpsessions/callVerify/v1.0', verifyBody({ returnIdlePort: 'yes' })))
			.data.resultdesc,
	).toContain('returnIdlePort');
});

test('click-to-call: lastMinToUE/lastMinVoice without a maxDuration are ignored (they only take effect when it is non-zero), checked with one', async () => {
	const base = {
		displayNbr: '+8653159511234',
		callerNbr: '+8613800000001',
		displayCalleeNbr: '+8675528880001',
		calleeNbr: '+8613900000002',
	};
	const post = (extra) => client.post('/rest/httpsessions/click2Call/v2.0', { ...base, ...extra });
	expect((await post({ lastMinToUE: 'toa' })).data.resultcode).toBe('0');
	expect(
		(await post({ maxDuration: 0, lastMinToUE: 'nobody', lastMinVoice: 'last.wav' })).data
			.resultcode,
	).toBe('0');
	expect(
		(await post({ maxDuration: 5, lastMinToUE: 'both', lastMinVoice: 'last.wav' })).data.resultcode,
	).toBe('0');
	expect((await post({ maxDuration: 5, lastMinToUE: 'nobody' })).data.resultdesc).toBe(
		'Invalid request. lastMinToUE must be one of "toa", "tob", "both".',
	);
	expect((await post({ maxDuration: 5, lastMinVoice: 'bad name.wav' })).data.resultdesc).toBe(
		'Invalid request. lastMinVoice has a wrong format.',
	);
});

test('CDR ring times: callOut* for the first leg (A), fwd* for the forwarded one (B), each as far as the leg got', async () => {
	const body = {
		displayNbr: '+8653159511234',
		callerNbr: '+8613800000001',
		displayCalleeNbr: '+8675528880001',
		calleeNbr: '+8613900000002',
	};
	const cdrOf = async (res) => {
		await eventually(() => pushesFor(res.data.sessionId).some((p) => p.path === '/app-fee'));
		return pushesFor(res.data.sessionId).find((p) => p.path === '/app-fee').body.feeLst[0];
	};
	const alertingAt = (sessionId) =>
		pushesFor(sessionId)
			.filter((p) => p.body.eventType === 'alerting')
			.map((p) => p.body.statusInfo.timestamp);
	const ok = await client.post('/rest/httpsessions/click2Call/v2.0', body);
	const cdr = await cdrOf(ok);
	const order = [
		'callOutStartTime',
		'callOutAlertingTime',
		'callOutAnswerTime',
		'fwdStartTime',
		'fwdAlertingTime',
		'fwdAnswerTime',
		'callEndTime',
	].map((f) => cdr[f]);
	expect(order.every(Boolean)).toBe(true);
	expect([...order].sort()).toEqual(order);
	expect([cdr.callOutAlertingTime, cdr.fwdAlertingTime]).toEqual(alertingAt(ok.data.sessionId));

	await admin.behaviour({ number: '+8613900000004', outcome: 'busy' });
	const busyB = await cdrOf(
		await client.post('/rest/httpsessions/click2Call/v2.0', {
			...body,
			calleeNbr: '+8613900000004',
		}),
	);
	expect(busyB).toMatchObject({
		callOutAlertingTime: expect.any(String),
		fwdStartTime: expect.any(String),
	});
	expect(busyB.fwdAlertingTime).toBeUndefined();
	await admin.behaviour({ number: '+8613800000005', outcome: 'noAnswer' });
	const silentA = await cdrOf(
		await client.post('/rest/httpsessions/click2Call/v2.0', {
			...body,
			callerNbr: '+8613800000005',
		}),
	);
	expect(silentA).toMatchObject({ callOutAlertingTime: expect.any(String), callOutUnaswRsn: 19 });
	expect(Object.keys(silentA).filter((k) => /^fwd.*Time$/.test(k))).toEqual([]);

	const verify = await client.post('/rest/httpsessions/callVerify/v1.0', verifyBody());
	const verifyCdr = await cdrOf(verify);
	expect(verifyCdr).toMatchObject({
		callOutStartTime: expect.any(String),
		callOutAlertingTime: alertingAt(verify.data.sessionId)[0],
		callOutAnswerTime: expect.any(String),
	});
	expect(Object.keys(verifyCdr).filter((k) => k.startsWith('fwd') && k.endsWith('Time'))).toEqual(
		[],
	);
});

test('click-to-call validation and recording permission', async () => {
	const base = {
		displayNbr: '+8653159511234',
		callerNbr: '+8613800000001',
		displayCalleeNbr: '+8675528880001',
		calleeNbr: '+8613900000002',
	};
	expect(
		(
			await client.post('/rest/httpsessions/click2Call/v2.0', {
				...base,
				maxDuration: 5,
				lastMinToUE: 'all',
			})
		).data.resultdesc,
	).toContain('lastMinToUE');
	expect(
		(await client.post('/rest/httpsessions/click2Call/v2.0', { ...base, maxDuration: 1441 })).data
			.resultdesc,
	).toContain('maxDuration');
	expect(
		(await client.post('/rest/httpsessions/click2Call/v2.0', { ...base, calleeNbr: undefined }))
			.data.resultdesc,
	).toContain('calleeNbr');
	await admin.patchApp({ appKey: APPS.voice.appKey, recording: false });
	expect(
		(await client.post('/rest/httpsessions/click2Call/v2.0', { ...base, recordFlag: 'true' })).data
			.resultdesc,
	).toMatch(/recording/);
});

test('StopCall ends a voice session with 8017', async () => {
	await admin.behaviour({ number: '+8613500000001', holdMs: 5000 });
	const res = await client.post('/rest/httpsessions/callVerify/v1.0', verifyBody());
	await eventually(() => pushesFor(res.data.sessionId).some((p) => p.body.eventType === 'answer'));
	expect(
		(
			await client.post('/rest/httpsessions/callStop/v2.0', {
				sessionid: res.data.sessionId,
				signal: 'call_stop',
			})
		).data.resultcode,
	).toBe('0');
	await eventually(() =>
		pushesFor(res.data.sessionId).some((p) => p.body.eventType === 'disconnect'),
	);
	expect(
		pushesFor(res.data.sessionId).find((p) => p.body.eventType === 'disconnect').body.statusInfo
			.stateCode,
	).toBe(8017);
});

test('Voice Call APIs are refused for Private Number apps (1010040)', async () => {
	seedApps(sim, ['axb']);
	expect(
		(await clientFor(sim, APPS.axb).post('/rest/httpsessions/callVerify/v1.0', verifyBody())).data
			.resultcode,
	).toBe('1010040');
});
