// Workflows the end-to-end tests import into n8n besides the shipped examples.

/** Credential references as n8n stores them on nodes. */
const CREDENTIALS = {
	axb: {
		huaweiPrivateNumberApi: {
			id: 'hpnDemoAxbCred01',
			name: 'Huawei Private Number (demo AXB app)',
		},
	},
	ax: {
		huaweiPrivateNumberApi: { id: 'hpnE2eAxCred0001', name: 'Huawei Private Number (demo AX app)' },
	},
	x: {
		huaweiPrivateNumberApi: { id: 'hpnDemoXCred00001', name: 'Huawei Private Number (demo X app)' },
	},
	voice: { huaweiVoiceCallApi: { id: 'hpnDemoVoiceCred1', name: 'Huawei Voice Call (demo app)' } },
};

/** Node types as n8n names the nodes of an installed community package: `<package>.<node>`. */
const TYPES = {
	privateNumber: 'n8n-nodes-huawei-private-number.huaweiPrivateNumber',
	PrivateNumberTrigger: 'n8n-nodes-huawei-private-number.huaweiPrivateNumberTrigger',
	VoiceCallTrigger: 'n8n-nodes-huawei-voice-call.huaweiVoiceCallTrigger',
};

const webhookId = (n) => `e2e00000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A workflow whose nodes run one after another. */
function chain(id, name, nodes) {
	const placed = nodes.map((node, i) => ({ id: `n${i}`, position: [i * 240, 0], ...node }));
	const connections = Object.fromEntries(
		placed
			.slice(0, -1)
			.map((node, i) => [
				node.name,
				{ main: [[{ node: placed[i + 1].name, type: 'main', index: 0 }]] },
			]),
	);
	return {
		id,
		name,
		nodes: placed,
		connections,
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

const trigger = (product, credentials, n, parameters) => ({
	name: 'Trigger',
	type: TYPES[`${product}Trigger`],
	typeVersion: 2,
	webhookId: webhookId(n),
	credentials,
	parameters: { options: {}, ...parameters },
});
const code = (name, jsCode) => ({
	name,
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	parameters: { jsCode },
});
const sink = (url) => ({
	name: 'Sink',
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	parameters: {
		method: 'POST',
		url,
		sendBody: true,
		specifyBody: 'json',
		jsonBody: '={{ JSON.stringify($json) }}',
		options: {},
	},
});
const done = { name: 'Done', type: 'n8n-nodes-base.noOp', typeVersion: 1, parameters: {} };

/** Trigger → HTTP Request to the sink, one POST per item in order (raw items: Simplify off). */
const sinkWorkflow = (id, product, credentials, n, sinkUrl, options = {}) =>
	chain(id, `e2e: ${product} pushes to sink`, [
		trigger(product, credentials, n, { simple: false, options }),
		sink(sinkUrl),
	]);

/** Not published: what the browser tests open in the editor. */
const editorWorkflow = {
	...chain('hpnE2eEditor0001', 'e2e: editor checks', [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
		{
			name: 'Get Binding',
			type: TYPES.privateNumber,
			typeVersion: 1,
			credentials: CREDENTIALS.axb,
			parameters: { resource: 'axbBinding', operation: 'get' },
		},
		{
			name: 'Update Binding',
			type: TYPES.privateNumber,
			typeVersion: 1,
			credentials: CREDENTIALS.axb,
			parameters: {
				resource: 'axbBinding',
				operation: 'update',
				subscriptionId: { __rl: true, mode: 'list', value: '' },
				updateFields: {},
			},
		},
	]),
};
editorWorkflow.nodes.push(
	{
		...trigger('PrivateNumber', CREDENTIALS.axb, 90, { events: ['fee'] }),
		name: 'On CDR',
		id: 'n9',
		position: [0, 300],
	},
	{
		...trigger('VoiceCall', CREDENTIALS.voice, 91, { events: ['fee'] }),
		name: 'On Voice CDR',
		id: 'n10',
		position: [0, 600],
	},
);

/** The e2e workflows, with the sink's base URL. */
function e2eWorkflows(sinkUrl) {
	return {
		pnSink: sinkWorkflow('hpnE2ePnSink0001', 'PrivateNumber', CREDENTIALS.axb, 1, `${sinkUrl}/pn`),
		vcSink: sinkWorkflow('hpnE2eVcSink0001', 'VoiceCall', CREDENTIALS.voice, 2, `${sinkUrl}/vc`),
		// SMS control answered with the trigger's fixed forward decision
		smsBlock: chain('hpnE2eSmsBlock01', 'e2e: SMS control answered by the trigger', [
			trigger('PrivateNumber', CREDENTIALS.ax, 3, {
				events: ['smsBlock'],
				smsBlockAction: 'forward',
				smsForwardTo: '139 0000 0555',
			}),
			done,
		]),
		// workflow answers that must fall back to the node's decision
		xFailing: chain('hpnE2eXFailing01', 'e2e: X callin, the workflow fails', [
			trigger('PrivateNumber', CREDENTIALS.x, 4, {
				events: ['callin'],
				blockAnswer: 'workflow',
				callinAction: 'connect',
				callinConnectTo: '+8613900000777',
			}),
			code('Fail', "throw new Error('the order service is down');"),
		]),
		xSlow: chain('hpnE2eXSlow00001', 'e2e: X callin, the workflow is too slow', [
			trigger('PrivateNumber', CREDENTIALS.x, 5, {
				events: ['callin'],
				blockAnswer: 'workflow',
				callinAction: 'connect',
				callinConnectTo: '+8613900000888',
				options: { answerWithinSeconds: 2 },
			}),
			{
				name: 'Wait',
				type: 'n8n-nodes-base.wait',
				typeVersion: 1.1,
				parameters: { amount: 5, unit: 'seconds' },
			},
			code(
				'Late Answer',
				"return [{ json: { operation: 'connect', connectTo: '+8613900000111' } }];",
			),
		]),
		xInvalid: chain('hpnE2eXInvalid01', 'e2e: X callin, the workflow answers nonsense', [
			trigger('PrivateNumber', CREDENTIALS.x, 6, {
				events: ['callin'],
				blockAnswer: 'workflow',
				callinAction: 'close',
			}),
			code(
				'Nonsense',
				"return [{ json: { operation: 'connect', connectTo: '<script>alert(1)</script>', userData: { order: 42 } } }];",
			),
		]),
	};
}

module.exports = { CREDENTIALS, TYPES, e2eWorkflows, editorWorkflow, chain, trigger, code, sink };
