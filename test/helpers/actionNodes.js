// The action nodes against the local simulator, as their tests share it: one simulator per test
// file, reset with its apps (and no faults) before each test, and the nodes run the way n8n runs
// them (nodeHarness) with a credential of one of the simulator's apps.
const { HuaweiPrivateNumber } = require('../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { HuaweiVoiceCall } = require('../../nodes/HuaweiVoiceCall/HuaweiVoiceCall.node');
const { APPS, adminFor, seedApps, startTestSimulator } = require('./simulator');
const { runNode } = require('./nodeHarness');

/**
 * Starts the simulator for this test file (jest hooks) and seeds `apps` before each test.
 * @param {string[]} [apps] names from APPS
 * @param {Record<string, any> | (() => Record<string, any>)} [seedOptions] per app, as seedApps
 *   takes them (a function: read before each test, e.g. for a push receiver's URL)
 * @returns {{ sim: any, admin: any, [more: string]: any }} filled in once the file's tests run
 */
function useSimulator(apps = ['axb'], seedOptions = {}) {
	/** @type {{ sim: any, admin: any, [more: string]: any }} */
	const env = { sim: undefined, admin: undefined };
	beforeAll(async () => {
		env.sim = await startTestSimulator();
		env.admin = adminFor(env.sim);
	});
	beforeEach(async () => {
		env.sim.state.reset();
		await env.admin.clearFaults();
		seedApps(env.sim, apps, typeof seedOptions === 'function' ? seedOptions() : seedOptions);
	});
	afterAll(() => env.sim.close());
	return env;
}

/**
 * The n8n credential of a simulator app (or of another address: a stub platform).
 * @param {{ sim: any }} env
 * @param {{ appKey: string, appSecret: string }} [app]
 * @param {string} [accessAddress]
 */
const credentialsOf = (env, app = APPS.axb, accessAddress = env.sim.url) => ({
	appKey: app.appKey,
	appSecret: app.appSecret,
	accessAddress,
	authScheme: 'aksk',
	allowUnauthorizedCerts: false,
});

/**
 * Runs one node with `params` for every item (or per item, a function of the index); extra: app,
 * accessAddress, items, continueOnFail … (as runNode takes them).
 */
const runWith = (NodeClass, env, resource, operation, params, extra = {}) =>
	runNode(NodeClass, {
		credentials: credentialsOf(env, extra.app, extra.accessAddress),
		params:
			typeof params === 'function'
				? (i) => ({ resource, operation, ...params(i) })
				: { resource, operation, ...params },
		...extra,
	});

/** The Private Number node: (resource, operation, params, extra) → runNode's result. */
const privateNumber = (env) => (resource, operation, params, extra) =>
	runWith(HuaweiPrivateNumber, env, resource, operation, params, extra);

/** The Voice Call node: (resource, operation, params, extra) → runNode's result. */
const voiceCall = (env) => (resource, operation, params, extra) =>
	runWith(HuaweiVoiceCall, env, resource, operation, params, { app: APPS.voice, ...extra });

/** The JSON of the first output's items. */
const jsonOf = async (run) => (await run).output[0].map((item) => item.json);

/** An AXB create for item `i`: its own A and B, one of four X numbers, sent strictly in order. */
const axbCreate = (i) => ({
	callerNum: `+86138${String(i).padStart(8, '0')}`,
	calleeNum: `+86139${String(i).padStart(8, '0')}`,
	numberSource: 'number',
	relationNum: `+861701000000${1 + (i % 4)}`,
	options: { concurrency: 1 },
});

/**
 * The live bindings of a simulator app in one mode.
 * @param {{ sim: any }} env
 * @param {{ appKey: string }} [app]
 * @param {string} [mode]
 */
const liveBindings = (env, app = APPS.axb, mode = 'AXB') =>
	env.sim.state.liveBindings(env.sim.state.apps.get(app.appKey), mode);

/** `n` empty input items. */
const items = (n) => Array.from({ length: n }, () => ({ json: {} }));

module.exports = {
	APPS,
	axbCreate,
	credentialsOf,
	items,
	jsonOf,
	liveBindings,
	privateNumber,
	useSimulator,
	voiceCall,
};
