#!/usr/bin/env node
// `npm run bench:trigger`: the Private Number trigger's own work per push (signature check, replay
// memory, reading the body, items, de-duplication, answer), in-process, beside a bare JSON.parse of
// the same bodies, in one run: single call events and 50-CDR pushes.
// Usage: node bench/trigger-push-cost.js [pushes=5000]
require('./typescript');
const { buildAuthHeaders } = require('../nodes/shared/auth/signing.ts');
const {
	HuaweiPrivateNumberTrigger,
} = require('../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node.ts');

const count = Number(process.argv[2] ?? 5000);
const APP = { appKey: 'benchKey000000001', appSecret: 'benchSecret-0123456789abcdef' };
const node = new HuaweiPrivateNumberTrigger();
const PARAMS = {
	events: ['callin', 'callout', 'alerting', 'answer', 'disconnect', 'fee'],
	options: {},
	verifySignature: true,
	simple: true,
	blockAnswer: 'fixed',
};

const time = (n) =>
	new Date(Date.UTC(2026, 10, 25) + n * 1000).toISOString().replace('T', ' ').slice(0, 19);
const cdr = (n, i) => ({
	direction: 1,
	spId: 'sp',
	appKey: APP.appKey,
	icid: `icid-${n}-${i}`,
	bindNum: '+8617010000001',
	sessionId: `s-${n}-${i}`,
	subscriptionId: 'sub',
	callerNum: '+8613800000001',
	calleeNum: '+8617010000001',
	fwdDisplayNum: '+8617010000001',
	fwdDstNum: '+8613900000002',
	callInTime: time(n),
	fwdStartTime: time(n + 3),
	fwdAlertingTime: time(n + 4),
	fwdAnswerTime: time(n + 9),
	callEndTime: time(n + 69),
	fwdUnaswRsn: 0,
	ulFailReason: 0,
	sipStatusCode: 0,
	callOutUnaswRsn: 0,
	recordFlag: 1,
	recordStartTime: time(n + 9),
	recordDomain: 'ostor.example.com',
	recordBucketName: 'b',
	recordObjectName: `r-${n}-${i}.wav`,
	ttsPlayTimes: 0,
	ttsTransDuration: 0,
	mptyId: 'sub',
	serviceType: '004',
	hostName: 'h',
});

function pushes(kind, n) {
	return Array.from({ length: n }, (_, i) => {
		const body =
			kind === 'event'
				? {
						eventType: 'answer',
						statusInfo: {
							sessionId: `s-${kind}-${i}`,
							timestamp: time(i),
							caller: '+8613800000001',
							called: '+8617010000001',
							subscriptionId: 'sub',
						},
					}
				: { eventType: 'fee', feeLst: Array.from({ length: 50 }, (_, c) => cdr(i, c)) };
		const text = JSON.stringify(body);
		const headers = Object.fromEntries(
			Object.entries(buildAuthHeaders(APP)).map(([k, v]) => [k.toLowerCase(), v]),
		);
		return { text, raw: Buffer.from(text), body: JSON.parse(text), headers };
	});
}

/** What n8n hands the node: the request with n8n's parsed body and the raw bytes, plain parameters. */
function context(push) {
	const res = {
		status() {
			return this;
		},
		type() {
			return this;
		},
		json() {},
		send() {},
		end() {},
	};
	return {
		getRequestObject: () => ({
			headers: push.headers,
			rawBody: push.raw,
			body: push.body,
			originalUrl: '/webhook/x',
		}),
		getResponseObject: () => res,
		getHeaderData: () => push.headers,
		getBodyData: () => push.body,
		getNodeParameter: (name, fallback) => PARAMS[name] ?? fallback,
		getCredentials: async () => APP,
		getNode: () => ({
			id: 'bench',
			name: 'Trigger',
			typeVersion: 2,
			credentials: { huaweiPrivateNumberApi: { id: 'c1' } },
		}),
		getWorkflow: () => ({ id: 'bench' }),
		getMode: () => 'webhook',
		getNodeWebhookUrl: () => 'http://127.0.0.1/webhook/x',
	};
}

async function measure(kind, n) {
	const list = pushes(kind, n);
	for (const push of list.slice(0, 50)) await node.webhook.call(context(push)); // warm-up
	let items = 0;
	const started = process.hrtime.bigint();
	for (const push of list)
		items += (await node.webhook.call(context(push))).workflowData?.[0].length ?? 0;
	const triggerNs = Number(process.hrtime.bigint() - started);
	const parseStart = process.hrtime.bigint();
	let keys = 0;
	for (const push of list) keys += Object.keys(JSON.parse(push.text)).length;
	const parseNs = Number(process.hrtime.bigint() - parseStart);
	return {
		kind,
		n,
		items,
		keys,
		triggerUs: triggerNs / n / 1000,
		parseUs: parseNs / n / 1000,
		ratio: triggerNs / parseNs,
	};
}

async function main() {
	const rows = [
		await measure('event', count),
		await measure('cdrs', Math.max(200, Math.round(count / 10))),
	];
	for (const r of rows) {
		const label = r.kind === 'event' ? 'single call event' : '50-CDR push';
		process.stdout.write(
			`${label.padEnd(18)} ${String(r.n).padStart(6)} pushes, ${String(r.items).padStart(7)} items: trigger ${r.triggerUs.toFixed(1).padStart(7)} µs/push, JSON.parse ${r.parseUs.toFixed(1).padStart(6)} µs/push, ratio ${r.ratio.toFixed(2)}\n`,
		);
	}
}

main();
