// What the end-to-end suites do over and over: post to a webhook, read what reached the sink.
const path = require('node:path');

const { request } = require('../../../scripts/runtime/http');
const { ensureRuntime } = require('../../../scripts/runtime/provision');
const { eventually } = require('../../helpers/simulator');

/** POSTs JSON to a URL; the status and the parsed answer. */
const post = async (url, body) => {
	const res = await request('POST', url, { body });
	return { status: res.status, body: res.data };
};

/** The bodies the sink received on `path`, in order. */
const sinkItems = (env, path) =>
	env.stack.sink.received.filter((r) => r.path === path).map((r) => r.body);

/** The simulator's AXB demo app. */
const axbApp = (env) => env.stack.sim.state.apps.get(env.stack.apps.axb.appKey);

/** A workflow's executions (newest first), once none of them is running any more. */
const finishedExecutions = (env, workflowId, atLeast = 1) =>
	eventually(async () => {
		const res = await env.stack.session.call(
			'GET',
			`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=20`,
		);
		const list = res.data.data.results ?? res.data.data;
		return list.length >= atLeast && list.every((e) => !['running', 'new'].includes(e.status))
			? list
			: undefined;
	}, 20_000);

/** One execution's full record as text (to look for what its nodes put out). */
const executionText = async (env, id) =>
	JSON.stringify((await env.stack.session.call('GET', `/rest/executions/${id}`)).data);

/** The names of the nodes an execution ran (n8n keeps its data flattened with `flatted`). */
async function nodesRun(env, id) {
	const n8nDir = path.dirname(ensureRuntime().n8nBin);
	const flatted = require(require.resolve('flatted', { paths: [n8nDir] }));
	const execution = (await env.stack.session.call('GET', `/rest/executions/${id}`)).data.data;
	return Object.keys(flatted.parse(execution.data).resultData.runData);
}

module.exports = { axbApp, executionText, finishedExecutions, nodesRun, post, sinkItems };
