// The simulator's own control API (not Huawei's): seed apps, place calls and SMS, read state and
// the push log, inject faults, move the clock.
const { sendJson } = require('./http');

function appOf(state, body) {
	const app = body.appKey
		? state.apps.get(body.appKey)
		: state.ownerOf(body.called ?? body.to ?? body.number);
	if (!app)
		throw Object.assign(new Error('no app matches appKey or the private number'), { status: 404 });
	return app;
}

function publicApp(app) {
	return {
		appKey: app.appKey,
		mode: app.mode,
		status: app.status,
		callbacks: app.callbacks,
		numbers: [...app.numbers.values()],
		displayNumbers: app.displayNumbers,
	};
}

async function handleAdmin(sim, req, res, path, body) {
	const { state, traffic } = sim;
	const route = `${req.method} ${path}`;
	const reply = (status, data) => sendJson(res, status, data);
	try {
		switch (route) {
			case 'POST /admin/reset':
				state.reset();
				sim.faults = {};
				return reply(200, { ok: true });
			case 'POST /admin/apps':
				return reply(201, publicApp(state.addApp(body)));
			case 'PATCH /admin/apps': {
				const app = appOf(state, body);
				if (body.callbacks) Object.assign(app.callbacks, body.callbacks);
				for (const key of ['status', 'recording', 'authScheme'])
					if (body[key] !== undefined) app[key] = body[key];
				for (const number of body.addNumbers ?? []) state.addNumber(app, number);
				return reply(200, publicApp(app));
			}
			case 'GET /admin/state':
				return reply(200, state.snapshot());
			case 'GET /admin/pushes':
				return reply(200, state.pushLog);
			case 'GET /admin/requests':
				return reply(200, state.requestLog);
			case 'GET /admin/idle':
				return reply(200, {
					busyPushes: sim.pusher.busy,
					activeSessions: [...state.sessions.values()].filter((s) => s.status === 'active').length,
				});
			case 'POST /admin/calls': {
				const app = appOf(state, body);
				const { sessionId, done } = traffic.placePrivateCall(app, body);
				if (body.wait === false) {
					done.catch(() => {});
					return reply(202, { sessionId });
				}
				return reply(200, await done);
			}
			case 'POST /admin/calls/batch': {
				const results = [];
				const feesByApp = new Map();
				for (const call of body.calls ?? []) {
					const app = appOf(state, call);
					const result = await traffic.placePrivateCall(app, {
						...call,
						deferFee: body.mergeFees !== false,
					}).done;
					results.push(result);
					if (!feesByApp.has(app)) feesByApp.set(app, []);
					feesByApp.get(app).push(result.cdr);
				}
				if (body.mergeFees !== false)
					for (const [app, cdrs] of feesByApp) await traffic.pushFees(app, cdrs);
				return reply(200, results);
			}
			case 'POST /admin/sms':
				return reply(200, await traffic.sendSms(appOf(state, body), body));
			case 'POST /admin/number-status': {
				const app = appOf(state, body);
				await traffic.changeNumberStatus(
					app,
					body.changes ?? [{ number: body.number, status: body.status, cause: body.cause }],
				);
				return reply(200, { ok: true });
			}
			case 'PUT /admin/callee-behaviour':
				state.calleeBehaviour.set(body.number, body);
				return reply(200, { ok: true });
			case 'POST /admin/faults':
				sim.faults = { ...body };
				return reply(200, sim.faults);
			case 'DELETE /admin/faults':
				sim.faults = {};
				return reply(200, {});
			case 'POST /admin/clock':
				state.advance(Number(body.advanceSeconds ?? 0));
				return reply(200, { offsetSeconds: state.clockOffsetMs / 1000 });
			default:
				return reply(404, { error: `no admin route ${route}` });
		}
	} catch (error) {
		return reply(error.status ?? 400, { error: error.message });
	}
}

module.exports = { handleAdmin };
