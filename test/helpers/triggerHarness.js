'use strict';
// Serves a trigger node over real HTTP the way n8n runs it, so the simulator (or a test) can push to
// it: webhook() with n8n's request/response objects (JSON body parsed, raw body kept), then the
// node's execute() with the webhook's items and n8n's de-duplication helpers (backed by a shared
// in-memory "database", so two harnesses on one database behave like two webhook processes), and
// for workflow-decided answers n8n's lastNode response (the first item of what `workflow` returns).
const crypto = require('node:crypto');
const http = require('node:http');

const { resolveParameter } = require('./nodeHarness');
const { PRODUCT: PN_PRODUCT } = require('../../nodes/HuaweiPrivateNumberTrigger/product');

/** n8n's processed_data table: per scope context, the recorded hashes (oldest dropped beyond maxEntries). */
function createProcessedStore() {
	const rows = new Map();
	const hash = (value) => crypto.createHash('md5').update(String(value)).digest('base64');
	const rowOf = (context) => rows.get(context) ?? rows.set(context, []).get(context);
	return {
		rows,
		helpers: (context) => ({
			async checkProcessedAndRecord(items, _scope, options) {
				const row = rowOf(context);
				/** @type {{ new: unknown[], processed: unknown[] }} */
				const result = { new: [], processed: [] };
				for (const item of items) {
					const key = hash(item);
					if (row.includes(key)) result.processed.push(item);
					else {
						row.push(key);
						result.new.push(item);
					}
				}
				if (options.maxEntries && row.length > options.maxEntries)
					row.splice(0, row.length - options.maxEntries);
				return result;
			},
			async removeProcessed(items) {
				const row = rowOf(context);
				for (const item of items) {
					const index = row.indexOf(hash(item));
					if (index !== -1) row.splice(index, 1);
				}
			},
		}),
	};
}

const credentialId = (credentials) =>
	crypto.createHash('sha256').update(JSON.stringify(credentials)).digest('hex').slice(0, 16);

function fakeResponse(finish) {
	return {
		statusCode: 200,
		headers: {},
		status(code) {
			this.statusCode = code;
			return this;
		},
		type(value) {
			this.contentType = value;
			return this;
		},
		setHeader(name, value) {
			this.headers[name.toLowerCase()] = value;
			return this;
		},
		json(value) {
			finish(this.statusCode, value === undefined ? '' : JSON.stringify(value));
			return this;
		},
		send(text) {
			finish(this.statusCode, String(text), this.contentType ?? this.headers['content-type']);
			return this;
		},
		end() {
			finish(this.statusCode, '');
			return this;
		},
	};
}

/**
 * options: credentials, params (node parameters), typeVersion (default the node's default),
 * workflowId, processed (a shared store from createProcessedStore), mode ('webhook' | 'manual'),
 * workflow (items → last node output, for workflow-decided Block answers; may be async or throw),
 * logger (what n8n's logger gets, e.g. { warn }).
 */
