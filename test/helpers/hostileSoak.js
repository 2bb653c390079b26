// Hostile input for the newer features, generated: workflow answers to Block pushes built from
// parts that are each well-formed or not, and binding lists from a platform that answers badly.
// Whether an answer should be obeyed is decided here, from how it was built, not by the node: an
// answer is a decision only when every part of it is. Counts what must stay 0: answers obeyed that
// should have fallen back, list entries offered without a usable ID, searches that did not end,
// entries offered twice in one search.
const {
	HuaweiPrivateNumber,
} = require('../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node.ts');
const {
	HuaweiPrivateNumberTrigger,
} = require('../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node.ts');
const { sendAuthenticated } = require('./n8nContext');
const { APPS } = require('./simulator');
const { startStubServer, json } = require('./stubServer');
const { startTrigger, triggerCredentials } = require('./triggerHarness');
const { signed } = require('./triggerPushes');

/** A small deterministic random source, so that a failing soak can be run again as it was. */
function random(seed) {
	let state = seed >>> 0 || 1;
	const next = () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
	const pick = (list) => list[Math.floor(next() * list.length)];
	/** A part of an answer: well-formed two times in three, so that whole answers are often valid too. */
	const part = (list) => {
		const wanted = next() < 0.67;
		const matching = list.filter(([, ok]) => ok === wanted);
		return pick(matching.length ? matching : list);
	};
	return { next, pick, part };
}

const X = '+8617050000001';
const FALLBACK_TO = '+8613900000777';
const SMS_FALLBACK_TO = '+8613900000555';

/** Parts of an answer, each [value, well-formed?]; `undefined` leaves the field out. */
const PARTS = {
	callOperation: [
		['connect', true],
		['CONNECT', true],
		['close', true],
		[['connect'], false],
		[{ toString: () => 'connect' }, false],
		[42, false],
		[null, false],
		['transfer', false],
		[undefined, false],
	],
	smsOperation: [
		['forward', true],
		['discard', true],
		['Discard', true],
		[['discard'], false],
		[{ toString: () => 'forward' }, false],
		[true, false],
		['drop', false],
	],
	phone: [
		['+8613900000111', true],
		['139 0000 0111', true],
		[13900000111, true],
		[-13900000111, false],
		['-13900000111', false],
		['1390000011a', false],
		['<script>', false],
		['139\r\n0000\n0111', false],
		['\ufeff13900000111', false],
		['139\u00a00000\u00a00111', false],
		['+-139 0000 0111', false],
		[1390000011.1, false],
		[{ n: 1 }, false],
		[['+8613900000111'], false],
		[null, false],
		[undefined, false],
	],
	userData: [
		[undefined, true],
		['order-1', true],
		['a\nb', false],
		['a\rb', false],
		['{x}', false],
		[{ order: 1 }, false],
		[['x'], false],
		[7, false],
	],
	maxDuration: [
		[undefined, true],
		[30, true],
		['30', true],
		[0, true],
		[7200, false],
		[-1, false],
		[1.5, false],
		[[30], false],
		['thirty', false],
	],
	recordFlag: [
		[undefined, true],
		[true, true],
		['false', true],
		['yes', false],
		[1, false],
		[{}, false],
	],
	/** How the answer is put together: flat, in Huawei's shape, or around it. */
	shape: [
		['flat', true],
		['huawei', true],
		['inherited', false],
		['instance', false],
		['twoActions', false],
		['text', false],
		['mixed', false],
		['throwing', false],
	],
};

/** The answer with its operation behind a getter that throws (as a getter or a Proxy may). */
const throwing = (answer) =>
	Object.defineProperty({ ...answer }, 'operation', {
		enumerable: true,
		get() {
			throw new Error('unreadable');
		},
	});

const set = (target, key, value) => (value === undefined ? target : { ...target, [key]: value });

