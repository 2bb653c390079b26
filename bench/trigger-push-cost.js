// Per-push handling cost of the Private Number trigger (signature check, parsing, enrichment,
// de-duplication, answer) beside a bare JSON.parse of the same bodies, in one run, in-process.
// Usage: node bench/trigger-push-cost.js [pushes=20000]
require('../simulator/shared'); // registers TypeScript
const { buildAuthHeaders } = require('../nodes/shared/auth/signing');
const { HuaweiPrivateNumberTrigger } = require('../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node.ts');
const { resolveParameter } = require('../test/helpers/nodeHarness');

const count = Number(process.argv[2] ?? 20000);
const APP = { appKey: 'benchKey000000001', appSecret: 'benchSecret-0123456789abcdef' };
const node = new HuaweiPrivateNumberTrigger();
const params = { events: ['callin', 'callout', 'alerting', 'answer', 'disconnect', 'fee'] };

function cdr(i) {
	return { direction: 1, spId: 'sp', appKey: APP.appKey, icid: `icid-${i}`, bindNum: '+8617010000001', sessionId: `s-${i}`, subscriptionId: 'sub', callerNum: '+8613800000001', calleeNum: '+8617010000001', fwdDisplayNum: '+8617010000001', fwdDstNum: '+8613900000002', callInTime: '2026-11-22 05:00:00', fwdStartTime: '2026-11-22 05:00:03', fwdAlertingTime: '2026-11-22 05:00:04', fwdAnswerTime: '2026-11-22 05:00:09', callEndTime: '2026-11-22 05:01:09', fwdUnaswRsn: 0, ulFailReason: 0, sipStatusCode: 0, callOutUnaswRsn: 0, recordFlag: 0, ttsPlayTimes: 0, ttsTransDuration: 0, serviceType: '004', hostName: 'h' };
}

const pushes = Array.from({ length: count }, (_, i) => {
	const body = i % 6 === 5 ? { eventType: 'fee', feeLst: [cdr(i)] } : { eventType: params.events[i % 5], statusInfo: { sessionId: `s-${i}`, timestamp: '2026-11-22 05:00:00', caller: '+8613800000001', called: '+8617010000001' } };
	const raw = Buffer.from(JSON.stringify(body));
	return { raw, headers: Object.fromEntries(Object.entries(buildAuthHeaders(APP)).map(([k, v]) => [k.toLowerCase(), v])) };
});

function context(push) {
	const res = { status() { return this; }, type() { return this; }, json() {}, send() {}, end() {} };
	return {
		getRequestObject: () => ({ headers: push.headers, rawBody: push.raw, originalUrl: '/webhook/x' }),
		getResponseObject: () => res,
		getHeaderData: () => push.headers,
		getBodyData: () => JSON.parse(push.raw.toString('utf8')), // n8n's body parser work, counted on our side
		getNodeParameter: (name, fallback) => resolveParameter(node.description, params, name) ?? fallback,
		getCredentials: async () => APP,
		getNode: () => ({ id: 'bench', name: 'Trigger' }),
		getWorkflow: () => ({ id: 'bench' }),
		getNodeWebhookUrl: () => 'http://127.0.0.1/webhook/x',
	};
}

async function main() {
	const started = process.hrtime.bigint();
	let items = 0;
	for (const push of pushes) {
		const result = await node.webhook.call(context(push));
		items += result.workflowData?.[0].length ?? 0;
	}
	const triggerNs = Number(process.hrtime.bigint() - started);
	const parseStart = process.hrtime.bigint();
	let keys = 0;
	for (const push of pushes) keys += Object.keys(JSON.parse(push.raw.toString('utf8'))).length;
	const parseNs = Number(process.hrtime.bigint() - parseStart);
	process.stdout.write(
		[
			`${count} signed pushes (call events and 1-CDR fee pushes), ${items} items out (${keys} keys parsed):`,
			`  trigger webhook(): ${(triggerNs / count / 1000).toFixed(1)} µs per push`,
			`  bare JSON.parse:   ${(parseNs / count / 1000).toFixed(1)} µs per push`,
			`  ratio trigger/parse: ${(triggerNs / parseNs).toFixed(1)}`,
		].join('\n') + '\n',
	);
}

main();
