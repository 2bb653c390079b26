// A simulated day: hundreds of calls with every outcome, answers lost at random (so the platform
// re-pushes), pushes signed with a wrong secret, replays and garbage. The trigger must yield every
// valid event and CDR exactly once and nothing else.
const crypto = require('node:crypto');
const axios = require('axios');

const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { buildAuthHeaders } = require('../../../nodes/shared/auth/signing');
const {
	APPS,
	startTestSimulator,
	seedApps,
	adminFor,
	eventually,
} = require('../../helpers/simulator');
const { startTrigger } = require('../../helpers/triggerHarness');

const CALLS = 400;
const OUTCOMES = ['answer', 'answer', 'answer', 'busy', 'noAnswer', 'notExist', 'callerHangsUp'];

test(`a day of traffic: ${CALLS} calls, lost answers, bad signatures, replays and garbage`, async () => {
	const sim = await startTestSimulator();
	const trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
		credentials: { appKey: APPS.axb.appKey, appSecret: APPS.axb.appSecret },
		params: {
			events: ['callin', 'callout', 'alerting', 'answer', 'disconnect', 'fee'],
			simple: false,
		},
	});
	try {
		seedApps(sim, ['axb'], { axb: { callbacks: { status: trigger.url, fee: trigger.url } } });
		const app = /** @type {import('../../../simulator/state').SimApp} */ (
			sim.state.apps.get(APPS.axb.appKey)
		);
		const xs = [...app.numbers.keys()];
		for (let i = 0; i < CALLS; i++) {
			sim.state.addBinding(app, 'AXB', {
				relationNum: xs[i % xs.length],
				callerNum: `+86138${String(i).padStart(8, '0')}`,
				calleeNum: `+86139${String(i).padStart(8, '0')}`,
				recordFlag: i % 5 === 0 ? 'true' : 'false',
			});
		}
		trigger.loseResponsesAtRate(0.08);

		const admin = adminFor(sim);
		const send = (body, headers) =>
			axios.post(trigger.url, body, { headers, validateStatus: () => true }).then(
				(r) => r.status,
				() => 'answer lost',
			);
		const noise = async (i) => {
			const body = {
				eventType: 'disconnect',
				statusInfo: { sessionId: `forged-${i}`, stateCode: 0 },
			};
			const forged = buildAuthHeaders({ appKey: APPS.axb.appKey, appSecret: 'stolen-or-guessed' });
			const garbageHeaders = {
				...buildAuthHeaders({ appKey: APPS.axb.appKey, appSecret: APPS.axb.appSecret }),
				'Content-Type': 'application/json',
			};
			const statuses = [
				await send(body, forged),
				await send(crypto.randomBytes(40).toString('base64'), garbageHeaders),
			];
			const replay = sim.state.pushLog[Math.floor(Math.random() * sim.state.pushLog.length)];
			if (replay) statuses.push(await send(replay.body, replay.headers));
			return statuses;
		};
		const noiseStatuses = [];
		for (let start = 0; start < CALLS; start += 20) {
			const batch = [];
			for (let i = start; i < Math.min(CALLS, start + 20); i++) {
				const outcome = OUTCOMES[i % OUTCOMES.length];
				const caller =
					i % 9 === 0
						? `+86137${String(i).padStart(8, '0')}`
						: `+86138${String(i).padStart(8, '0')}`;
				batch.push(
					admin.call({ caller, called: xs[i % xs.length], outcome, talkSeconds: 10 + (i % 50) }),
				);
			}
			for (let k = 0; k < 5; k++)
				batch.push(noise(start + k).then((s) => noiseStatuses.push(...s)));
			await Promise.all(batch);
		}
		await eventually(() => sim.pusher.busy === 0, 30000);

		// What the platform tried to deliver: each push id once, whatever its retries.
		const delivered = new Map();
		for (const push of sim.state.pushLog) delivered.set(push.id, push.body);
		const expectedEvents = [...delivered.values()]
			.filter((b) => b.eventType !== 'fee')
			.map((b) => `${b.statusInfo.sessionId}:${b.eventType}`);
		const expectedCdrs = [...delivered.values()]
			.filter((b) => b.eventType === 'fee')
			.flatMap((b) => b.feeLst.map((c) => c.icid));
		const retried = sim.state.pushLog.filter((p) => p.attempt > 0).length;

		const items = trigger.items();
		const gotEvents = items
			.filter((i) => i.eventType !== 'fee')
			.map((i) => `${i.sessionId}:${i.eventType}`);
		const gotCdrs = items.filter((i) => i.eventType === 'fee').map((i) => i.icid);

		expect(retried).toBeGreaterThan(50);
		expect(expectedCdrs).toHaveLength(CALLS);
		expect(new Set(gotEvents).size).toBe(gotEvents.length);
		expect(new Set(gotCdrs).size).toBe(gotCdrs.length);
		expect(gotEvents.sort()).toEqual(expectedEvents.sort());
		expect(gotCdrs.sort()).toEqual(expectedCdrs.sort());
		expect(items.some((i) => String(i.sessionId).startsWith('forged-'))).toBe(false);
		expect(noiseStatuses.every((s) => s === 401 || s === 400 || s === 'answer lost')).toBe(true);
		expect(noiseStatuses.filter((s) => s === 401 || s === 400).length).toBeGreaterThan(200);
		process.stdout.write(
			`day of traffic: ${sim.state.pushLog.length} platform pushes (${retried} re-pushes), ${noiseStatuses.length} forged/garbage/replayed requests, ${items.length} items out\n`,
		);
	} finally {
		await trigger.close();
		await sim.close();
	}
}, 120000);