/** One generated answer to an X-mode call, and whether it is a decision. */
function callAnswer(r) {
	const [operation, opOk] = r.part(PARTS.callOperation);
	const [to, toOk] = r.part(PARTS.phone);
	const [userData, udOk] = r.part(PARTS.userData);
	const [maxDuration, mdOk] = r.part(PARTS.maxDuration);
	const [recordFlag, rfOk] = r.part(PARTS.recordFlag);
	const [shape, shapeOk] = r.part(PARTS.shape);
	const closing = opOk && String(operation).toLowerCase() === 'close';
	let fields = set({}, 'userData', userData);
	if (!closing) fields = set(set(fields, 'maxDuration', maxDuration), 'recordFlag', recordFlag);
	let valid = opOk && shapeOk && udOk && (closing || (toOk && mdOk && rfOk));
	// Two connectInfo entries leave the callee unknown; a close needs no callee, so it still stands.
	if (shape === 'twoActions') valid = closing;
	let answer;
	if (shape === 'huawei' && !closing) answer = set({}, 'operation', operation);
	else answer = set(closing ? fields : set(fields, 'connectTo', to), 'operation', operation);
	if (shape === 'huawei' && !closing) answer.connectInfo = set(fields, 'calleeNum', to);
	if (shape === 'inherited') answer = Object.assign(Object.create(answer), {});
	if (shape === 'instance') answer = Object.assign(new (class Answer {})(), answer);
	if (shape === 'twoActions')
		answer = { connectInfo: [{ calleeNum: to }, { calleeNum: to }], operation };
	if (shape === 'text') answer = String(operation);
	// Huawei's nested form beside a flat field it would silently override.
	if (shape === 'mixed')
		answer = closing
			? { operation, closeInfo: {}, userData: 'order-1' }
			: { operation, connectInfo: set({}, 'calleeNum', to), maxDuration: 30 };
	if (shape === 'throwing') answer = throwing(answer);
	return { answer, valid, kind: 'call' };
}

/** One generated answer to an SMS control push, and whether it is a decision. */
function smsAnswer(r) {
	const [operation, opOk] = r.part(PARTS.smsOperation);
	const [to, toOk] = r.part(PARTS.phone);
	const [userData, udOk] = r.part(PARTS.userData);
	const [shape, shapeOk] = r.part(PARTS.shape);
	const discarding = opOk && String(operation).toLowerCase() === 'discard';
	const valid = opOk && shapeOk && (discarding || (toOk && udOk));
	let action = set(set({}, 'operation', operation), 'userData', userData);
	if (!discarding)
		action =
			shape === 'huawei'
				? set(action, 'message', to === undefined ? undefined : { called: to })
				: set(action, 'forwardTo', to);
	let answer = shape === 'huawei' ? { actions: [action] } : action;
	if (shape === 'inherited') answer = Object.create(answer);
	if (shape === 'instance') answer = Object.assign(new (class Answer {})(), answer);
	if (shape === 'twoActions') answer = { actions: [action, action] };
	if (shape === 'text') answer = String(operation);
	if (shape === 'mixed') answer = { actions: [action], userData: 'order-1' };
	if (shape === 'throwing') answer = throwing(action);
	return { answer, valid, kind: 'sms' };
}

/** Whether Huawei got the node's fallback (the decision set on the trigger). */
function isFallback(kind, body) {
	return kind === 'call'
		? body.operation === 'connect' && body.connectInfo?.calleeNum === FALLBACK_TO
		: body.actions?.[0]?.message?.called === SMS_FALLBACK_TO;
}

async function soakAnswers(r, count) {
	let answer;
	const trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
		credentials: triggerCredentials(APPS.x),
		params: {
			events: ['callin', 'smsBlock'],
			blockAnswer: 'workflow',
			callinAction: 'connect',
			callinConnectTo: FALLBACK_TO,
			smsBlockAction: 'forward',
			smsForwardTo: SMS_FALLBACK_TO,
			options: { answerWithinSeconds: 2 },
		},
		workflow: () => answer,
	});
	const figures = {
		answers: 0,
		invalidAnswers: 0,
		obeyedThatShouldHaveFallenBack: 0,
		validNotObeyed: 0,
	};
	try {
		for (let i = 0; i < count; i++) {
			const generated = r.next() < 0.5 ? callAnswer(r) : smsAnswer(r);
			answer = generated.answer;
			const push =
				generated.kind === 'call'
					? {
							eventType: 'callin',
							statusInfo: {
								sessionId: `s-${i}`,
								timestamp: '2026-11-25 10:00:00',
								caller: '+8613800000001',
								called: X,
								notifyMode: 'Block',
							},
						}
					: {
							appKey: APPS.x.appKey,
							smsEvent: {
								smsIdentifier: `m-${i}`,
								notificationMode: 'Block',
								calling: '+8613800000003',
								virtualNumber: X,
								event: 'Text SMS',
								timeStamp: '2026-11-25T10:00:00.000Z',
							},
						};
			const { body } = await trigger.pushDirect(push, signed({}, APPS.x));
			const fellBack = isFallback(generated.kind, JSON.parse(body));
			figures.answers += 1;
			if (!generated.valid) figures.invalidAnswers += 1;
			if (!generated.valid && !fellBack) figures.obeyedThatShouldHaveFallenBack += 1;
			// A valid answer may name the fallback's own number; only a different one counts.
			if (generated.valid && fellBack && !JSON.stringify(generated.answer).includes('777'))
				figures.validNotObeyed += 1;
		}
	} finally {
		await trigger.close();
	}
	return figures;
}

