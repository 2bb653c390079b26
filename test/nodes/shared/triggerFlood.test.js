// A flood of pushes of every type at both triggers: call events of 1,200 Private Number calls and of
// 300 Voice Call click-to-call sessions (both legs), 50-CDR batches, SMS notifications and control
// requests, number status changes; 10 % of them re-pushed, and more than 10 % forged, replayed,
// stale or garbage. Every valid event must come out exactly once and nothing bad may get in.
const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const {
	HuaweiVoiceCallTrigger,
} = require('../../../nodes/HuaweiVoiceCallTrigger/HuaweiVoiceCallTrigger.node');
const {
	buildAuthHeaders,
	formatCreated,
	voiceCallPushDigest,
} = require('../../../nodes/shared/auth/signing');
const { APPS } = require('../../helpers/simulator');
const { startTrigger } = require('../../helpers/triggerHarness');

const PN = APPS.axb;
const VC = APPS.voice;
const PN_EVENTS = ['callin', 'callout', 'alerting', 'answer', 'disconnect'];
const time = (n) =>
	new Date(Date.UTC(2026, 10, 25, 0, 0, 0) + n * 1000).toISOString().replace('T', ' ').slice(0, 19);

/** Pushes as the platforms send them; each valid event carries a `flood` id to count it on the way out. */
function privateNumberPushes() {
	const pushes = [];
	for (let c = 0; c < 1200; c++) {
		const sessionId = `pn-${c}`;
		PN_EVENTS.forEach((eventType, e) => {
			pushes.push({
				body: {
					eventType,
					statusInfo: {
						sessionId,
						timestamp: time(c * 10 + e),
						caller: '+8613800000001',
						called: '+8617010000001',
						flood: `${sessionId}:${eventType}`,
					},
				},
				ids: [`${sessionId}:${eventType}`],
			});
		});
	}
	for (let batch = 0; batch < 20; batch++) {
		const feeLst = Array.from({ length: 50 }, (_, i) => ({
			sessionId: `pn-${batch * 50 + i}`,
			icid: `icid-${batch * 50 + i}`,
			callEndTime: time(batch),
			flood: `cdr-${batch * 50 + i}`,
		}));
		pushes.push({ body: { eventType: 'fee', feeLst }, ids: feeLst.map((cdr) => cdr.flood) });
	}
	for (let s = 0; s < 300; s++) {
		pushes.push({
			body: {
				appKey: PN.appKey,
				smsEvent: {
					smsIdentifier: `sms-${s}`,
					notificationMode: 'Notify',
					calling: '+8613800000001',
					called: '+8613900000002',
					virtualNumber: '+8617020000001',
					timeStamp: `2026-11-25T00:00:${String(s % 60).padStart(2, '0')}.000Z`,
					flood: `sms-${s}`,
				},
			},
			ids: [`sms-${s}`],
		});
	}
	for (let s = 0; s < 100; s++) {
		pushes.push({
			body: {
				appKey: PN.appKey,
				smsEvent: {
					smsIdentifier: `block-${s}`,
					notificationMode: 'Block',
					calling: '+8613800000001',
					virtualNumber: '+8617020000001',
					timeStamp: '2026-11-25T00:00:00.000Z',
					flood: `block-${s}`,
				},
			},
			ids: [`block-${s}`],
			block: true,
		});
	}
	// Each number changes status back and forth: every change is a new event.
	for (let n = 0; n < 50; n++) {
		for (const [step, status] of ['10', '5'].entries()) {
			const flood = `num-${n}-${step}`;
			pushes.push({
				body: {
					eventType: 'numStatus',
					numInfo: [
						{
							number: `+861701${String(n).padStart(7, '0')}`,
							status,
							...(status === '10' ? { cause: '2' } : {}),
							flood,
						},
					],
				},
				ids: [flood],
				ordered: true,
			});
		}
	}
	return pushes;
}

