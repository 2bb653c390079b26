// A small stand-in for the `this` n8n hands a node, whose HTTP path is n8n's own: the credential's
// real `authenticate` followed by the request function n8n 2.41 uses (@n8n/backend-network).
const path = require('node:path');
const vm = require('node:vm');

const { HuaweiPrivateNumberApi } = require('../../credentials/HuaweiPrivateNumberApi.credentials');
const { HuaweiVoiceCallApi } = require('../../credentials/HuaweiVoiceCallApi.credentials');

const { httpRequest } = require(
	path.join(path.dirname(require.resolve('@n8n/backend-network')), 'http/axios/request.js'),
);

const CREDENTIAL_CLASSES = {
	huaweiPrivateNumberApi: HuaweiPrivateNumberApi,
	huaweiVoiceCallApi: HuaweiVoiceCallApi,
};

function credentialType(name) {
	const Credential = CREDENTIAL_CLASSES[name];
	if (!Credential) throw new Error(`unknown credential type ${name}`);
	return new Credential();
}

/** Sends one request the way n8n does for a node using credential `type`. */
async function sendAuthenticated(type, credentials, options, sent = []) {
	const signed = await credentialType(type).authenticate(credentials, { ...options });
	sent.push(signed);
	return httpRequest(signed);
}

function createRequestContext({
	credentials,
	node = { name: 'Huawei', type: 'test', typeVersion: 1, parameters: {} },
}) {
	const sent = [];
	return {
		sent,
		getNode: () => node,
		helpers: {
			httpRequestWithAuthentication(type, options) {
				return sendAuthenticated(type, credentials, options, sent);
			},
		},
	};
}

/** Resolves `={{ … }}` strings (in objects too) as plain JavaScript over `$credentials`: a stand-in for n8n's expression engine, which the e2e tests exercise for real. */
function resolveExpressions(value, credentials) {
	if (typeof value === 'string') {
		const match = /^=\{\{([\s\S]*)\}\}$/.exec(value);
		if (!match) return value;
		return vm.runInNewContext(`(${match[1]})`, { $credentials: credentials });
	}
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [key, resolveExpressions(inner, credentials)]),
		);
	}
	return value;
}

/**
 * Runs a credential's declarative `test` the way n8n's CredentialsTester does: resolve
 * its expressions, authenticate, send; a non-2xx answer (unless the request ignores HTTP
 * status errors) becomes the first matching `responseCode` rule's message or the status text; a
 * connection error becomes its code; a body matching a `responseSuccessBody` rule gives its message.
 */
async function runCredentialTest(type, credentials) {
	const { request, rules = [] } = credentialType(type).test;
	let resolved;
	try {
		resolved = resolveExpressions(request, credentials);
	} catch (error) {
		// n8n's credential tester reports an error of the test request's expressions by its message.
		return { status: 'Error', message: error.message };
	}
	let body;
	try {
		body = await sendAuthenticated(type, credentials, { ...resolved, json: true });
	} catch (error) {
		const response = error.response;
		if (response) {
			const rule = rules.find(
				(r) => r.type === 'responseCode' && r.properties.value === response.status,
			);
			if (rule) return { status: 'Error', message: rule.properties.message };
			return {
				status: 'Error',
				message: response.statusText || `Received HTTP status code: ${response.status}`,
			};
		}
		if (error.code) return { status: 'Error', message: error.code };
		return { status: 'Error', message: error.message };
	}
	for (const rule of rules.filter((r) => r.type === 'responseSuccessBody')) {
		if (body?.[rule.properties.key] === rule.properties.value)
			return { status: 'Error', message: rule.properties.message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}

module.exports = { createRequestContext, runCredentialTest, sendAuthenticated };
