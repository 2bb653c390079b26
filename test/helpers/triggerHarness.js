// Serves a trigger node's webhook() over real HTTP the way n8n does (JSON body parsed, raw body
// kept, response object with status/json/send/end), so the simulator can push to it.
const http = require('node:http');

const { resolveParameter } = require('./nodeHarness');

async function startTrigger(NodeClass, { credentials, params = {}, workflowId = `wf-${Math.random().toString(36).slice(2)}` }) {
	const node = new NodeClass();
	const description = node.description;
	const path = `/webhook/${description.webhooks[0].path}`;
	const executions = [];
	const answers = [];
	const state = { params, loseResponses: 0, loseRate: 0 };
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			const rawBody = Buffer.concat(chunks);
			let body = {};
			try {
				body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
			} catch {
				body = {};
			}
			let answered;
			const lose = state.loseResponses > 0 || (state.loseRate > 0 && Math.random() < state.loseRate);
			if (lose) state.loseResponses -= 1;
			const finish = (status, text, type = 'application/json') => {
				answered = { status, body: text };
				if (lose) return req.socket.destroy();
				res.writeHead(status, text ? { 'Content-Type': type } : {});
				res.end(text);
			};
			const response = {
				statusCode: 200,
				status(code) {
					this.statusCode = code;
					return this;
				},
				type(value) {
					this.contentType = value;
					return this;
				},
				json(value) {
					finish(this.statusCode, JSON.stringify(value));
				},
				send(text) {
					finish(this.statusCode, String(text), this.contentType);
				},
				end() {
					finish(this.statusCode, '');
				},
			};
			const ctx = {
				getRequestObject: () => ({ headers: req.headers, rawBody, originalUrl: req.url, url: req.url, secure: false }),
				getResponseObject: () => response,
				getHeaderData: () => req.headers,
				getBodyData: () => body,
				getNodeParameter: (name, fallback) => resolveParameter(description, state.params, name) ?? fallback,
				getCredentials: async () => credentials,
				getNode: () => ({ id: 'trigger-node-1', name: description.defaults.name }),
				getWorkflow: () => ({ id: workflowId }),
				getNodeWebhookUrl: () => `http://127.0.0.1:${server.address().port}${path}`,
			};
			try {
				const result = await node.webhook.call(ctx);
				if (result.workflowData) executions.push(result.workflowData[0].map((item) => item.json));
				if (!answered && !result.noWebhookResponse) finish(200, JSON.stringify({ respondedBy: 'workflow' }));
				answers.push(answered);
			} catch (error) {
				answers.push({ status: 500, error: error.message });
				if (!answered) finish(500, JSON.stringify({ error: error.message }));
			}
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${server.address().port}${path}`;
	return {
		url,
		executions,
		answers,
		items: () => executions.flat(),
		setParams: (next) => {
			state.params = next;
		},
		loseNextResponses: (n) => {
			state.loseResponses = n;
		},
		/** Drops this share of answers after the node handled the push, so the platform re-pushes. */
		loseResponsesAtRate: (rate) => {
			state.loseRate = rate;
		},
		clear: () => {
			executions.length = 0;
			answers.length = 0;
		},
		close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
	};
}

module.exports = { startTrigger };