function voiceCallPushes() {
	const pushes = [];
	for (let c = 0; c < 300; c++) {
		const sessionId = `vc-${c}`;
		const legs = [
			['+8653159511234', '+8613800000001'],
			['+8675528880001', '+8613900000002'],
		];
		let clock = c * 20;
		for (const [leg, [caller, called]] of legs.entries()) {
			for (const eventType of ['callout', 'alerting', 'answer']) {
				const flood = `${sessionId}:${eventType}:${leg}`;
				pushes.push({
					body: {
						eventType,
						statusInfo: { sessionId, timestamp: time(clock++), caller, called, flood },
					},
					ids: [flood],
				});
			}
		}
		pushes.push({
			body: {
				eventType: 'disconnect',
				statusInfo: {
					sessionId,
					timestamp: time(clock),
					caller: legs[1][0],
					called: legs[1][1],
					stateCode: 0,
					flood: `${sessionId}:disconnect`,
				},
			},
			ids: [`${sessionId}:disconnect`],
		});
	}
	for (let batch = 0; batch < 6; batch++) {
		const feeLst = Array.from({ length: 50 }, (_, i) => ({
			sessionId: `vc-${batch * 50 + i}`,
			icid: `vc-icid-${batch * 50 + i}`,
			callEndTime: time(batch),
			flood: `vc-cdr-${batch * 50 + i}`,
		}));
		pushes.push({ body: { eventType: 'fee', feeLst }, ids: feeLst.map((cdr) => cdr.flood) });
	}
	return pushes;
}

const pnHeaders = (secret = PN.appSecret, created) =>
	buildAuthHeaders({ appKey: PN.appKey, appSecret: secret, created });
function vcHeaders(url, secret = VC.appSecret, created = formatCreated(new Date())) {
	const nonce = `N${Math.random().toString(36).slice(2)}`;
	const digest = voiceCallPushDigest(secret, url, nonce, created, '\n');
	return {
		Authorization: 'AKSK realm="SDP",profile="UsernameToken",type="Appkey"',
		'X-AKSK': `UsernameToken Username="${VC.appKey}",PasswordDigest="${digest}",Nonce="${nonce}",Created="${created}"`,
	};
}

/** A deterministic shuffle that keeps the `ordered` pushes (status changes of one number) in order. */
function interleave(pushes, seed = 7) {
	let state = seed;
	const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const free = pushes.filter((p) => !p.ordered).map((p) => [random(), p]);
	const ordered = pushes.filter((p) => p.ordered);
	const merged = free.sort((a, b) => a[0] - b[0]).map(([, p]) => p);
	ordered.forEach((push, i) =>
		merged.splice(Math.floor((i / ordered.length) * merged.length), 0, push),
	);
	return merged;
}