async function startTrigger(NodeClass, options) {
	const {
		credentials,
		params = {},
		workflowId = `wf-${Math.random().toString(36).slice(2)}`,
		processed = createProcessedStore(),
	} = options;
	const node = new NodeClass();
	const description = node.description;
	const quiet = () => undefined;
	/** n8n's logger (options.logger: { warn, … } to see what the node logs). */
	const logger = { debug: quiet, info: quiet, warn: quiet, error: quiet, ...options.logger };
	const credentialType = description.credentials[0].name;
	const path = `/webhook/${description.webhooks[0].path}`;
	const executions = [];
	const answers = [];
	const state = {
		params,
		loseResponses: 0,
		loseRate: 0,
		workflow: options.workflow,
		mode: options.mode ?? 'webhook',
		typeVersion: options.typeVersion ?? description.defaultVersion ?? 1,
		rawBody: true,
	};
	const nodeInfo = () => ({
		id: 'trigger-node-1',
		name: description.defaults.name,
		type: description.name,
		typeVersion: state.typeVersion,
		parameters: state.params,
		// as in n8n, another credential has another id (the node caches credentials by id)
		credentials: {
			[credentialType]: { id: credentialId(state.credentials ?? credentials), name: 'Huawei' },
		},
	});
	const parameter = (name, fallback) =>
		resolveParameter(
			{ properties: description.properties },
			{ '@version': state.typeVersion, ...state.params },
			name,
		) ?? fallback;

	/** n8n's contexts are classes: their methods fail when called without them, as here. */
	const method = (fn) =>
		function (...args) {
			if (!this || typeof this !== 'object')
				throw new TypeError('a context method was called without its context');
			return fn(...args);
		};

	/** The webhook's response mode and data as n8n resolves them for the node's parameters. */
	function responseOptions() {
		const webhook = description.webhooks[0];
		const resolvers = webhook[Symbol.for('n8n.webhookDescriptionResolvers')] ?? {};
		const parameters = Object.fromEntries(
			description.properties.map((property) => [property.name, parameter(property.name)]),
		);
		const field = (name) => (resolvers[name] ? resolvers[name].resolve(parameters) : webhook[name]);
		return { responseMode: field('responseMode'), responseData: field('responseData') };
	}

	/** n8n's run of the workflow: the trigger's execute() with the webhook's items, then the "workflow". */
	async function runWorkflow(items) {
		let output = items;
		if (node.execute) {
			const ctx = {
				getInputData: () => items,
				getNodeParameter: method((name, _index, fallback) => parameter(name, fallback)),
				getMode: () => state.mode,
				getNode: nodeInfo,
				getWorkflow: () => ({ id: workflowId }),
				helpers: processed.helpers(`${workflowId}|n:trigger-node-1`),
			};
			[output] = await node.execute.call(ctx);
		}
		if (output.length) executions.push(output.map((item) => item.json));
		return output;
	}

	/** One push through webhook() (and the workflow), answered through `reply(status, text, type)`. */
	async function handle({ headers, rawBody, url, reply }) {
		let body = {};
		try {
			body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : {};
		} catch {
			body = {};
		}
		let answered;
		const finish = (status, text, type = 'application/json') => {
			if (answered) throw new Error('the response was written twice');
			answered = { status, body: text };
			answers.push(answered);
			reply(status, text, type);
		};
		const response = fakeResponse(finish);
		const ctx = {
			getRequestObject: () => ({
				headers,
				rawBody: state.rawBody ? rawBody : undefined,
				originalUrl: url,
				url,
				secure: false,
			}),
			getResponseObject: () => response,
			getHeaderData: () => headers,
			getBodyData: () => body,
			getNodeParameter: method(parameter),
			getCredentials: async (type) => {
				if (type !== credentialType) throw new Error(`node has no credential ${type}`);
				state.credentialReads = (state.credentialReads ?? 0) + 1;
				return state.credentials ?? credentials;
			},
			getNode: nodeInfo,
			getWorkflow: () => ({ id: workflowId }),
			getMode: () => state.mode,
			getNodeWebhookUrl: () => `http://127.0.0.1:${serverPort()}${path}`,
			logger,
		};
		try {
			const result = await node.webhook.call(ctx);
			if (!result.workflowData) return;
			if (result.noWebhookResponse) return void (await runWorkflow(result.workflowData[0]));
			const { responseMode, responseData } = responseOptions();
			if (responseMode === 'onReceived') {
				// n8n answers once the execution exists, then runs it.
				if (responseData === 'noData') finish(200, '');
				else finish(200, JSON.stringify(responseData));
				return void (await runWorkflow(result.workflowData[0]));
			}
			// lastNode: n8n answers with the first item of the last node, or 500 when the workflow fails.
			try {
				const output = await runWorkflow(result.workflowData[0]);
				const last = state.workflow
					? await state.workflow(output.map((item) => item.json))
					: output.map((item) => item.json);
				const first = Array.isArray(last) ? last[0] : last;
				if (first === undefined)
					response.status(500).json({ message: 'No item to return was found' });
				else response.status(200).json(first);
			} catch {
				response.status(500).json({ message: 'Error in workflow' });
			}
		} catch (error) {
			if (!answered) finish(500, JSON.stringify({ error: error.message }));
		}
	}

	const server = http.createServer((req, res) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const lose =
				state.loseResponses > 0 || (state.loseRate > 0 && Math.random() < state.loseRate);
			if (lose) state.loseResponses -= 1;
			const reply = (status, text, type) => {
				if (lose) return req.socket.destroy();
				res.writeHead(status, text ? { 'Content-Type': type } : {});
				res.end(text);
			};
			void handle({ headers: req.headers, rawBody: Buffer.concat(chunks), url: req.url, reply });
		});
	});
	const serverPort = () => /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	await /** @type {Promise<void>} */ (
		new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
	);
	const url = `http://127.0.0.1:${serverPort()}${path}`;
	return {
		url,
		/** The same path without HTTP (for floods): resolves with { status, body } once the workflow ran. */
		pushDirect: async (payload, headers) => {
			const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
			const lower = Object.fromEntries(
				Object.entries({ 'content-type': 'application/json;charset=UTF-8', ...headers }).map(
					([k, v]) => [k.toLowerCase(), v],
				),
			);
			/** @type {{ status: number, body: string } | undefined} */
			let answer;
			await handle({
				headers: lower,
				rawBody: Buffer.from(text),
				url: path,
				reply: (status, body) => (answer = { status, body }),
			});
			// The node answers every push (or handle() answers 500 for it).
			return /** @type {{ status: number, body: string }} */ (answer);
		},
		executions,
		answers,
		state,
		processed,
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
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(resolve);
			}),
	};
}

/** A trigger credential for `app` (pushes need no access address). */
const triggerCredentials = (app, extra = {}) => ({
	appKey: app.appKey,
	appSecret: app.appSecret,
	accessAddress: 'http://unused',
	authScheme: 'aksk',
	...extra,
});

/** Every event the Private Number trigger offers, as its Events list has them. */
const ALL_PN_EVENTS = PN_PRODUCT.events.map((event) => event.value);

module.exports = { startTrigger, createProcessedStore, triggerCredentials, ALL_PN_EVENTS };
