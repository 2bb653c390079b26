// Simulated calls and SMS in the other modes: AX (temporary callee), AXE (extension, callback),
// AXYB (Y given by the platform), SMS notify and control, and X-number status pushes.
const { bindAxb, APPS, clientFor } = require('../../helpers/simulator');
const { eventsOf, useTraffic } = require('../../helpers/trafficReceiver');

const env = useTraffic();

test('AX: A needs a temporary callee (8013); others reach A', async () => {
	const client = clientFor(env.sim, APPS.ax);
	await client.post('/rest/provision/caas/privatenumber/v1.0', {
		origNum: '+8613800000001',
		privateNum: '+8617020000001',
	});
	expect(
		(await env.admin.call({ caller: '+8613800000001', called: '+8617020000001' })).stateCode,
	).toBe(8013);
	await client.put('/rest/caas/privatenumber/calleenumber/v1.0', {
		privateNum: '+8617020000001',
		calleeNum: '+8613900000002',
		userData: 'tmp',
	});
	const out = await env.admin.call({ caller: '+8613800000001', called: '+8617020000001' });
	expect(out.cdr).toMatchObject({
		fwdDstNum: '+8613900000002',
		direction: 1,
		serviceType: '003',
		userData: 'tmp',
	});
	const inbound = await env.admin.call({ caller: '+8613700000007', called: '+8617020000001' });
	expect(inbound.cdr).toMatchObject({ fwdDstNum: '+8613800000001', direction: 0 });
});

test('AXE: the caller keys in E (collectInfo), A calls X back to the last caller, or 8019 without one', async () => {
	const client = clientFor(env.sim, APPS.axe);
	const { extendNum } = (
		await client.post('/rest/caas/extendnumber/v1.0', {
			bindNum: '+8613800000001',
			virtualNum: '+8617030000001',
		})
	).data;
	expect(
		(await env.admin.call({ caller: '+8613800000001', called: '+8617030000001' })).stateCode,
	).toBe(8019);
	env.receiver.clear();
	const inbound = await env.admin.call({
		caller: '+8613700000007',
		called: '+8617030000001',
		extension: extendNum,
	});
	expect(eventsOf(env, 'axe').map((e) => e.eventType)).toEqual([
		'callin',
		'collectInfo',
		'callout',
		'alerting',
		'answer',
		'disconnect',
	]);
	// callin carries no subscriptionId in AXE (Huawei's demos); the later events and the CDR do.
	expect(eventsOf(env, 'axe')[0].statusInfo).not.toHaveProperty('subscriptionId');
	expect(
		eventsOf(env, 'axe')
			.slice(1)
			.every((e) => e.statusInfo.subscriptionId === inbound.cdr.subscriptionId),
	).toBe(true);
	expect(inbound.cdr).toMatchObject({
		fwdDstNum: '+8613800000001',
		extendNumber: extendNum,
		serviceType: '005',
		subscriptionId: expect.any(String),
	});
	const back = await env.admin.call({ caller: '+8613800000001', called: '+8617030000001' });
	expect(back.cdr.fwdDstNum).toBe('+8613700000007');
	expect(
		(await env.admin.call({ caller: '+8613700000007', called: '+8617030000001', extension: '9' }))
			.stateCode,
	).toBe(8022);
});

test('AXYB: A dials Y to reach B, B dials X to reach A', async () => {
	const client = clientFor(env.sim, APPS.axyb);
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
		(await env.admin.call({ caller: '+8618600005678', called: yb.relationNumber })).cdr,
	).toMatchObject({ fwdDstNum: '+8618600005679', serviceType: '007' });
	expect(
		(await env.admin.call({ caller: '+8618600005679', called: ax.relationNumber })).cdr.fwdDstNum,
	).toBe('+8618600005678');
	expect(
		(await env.admin.call({ caller: '+8618600005678', called: '+8617040000003' })).stateCode,
	).toBe(8030);
});

test('AXYB: a B without a relation who dials X is given a Y by the platform; then A reaches B through it', async () => {
	const client = clientFor(env.sim, APPS.axyb);
	const qs = { app_key: APPS.axyb.appKey };
	const ax = (
		await client.post(
			'/rest/omp/xyrelationnumber/v1.0',
			{ origNum: '+8618600005678', areaCode: '0755', ybDuration: 600 },
			qs,
		)
	).data;
	const first = await env.admin.call({ caller: '+8613000000001', called: ax.relationNumber });
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
		(await env.admin.call({ caller: '+8618600005678', called: '+8617040000002' })).cdr.fwdDstNum,
	).toBe('+8613000000001');
	expect(
		(await env.admin.call({ caller: '+8613000000002', called: ax.relationNumber })).cdr.bindNum,
	).toBe('+8617040000003');
	// Every other number already serves this A (as X or Y): no Y left for a third B.
	expect(
		(await env.admin.call({ caller: '+8613000000003', called: ax.relationNumber })).stateCode,
	).toBe(8030);
});

test('SMS: AXB Notify; AX Block decided by the customer (forward or discard)', async () => {
	await bindAxb(env.sim);
	expect(
		await env.admin.sms({ from: '+8613800000001', to: '+8617010000001', content: 'hi' }),
	).toEqual({
		forwarded: true,
		to: '+8613900000002',
	});
	const notify = env.receiver.received.find((p) => p.path === '/axb/sms').body;
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

	await clientFor(env.sim, APPS.ax).post('/rest/provision/caas/privatenumber/v1.0', {
		origNum: '+8613800000001',
		privateNum: '+8617020000001',
	});
	env.receiver.answerWith((push) =>
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
		await env.admin.sms({ from: '+8613800000001', to: '+8617020000001', content: 'no suffix' }),
	).toEqual({ forwarded: true, to: '+8613900000005' });
	env.receiver.answerWith((push) =>
		push.path === '/ax/block' ? { body: { actions: [{ operation: 'DiscardMessage' }] } } : {},
	);
	expect(
		await env.admin.sms({ from: '+8613800000001', to: '+8617020000001', content: 'again' }),
	).toMatchObject({ forwarded: false, decision: 'DiscardMessage' });
	expect(
		await env.admin.sms({
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
	await env.admin.numberStatus({ appKey: APPS.axb.appKey, changes });
	const pushes = env.receiver.received.filter((p) => p.path === '/axb/numstatus');
	expect(pushes.map((p) => p.body.numInfo.length)).toEqual([100, 1]);
	expect(pushes[0].body).toMatchObject({
		eventType: 'numStatus',
		numInfo: expect.arrayContaining([{ number: '+8617010000001', status: '10', cause: '2' }]),
	});
	expect(env.sim.state.apps.get(APPS.axb.appKey).numbers.get('+8617010000001').status).toBe('10');
});