async function flood(trigger, pushes, signer) {
	const stats = { validPushes: 0, repushes: 0, attacks: 0, attacksAccepted: 0, validRefused: 0 };
	const sentValid = [];
	const send = async (body, headers) => trigger.pushDirect(body, headers);
	for (const [index, push] of interleave(pushes).entries()) {
		const headers = signer();
		const answer = await send(push.body, headers);
		stats.validPushes += 1;
		if (answer.status !== 200) stats.validRefused += 1;
		sentValid.push({ push, headers });
		// 10 % re-pushed by the platform (a new signature, the same body)
		if (index % 10 === 3 && !push.block && !push.ordered) {
			stats.repushes += 1;
			if ((await send(push.body, signer())).status !== 200) stats.validRefused += 1;
		}
		// more than 10 % attacks, in five kinds
		if (index % 8 === 5) {
			const earlier = sentValid[Math.floor(sentValid.length / 2)];
			const attack = {
				forged: () =>
					send(
						{
							eventType: 'callout',
							statusInfo: {
								sessionId: 'attack-forged',
								caller: '+8613800000001',
								called: '+8617010000001',
								flood: 'attack-forged',
							},
						},
						signer({ forged: true }),
					),
				replayed: () => send(earlier.push.body, earlier.headers),
				stale: () =>
					send(
						{
							eventType: 'disconnect',
							statusInfo: { sessionId: 'attack-stale', flood: 'attack-stale' },
						},
						signer({ stale: true }),
					),
				garbage: () => send('{"eventType": "fee", "feeLst": [', signer()),
				deep: () =>
					send(
						`{"eventType":"callout","statusInfo":{"sessionId":"attack-deep","flood":"attack-deep","x":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
						signer(),
					),
			}[['forged', 'replayed', 'stale', 'garbage', 'deep'][index % 5]];
			stats.attacks += 1;
			if ((await attack()).status === 200) stats.attacksAccepted += 1;
		}
	}
	return stats;
}

function tally(name, trigger, pushes, stats, heapBefore) {
	const expected = pushes.flatMap((p) => p.ids);
	const out = trigger.items().map((item) => item.flood);
	const unique = new Set(out);
	const lost = expected.filter((id) => !unique.has(id));
	const badIn = out.filter((id) => String(id).startsWith('attack')).length;
	const result = {
		pushes: stats.validPushes + stats.repushes + stats.attacks,
		validEventsIn: expected.length,
		itemsOut: out.length,
		lost: lost.length,
		duplicated: out.length - unique.size,
		badAccepted: badIn + stats.attacksAccepted,
		repushes: stats.repushes,
		attacks: stats.attacks,
		validRefused: stats.validRefused,
		heapGrowthMb: Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e5) / 10,
	};
	process.stdout.write(
		`flood ${name}: ${JSON.stringify(result)}${lost.length ? ` lost: ${lost.slice(0, 5).join(', ')}` : ''}\n`,
	);
	return result;
}

test('10,000+ pushes of every type: none lost, none duplicated, nothing bad accepted', async () => {
	const heapBefore = process.memoryUsage().heapUsed;
	const pn = await startTrigger(HuaweiPrivateNumberTrigger, {
		credentials: { appKey: PN.appKey, appSecret: PN.appSecret },
		params: { simple: false, smsBlockAction: 'discard' },
	});
	const vc = await startTrigger(HuaweiVoiceCallTrigger, {
		credentials: { appKey: VC.appKey, appSecret: VC.appSecret },
		params: { simple: false },
	});
	try {
		const pnPushes = privateNumberPushes();
		const vcPushes = voiceCallPushes();
		const stale = formatCreated(new Date(Date.now() - 20 * 60_000));
		/** @typedef {{ forged?: boolean, stale?: boolean }} Attack */
		const pnStats = await flood(pn, pnPushes, (/** @type {Attack} */ { forged, stale: old } = {}) =>
			pnHeaders(forged ? 'guessed-secret' : PN.appSecret, old ? stale : undefined),
		);
		const vcStats = await flood(vc, vcPushes, (/** @type {Attack} */ { forged, stale: old } = {}) =>
			vcHeaders(vc.url, forged ? 'guessed-secret' : VC.appSecret, old ? stale : undefined),
		);
		const pnResult = tally('Private Number', pn, pnPushes, pnStats, heapBefore);
		const vcResult = tally('Voice Call', vc, vcPushes, vcStats, heapBefore);
		expect(pnResult.pushes + vcResult.pushes).toBeGreaterThanOrEqual(10_000);
		expect(
			(pnResult.attacks + vcResult.attacks) / (pnResult.pushes + vcResult.pushes),
		).toBeGreaterThanOrEqual(0.1);
		for (const result of [pnResult, vcResult]) {
			expect(result).toMatchObject({ lost: 0, duplicated: 0, badAccepted: 0, validRefused: 0 });
			expect(result.itemsOut).toBe(result.validEventsIn);
		}
	} finally {
		await pn.close();
		await vc.close();
	}
}, 120_000);
