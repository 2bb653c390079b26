// Response helpers and the platform's error envelope.
const { describeFailure } = require('./resultCodes');

class PlatformError extends Error {
	/**
	 * A failure the platform reports as `{resultcode, resultdesc}` with the table's HTTP status.
	 * @param {string} code
	 * @param {string} [detail]
	 */
	constructor(code, detail) {
		const { httpStatus, text } = describeFailure(code, detail);
		super(text);
		this.code = code;
		this.httpStatus = httpStatus;
	}
}

/** 1010002 naming the offending field, as the platform's resultdesc does. */
const invalid = (field, why = 'is invalid') => new PlatformError('1010002', `${field} ${why}.`);

function sendJson(res, status, body, headers = {}) {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json;charset=utf-8',
		'Content-Length': Buffer.byteLength(text),
		Connection: 'close',
		...headers,
	});
	res.end(text);
}

const success = (res, fields = {}) =>
	sendJson(res, 200, { resultcode: '0', resultdesc: 'Success', ...fields });

function sendError(res, error) {
	sendJson(res, error.httpStatus, { resultcode: error.code, resultdesc: error.message });
}

function readBody(req, limit = 1024 * 1024) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > limit) {
				reject(invalid('body', 'is too large'));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

module.exports = { PlatformError, invalid, sendJson, success, sendError, readBody };
