// Runs the action nodes against the simulator while it injects faults (connection resets and 5xx
// before the platform acts, lost answers after it acted, flow control), then compares what each
// output item says with what the platform really holds: duplicated bindings, orphaned bindings
// (created but unknown to the workflow), misreported outcomes (success without effect, or failure
// with effect), and honest "unknown" outcomes (a call that may have started: calls cannot be looked up).
const {
	HuaweiPrivateNumber,
} = require('../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node.ts');
const { HuaweiVoiceCall } = require('../../nodes/HuaweiVoiceCall/HuaweiVoiceCall.node.ts');
const { runNode } = require('./nodeHarness');
const { APPS, startTestSimulator, seedApps } = require('./simulator');

const X_NUMBERS = ['+8617010000001', '+8617010000002', '+8617010000003', '+8617010000004'];

/** The faults, 20 % of requests in all by default. */
const DEFAULT_FAULTS = { resetRate: 0.05, errorRate: 0.05, dropRate: 0.05, flowControlRate: 0.05 };

async function runSoak({
	bindings = 200,
	calls = 60,
	faults = DEFAULT_FAULTS,
	concurrency = 5,
} = {}) {
	const sim = await startTestSimulator();
	try {
		seedApps(sim, ['axb', 'voice']);
		const appOf = (app) => sim.state.apps.get(app.appKey);
		const credentials = (app) => ({
			appKey: app.appKey,
			appSecret: app.appSecret,
			accessAddress: sim.url,
			authScheme: 'aksk',
			allowUnauthorizedCerts: false,
		});
		const items = (n) => Array.from({ length: n }, () => ({ json: {} }));
		const axb = (operation, params, n) =>
			runNode(HuaweiPrivateNumber, {
				credentials: credentials(APPS.axb),
				continueOnFail: true,
				items: items(n),
				params: (i) => ({
					resource: 'axbBinding',
					operation,
					options: { concurrency },
					...params(i),
				}),
			}).then((r) => r.output[0].map((item) => item.json));
		const live = () => sim.state.liveBindings(appOf(APPS.axb), 'AXB');
		const pair = (i) => ({
			callerNum: `+86138${String(i).padStart(8, '0')}`,
			calleeNum: `+86139${String(i).padStart(8, '0')}`,
		});
		const report = {
			operations: 0,
			injectedFaults: 0,
			misreported: 0,
			duplicated: 0,
			orphaned: 0,
			unknown: 0,
			failedCorrectly: 0,
			problems: /** @type {string[]} */ ([]),
		};
		const misreport = (what) => {
			report.misreported += 1;
			report.problems.push(what);
		};

		sim.faults = { ...faults };
		// creates
		const created = await axb(
			'create',
			(i) => ({ ...pair(i), numberSource: 'number', relationNum: X_NUMBERS[i % X_NUMBERS.length] }),
			bindings,
		);
		report.operations += bindings;
		// updates of every created binding (the platform's value shows whether it happened)
		const known = created.map((out, i) => ({ out, i })).filter(({ out }) => out.subscriptionId);
		const updated = await axb(
			'update',
			(k) => ({
				subscriptionId: known[k].out.subscriptionId,
				updateFields: { userData: `u-${known[k].i}` },
			}),
			known.length,
		);
		report.operations += known.length;
		// deletes of every other created binding
		const doomed = known.filter((_, k) => k % 2 === 0);
		const deleted = await axb(
			'delete',
			(k) => ({ lookupBy: 'subscriptionId', subscriptionId: doomed[k].out.subscriptionId }),
			doomed.length,
		);
		report.operations += doomed.length;
		// calls (cannot be looked up: a lost answer is an honest "unknown")
		const voiceRun = await runNode(HuaweiVoiceCall, {
			credentials: credentials(APPS.voice),
			continueOnFail: true,
			items: items(calls),
			params: (i) => ({
				resource: 'verificationCode',
				operation: 'send',
				displayNbr: '+8653159511234',
				calleeNbr: `+86135${String(i).padStart(8, '0')}`,
				verifyCode: '1234',
				preTone: 'a.wav',
				options: { concurrency },
			}),
		});
		report.operations += calls;
		report.injectedFaults = sim.state.requestLog.filter((r) => r.fault || r.dropped).length;
		sim.faults = {};

		// compare with the platform
		const byPair = new Map();
		for (const binding of live()) {
			const key = `${binding.callerNum}|${binding.calleeNum}`;
			byPair.set(key, [...(byPair.get(key) ?? []), binding]);
		}
		const removed = new Set(doomed.map((d) => d.out.subscriptionId));
		created.forEach((out, i) => {
			const { callerNum, calleeNum } = pair(i);
			const onPlatform = byPair.get(`${callerNum}|${calleeNum}`) ?? [];
			if (onPlatform.length > 1) report.duplicated += onPlatform.length - 1;
			const deletedOk = removed.has(out.subscriptionId);
			if (out.subscriptionId) {
				if (!deletedOk && !onPlatform.some((b) => b.subscriptionId === out.subscriptionId))
					misreport(`create ${i}: success, no binding`);
			} else if (onPlatform.length) {
				report.orphaned += 1;
				if (out.details?.outcome === undefined)
					misreport(`create ${i}: reported failed, binding exists`);
			} else report.failedCorrectly += 1;
		});
		updated.forEach((out, k) => {
			const binding =
				live().find((b) => b.subscriptionId === known[k].out.subscriptionId) ??
				sim.state.bindings.get(known[k].out.subscriptionId);
			const changed = binding ? binding.userData === `u-${known[k].i}` : undefined;
			if (out.updated && changed === false) misreport(`update ${k}: success, unchanged`);
			if (!out.updated && changed === true && out.details?.outcome === undefined)
				misreport(`update ${k}: reported failed, changed`);
			if (!out.updated && out.details?.outcome) report.unknown += 1;
		});
		deleted.forEach((out, k) => {
			const stillThere = live().some((b) => b.subscriptionId === doomed[k].out.subscriptionId);
			if (out.deleted && stillThere) misreport(`delete ${k}: success, still there`);
			if (!out.deleted && !stillThere && out.details?.outcome === undefined)
				misreport(`delete ${k}: reported failed, gone`);
			if (!out.deleted && out.details?.outcome) report.unknown += 1;
		});
		voiceRun.output[0].forEach((item, i) => {
			const callee = `+86135${String(i).padStart(8, '0')}`;
			const placed = [...sim.state.sessions.values()].some((s) => s.request?.calleeNbr === callee);
			if (item.json.sessionId && !placed) misreport(`call ${i}: success, no call`);
			if (!item.json.sessionId && placed && item.json.details?.outcome === undefined)
				misreport(`call ${i}: reported failed, placed`);
			if (!item.json.sessionId && item.json.details?.outcome) report.unknown += 1;
		});
		return report;
	} finally {
		await sim.close();
	}
}

module.exports = { runSoak, DEFAULT_FAULTS };