/** List entries, each [entry, usable?]: usable means an ID the platform gave as 1-64 characters of text. */
const ENTRIES = [
	[
		(i) => ({
			subscriptionId: `ok-${i}`,
			callerNum: '+8613800000001',
			calleeNum: '+8613900000001',
		}),
		true,
	],
	[() => ({ subscriptionId: null }), false],
	[() => ({ subscriptionId: { id: 1 } }), false],
	[() => ({ subscriptionId: '' }), false],
	[() => ({ subscriptionId: 'x'.repeat(65) }), false],
	[() => ({ subscriptionId: 12345 }), false],
	[() => ({ callerNum: '+8613800000009' }), false],
	[() => ({}), false],
	[() => null, false],
	[() => 'text', false],
	[
		(i) => ({
			subscriptionId: `odd-${i}`,
			callerNum: 'x\n'.repeat(50),
			userData: { toString: 1 },
		}),
		true,
	],
];
/** How the platform pages: one of these per search. */
const BEHAVIOURS = [
	'normal',
	'repeatPage',
	'repeatCursor',
	'endlessCursors',
	'hugePage',
	'goingRound',
];

async function soakSearches(r, count) {
	const node = new HuaweiPrivateNumber();
	const figures = {
		searches: 0,
		entriesOffered: 0,
		offeredWithoutUsableId: 0,
		searchesThatDidNotEnd: 0,
		offeredTwice: 0,
	};
	for (let i = 0; i < count; i++) {
		const behaviour = r.pick(BEHAVIOURS);
		const axe = r.next() < 0.5;
		const pageSize = behaviour === 'hugePage' ? 20_000 : 1 + Math.floor(r.next() * 120);
		const usableIds = new Set();
		const pageOf = (n) =>
			Array.from({ length: pageSize }, (_, k) => {
				const [make, usable] = r.pick(ENTRIES);
				const entry = make(`${n}-${k}`);
				if (usable) usableIds.add(entry.subscriptionId);
				return entry;
			});
		const fixed = pageOf(0);
		const second = pageOf(1);
		const stub = await startStubServer((_req, res, n) => {
			let list = behaviour === 'repeatPage' || behaviour === 'hugePage' ? fixed : pageOf(n);
			let cursor = behaviour === 'repeatCursor' ? 'c-1' : `c-${n}`;
			// Pages 1, 2, 1, 2… (AXB) and cursors c-0, c-1, c-0… (AXE).
			if (behaviour === 'goingRound') [list, cursor] = [n % 2 ? second : fixed, `c-${n % 2}`];
			json(
				res,
				200,
				axe
					? {
							resultcode: '0',
							bindInfoList: list,
							nextCursor: behaviour === 'normal' && n > 3 ? '' : cursor,
						}
					: {
							resultcode: '0',
							relationNumList: list,
							totalCount: behaviour === 'normal' ? 4 * pageSize : 10_000_000,
						},
			);
		});
		try {
			const app = axe ? APPS.axe : APPS.axb;
			const credentials = {
				appKey: app.appKey,
				appSecret: app.appSecret,
				accessAddress: stub.url,
				authScheme: 'aksk',
			};
			const ctx = {
				getNode: () => ({
					id: 'n1',
					name: 'Huawei',
					type: 'huaweiPrivateNumber',
					typeVersion: 1,
					parameters: {},
				}),
				getNodeParameter: (_name, fallback) => fallback,
				getCredentials: async () => credentials,
				helpers: {
					httpRequestWithAuthentication: (type, options) =>
						sendAuthenticated(type, credentials, options, []),
				},
			};
			const method = node.methods.listSearch[axe ? 'searchAxeBindings' : 'searchAxbBindings'];
			let token;
			let answers = 0;
			const offered = new Set();
			do {
				const page = await method.call(ctx, '+8617010000001', token);
				for (const result of page.results) {
					figures.entriesOffered += 1;
					if (!usableIds.has(result.value)) figures.offeredWithoutUsableId += 1;
					if (offered.has(result.value)) figures.offeredTwice += 1;
					offered.add(result.value);
				}
				token = page.paginationToken;
				answers += 1;
			} while (token && answers < 500);
			if (token) figures.searchesThatDidNotEnd += 1;
			figures.searches += 1;
		} finally {
			await stub.close();
		}
	}
	return figures;
}

/** Runs both soaks; `seed` makes a run repeatable. */
async function runHostileSoak({ answers = 500, searches = 60, seed = 20261202 } = {}) {
	const r = random(seed);
	return { seed, ...(await soakAnswers(r, answers)), ...(await soakSearches(r, searches)) };
}

module.exports = { runHostileSoak };
