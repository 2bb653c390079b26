// A small HTTP client for scripts and end-to-end tests (no global fetch: jest's environment does
// not always provide one). JSON bodies in and out; other bodies come back as text.
const http = require('node:http');

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
					resolve({ status: res.statusCode, headers: res.headers, data: parsed, text: data });
				});
			},
		);
		req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
		req.on('error', reject);
		req.end(text);
	});
}

module.exports = { request };
