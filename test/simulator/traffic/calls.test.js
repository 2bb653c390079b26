// Simulated AXB calls as Huawei places them: signed call events then one CDR, failure causes,
// recordings, Stop Call, push retries on the documented schedule, and CDRs merged 50 per push.
const axios = require('axios');

const { bindAxb, APPS, clientFor, eventually } = require('../../helpers/simulator');
const { eventsOf, feesOf, useTraffic } = require('../../helpers/trafficReceiver');

const env = useTraffic();

test('an answered AXB call pushes callin, callout, alerting, answer, disconnect, then one CDR, all signed', async () => {
	const subscriptionId = await bindAxb(env.sim, { userData: 'order-42' });
	const result = await env.admin.call({
		caller: '+8613800000001',
		called: '+8617010000001',
		talkSeconds: 65,
	});
	expect(result.stateCode).toBe(0);
	const seq = eventsOf(env, 'axb');
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
	const [fee] = feesOf(env, 'axb');
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
	expect(env.receiver.received.every((p) => p.verified)).toBe(true);
	expect(env.receiver.received[0].headers.authorization).toBe(
		'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
	);
});

test.each([
	['busy', 8102, 17],
	['noAnswer', 8101, 19],
	['notExist', 8100, 1],
])('callee %s: disconnect stateCode %i, CDR Q.850 %i', async (outcome, stateCode, q850) => {
	await bindAxb(env.sim);
	await env.admin.call({ caller: '+8613900000002', called: '+8617010000001', outcome });
	expect(eventsOf(env, 'axb').at(-1).statusInfo.stateCode).toBe(stateCode);
	const cdr = feesOf(env, 'axb')[0].feeLst[0];
	expect(cdr).toMatchObject({ direction: 0, fwdUnaswRsn: q850, failTime: expect.any(String) });
	expect(cdr.fwdAnswerTime).toBeUndefined();
});

test('no binding → 8014 and an abnormal CDR; a forbidden direction → 8016', async () => {
	await env.admin.call({ caller: '+8613700000000', called: '+8617010000001' });
	expect(eventsOf(env, 'axb').map((e) => e.eventType)).toEqual(['callin', 'disconnect']);
	expect(eventsOf(env, 'axb')[1].statusInfo.stateCode).toBe(8014);
	expect(feesOf(env, 'axb')[0].feeLst[0].direction).toBe(2);
	env.receiver.clear();
	await bindAxb(env.sim, { callDirection: 1 });
	expect(
		(await env.admin.call({ caller: '+8613900000002', called: '+8617010000001' })).stateCode,
	).toBe(8016);
	expect(
		(await env.admin.call({ caller: '+8613800000001', called: '+8617010000001' })).stateCode,
	).toBe(0);
});

test('recorded call: CDR names the file, the link API answers 301 to bytes that exist for 7 days', async () => {
	await bindAxb(env.sim, { recordFlag: 'true' });
	await env.admin.call({ caller: '+8613800000001', called: '+8617010000001', talkSeconds: 20 });
	const cdr = feesOf(env, 'axb')[0].feeLst[0];
	expect(cdr).toMatchObject({
		recordFlag: 1,
		recordDomain: expect.any(String),
		recordObjectName: expect.stringMatching(/\.wav$/),
		recordBucketName: expect.any(String),
		recordStartTime: cdr.fwdAnswerTime,
	});
	const client = clientFor(env.sim, APPS.axb);
	const link = await client.get('/rest/provision/voice/record/v1.0', {
		fileName: cdr.recordObjectName,
		recordDomain: cdr.recordDomain,
	});
	expect(link.status).toBe(301);
	const file = await axios.get(link.headers.location, { responseType: 'arraybuffer' });
	expect(file.headers['content-type']).toBe('audio/wav');
	expect(Buffer.from(file.data).subarray(0, 4).toString()).toBe('RIFF');
	expect(
		Buffer.from(file.data).equals(env.sim.state.recordings.get(cdr.recordObjectName).bytes),
	).toBe(true);
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
	await env.admin.clock(7 * 24 * 3600 + 1);
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
	await bindAxb(env.sim);
	const { sessionId } = await env.admin.call({
		caller: '+8613800000001',
		called: '+8617010000001',
		holdMs: 5000,
		wait: false,
	});
	await eventually(() => eventsOf(env, 'axb').some((e) => e.eventType === 'answer'));
	const client = clientFor(env.sim, APPS.axb);
	const stop = await client.post('/rest/httpsessions/callStop/v2.0', {
		sessionid: sessionId,
		signal: 'call_stop',
	});
	expect(stop.data.resultcode).toBe('0');
	await eventually(() => eventsOf(env, 'axb').some((e) => e.eventType === 'disconnect'));
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
	env.receiver.answerWith((push) => ({
		status: push.body.eventType === 'callin' && ++callinAttempts <= 2 ? 500 : 200,
	}));
	await bindAxb(env.sim);
	await env.admin.call({ caller: '+8613800000001', called: '+8617010000001' });
	await eventually(() => env.sim.pusher.busy === 0);
	const callins = env.receiver.received.filter((p) => p.body.eventType === 'callin');
	expect(callins.length).toBe(3);
	expect(callins[1].body).toEqual(callins[0].body);
	const attempts = env.sim.state.pushLog
		.filter((p) => p.body.eventType === 'callin')
		.map((p) => p.attempt);
	expect(attempts).toEqual([0, 1, 2]);
});

test('a push that never succeeds is retried 6 times (7 attempts) and then dropped', async () => {
	env.receiver.answerWith((push) => ({ status: push.body.eventType === 'fee' ? 503 : 200 }));
	await bindAxb(env.sim);
	await env.admin.call({ caller: '+8613800000001', called: '+8617010000001' });
	await eventually(() => env.sim.pusher.busy === 0, 10000);
	expect(env.receiver.received.filter((p) => p.body.eventType === 'fee')).toHaveLength(7);
});

test('CDRs of calls ending together are merged, at most 50 per push', async () => {
	const calls = [];
	for (let i = 0; i < 60; i++) {
		const a = `+861380000${String(i).padStart(4, '0')}`;
		await clientFor(env.sim, APPS.axb).post('/rest/caas/relationnumber/partners/v1.0', {
			areaCode: '0755',
			callerNum: a,
			calleeNum: `+861390000${String(i).padStart(4, '0')}`,
			areaMatchMode: '1',
		});
	}
	const bindings = env.sim.state.liveBindings(env.sim.state.apps.get(APPS.axb.appKey), 'AXB');
	for (const b of bindings) calls.push({ caller: b.callerNum, called: b.relationNum });
	await env.admin.batch({ calls });
	const batches = feesOf(env, 'axb');
	expect(batches.map((f) => f.feeLst.length)).toEqual([50, 10]);
	expect(new Set(batches.flatMap((f) => f.feeLst.map((c) => c.sessionId))).size).toBe(60);
});
