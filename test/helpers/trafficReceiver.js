// Simulated traffic as its tests watch it: a simulator whose apps (AXB, AX, AXE, AXYB, X) push
// everything to a push receiver, under one path prefix per app, reset before each test.
const { APPS, adminFor, seedApps, startTestSimulator } = require('./simulator');
const { startPushReceiver } = require('./pushReceiver');

const APP_NAMES = ['axb', 'ax', 'axe', 'axyb', 'x'];

/** @returns {{ sim: any, admin: any, receiver: any }} filled in once the file's tests run */
function useTraffic() {
	/** @type {{ sim: any, admin: any, receiver: any }} */
	const env = { sim: undefined, admin: undefined, receiver: undefined };
	beforeAll(async () => {
		env.sim = await startTestSimulator();
		env.admin = adminFor(env.sim);
		env.receiver = await startPushReceiver({ apps: Object.values(APPS) });
	});
	afterAll(async () => {
		await env.sim.close();
		await env.receiver.close();
	});
	beforeEach(() => {
		env.sim.state.reset();
		env.receiver.clear();
		const base = env.receiver.base;
		const callbacks = (name) => ({
			status: `${base}/${name}/status`,
			fee: `${base}/${name}/fee`,
			smsNotify: `${base}/${name}/sms`,
			smsBlock: `${base}/${name}/block`,
			numStatus: `${base}/${name}/numstatus`,
		});
		seedApps(
			env.sim,
			APP_NAMES,
			Object.fromEntries(APP_NAMES.map((name) => [name, { callbacks: callbacks(name) }])),
		);
	});
	return env;
}

/** The call events an app (by its name in APPS) pushed. */
const eventsOf = (env, app) =>
	env.receiver.received.filter((p) => p.path === `/${app}/status`).map((p) => p.body);
/** The CDR pushes an app pushed. */
const feesOf = (env, app) =>
	env.receiver.received.filter((p) => p.path === `/${app}/fee`).map((p) => p.body);

module.exports = { eventsOf, feesOf, useTraffic };
