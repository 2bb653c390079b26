'use strict';
// Runs a node's execute() the way n8n calls it: parameters per item (with the description's
// defaults for anything not set), credentials through the credential's own authenticate and
// n8n's request function, continueOnFail, and binary data preparation.
const path = require('node:path');

const { sendAuthenticated } = require('./n8nContext');

const { httpRequest } = require(
	path.join(path.dirname(require.resolve('@n8n/backend-network')), 'http/axios/request.js'),
);

/** n8n's displayOptions check: a value (or any entry of a multi-options value) meets one condition. */
function meets(condition, value) {
	if (condition && typeof condition === 'object' && condition._cnd) {
		const [op, target] = Object.entries(condition._cnd)[0];
		return (
			{
				eq: value === target,
				gte: value >= target,
				lte: value <= target,
				gt: value > target,
				lt: value < target,
			}[op] ?? false
		);
	}
	return condition === value;
}

function visible(property, values) {
	const show = property.displayOptions?.show ?? {};
	return Object.entries(show).every(([key, allowed]) => {
		const actual = Array.isArray(values[key]) ? values[key] : [values[key]];
		return actual.some((value) => allowed.some((condition) => meets(condition, value)));
	});
}

/** The value n8n would hand the node for `name`: the given one, else the default of the visible property. */
function resolveParameter(description, given, name) {
	if (name in given) return given[name];
	const values = { ...given };
	for (const property of description.properties) {
		if (!(property.name in values) && visible(property, values))
			values[property.name] = property.default;
	}
	const property = description.properties.find((p) => p.name === name && visible(p, values));
	return property ? property.default : undefined;
}

/** `={{ $json }}` and `={{ $json.a.b }}` as n8n resolves them for an item; any other value as it is. */
function resolveItemExpression(value, json) {
	const match = typeof value === 'string' && /^=\{\{\s*\$json((?:\.\w+)*)\s*\}\}$/.exec(value);
	if (!match) return value;
	return match[1]
		.split('.')
		.filter(Boolean)
		.reduce((current, key) => (current == null ? undefined : current[key]), json);
}

/**
 * params: an object of parameter values for every item, or a function (itemIndex) → object.
 * Returns { output, sent } where output is the node's return value and sent every signed request.
 * @param {new () => any} NodeClass
 * @param {object} run
 * @param {Record<string, any>} run.credentials
 * @param {string} [run.credentialType] default: the node's first credential
 * @param {Array<{ json: Record<string, any> }>} [run.items]
 * @param {Record<string, any> | ((itemIndex: number) => Record<string, any>)} run.params
 * @param {boolean} [run.continueOnFail]
 * @param {number} [run.typeVersion] default: the node's default version
 * @param {string} [run.mode] the execution's mode (default 'webhook', as a production run)
 * @param {string} [run.workflowId]
 * @param {any} [run.processed] n8n's de-duplication table (createProcessedStore)
 */
async function runNode(
	NodeClass,
	{
		credentials,
		credentialType,
		items = [{ json: {} }],
		params,
		continueOnFail = false,
		typeVersion,
		mode = 'webhook',
		workflowId = 'wf-1',
		processed,
	},
) {
	const node = new NodeClass();
	const description = node.description;
	const version = typeVersion ?? description.defaultVersion ?? description.version;
	const type = credentialType ?? description.credentials[0].name;
	const sent = [];
	const paramsFor = (i) => (typeof params === 'function' ? params(i) : params);
	const ctx = {
		getInputData: () => items,
		getNode: () => ({
			id: 'n1',
			name: description.defaults.name,
			type: description.name,
			typeVersion: version,
			// values that differ per item are expressions in n8n: none of them is stored as it is
			parameters: typeof params === 'function' ? {} : paramsFor(0),
		}),
		getNodeParameter(name, itemIndex, fallback) {
			// n8n's contexts are classes: a method called without its context fails there too.
			if (this !== ctx) throw new TypeError('getNodeParameter was called without its context');
			const value = resolveParameter(
				description,
				{ '@version': version, ...paramsFor(itemIndex) },
				name,
			);
			if (value === undefined) {
				if (fallback !== undefined) return fallback;
				throw new Error(`Could not get parameter "${name}"`);
			}
			return resolveItemExpression(value, items[itemIndex]?.json ?? {});
		},
		continueOnFail: () => continueOnFail,
		getMode: () => mode,
		getWorkflow: () => ({ id: workflowId }),
		getCredentials: async (name) => {
			if (name !== type) throw new Error(`node has no credential ${name}`);
			return credentials;
		},
		helpers: {
			httpRequestWithAuthentication: (name, options) =>
				sendAuthenticated(name, credentials, options, sent),
			httpRequest: (options) => httpRequest(options),
			...processed?.helpers(`${workflowId}|n:n1`),
			prepareBinaryData: async (buffer, fileName, mimeType) => ({
				data: buffer.toString('base64'),
				fileName,
				mimeType,
				fileSize: String(buffer.length),
			}),
		},
	};
	const output = await node.execute.call(ctx);
	return { output, sent };
}

module.exports = { runNode, resolveParameter };
