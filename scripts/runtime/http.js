// A small HTTP client for scripts and end-to-end tests (no global fetch: jest's environment does
// not always provide one). JSON bodies in and out; other bodies come back as text.
const http = require('node:http');

/**
 * @typedef {object} HttpResponse
 * @property {number} status
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {any} data the body parsed as JSON, else the text
 * @property {string} text
 */

/**
 * @param {string} method
 * @param {string} url
 * @param {{ body?: unknown, headers?: Record<string, string>, timeoutMs?: number }} [options] a
 *   string body is sent as it is, anything else as JSON
 * @returns {Promise<HttpResponse>}
 */
function request(method, url, { body, headers = {}, timeoutMs = 30_000 } = {}) {
	return new Promise((resolve, reject) => {
		const text =
			body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
		const req = http.request(
			url,
			{
				method,
				agent: false,
				headers: {
					Connection: 'close',
					...(text !== undefined
						? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) }
						: {}),
					...headers,
				},
			},
			(res) => {
				let data = '';
				res.setEncoding('utf8');
				res.on('data', (chunk) => (data += chunk));
				res.on('end', () => {
					let parsed;
					try {
						parsed = JSON.parse(data);
					} catch {
						parsed = data;
					}
					// A client response always has a status code.
					const status = /** @type {number} */ (res.statusCode);
					resolve({ status, headers: res.headers, data: parsed, text: data });
				});
			},
		);
		req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
		req.on('error', reject);
		req.end(text);
	});
}

module.exports = { request };
