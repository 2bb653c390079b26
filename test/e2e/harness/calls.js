// What the end-to-end suites do over and over: post to a webhook, read what reached the sink.
const { request } = require('../../../scripts/runtime/http');

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

module.exports = { axbApp, post, sinkItems };
