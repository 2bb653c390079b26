// Field checks shared by every simulated API; each failure is 1010002 naming the field.
const { invalid } = require('./http');

const E164 = /^\+[1-9]\d{6,14}$/;

function str(body, field, { required = false, min = 1, max = 256, pattern, allowEmpty = false } = {}) {
	const value = body[field];
	if (value === undefined || value === null || (value === '' && !allowEmpty)) {
		if (required) throw invalid(field, 'is missing');
		return undefined;
	}
	if (typeof value !== 'string') throw invalid(field, 'must be a string');
	if (value.length > max || (value.length < min && !(allowEmpty && value === ''))) {
		throw invalid(field, `must be ${min}-${max} characters`);
	}
	if (pattern && !pattern.test(value)) throw invalid(field, 'has a wrong format');
	return value;
}

const phone = (body, field, options = {}) => str(body, field, { max: 32, ...options, pattern: E164 });

function int(body, field, { required = false, min, max, fallback } = {}) {
	let value = body[field];
	if (value === undefined || value === null || value === '') {
		if (required) throw invalid(field, 'is missing');
		return fallback;
	}
	if (typeof value === 'string' && /^-?\d+$/.test(value)) value = Number(value);
	if (!Number.isInteger(value)) throw invalid(field, 'must be an integer');
	if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
		throw invalid(field, `must be between ${min} and ${max}`);
	}
	return value;
}

function oneOf(body, field, values, { required = false, fallback } = {}) {
	const value = body[field];
	if (value === undefined || value === null || value === '') {
		if (required) throw invalid(field, 'is missing');
		return fallback;
	}
	if (!values.includes(value)) throw invalid(field, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
	return value;
}

const bool = (body, field, fallback) => oneOf(body, field, ['true', 'false'], { fallback });

function userData(body, field = 'userData') {
	const value = str(body, field, { max: 256 });
	if (value !== undefined && /[{}]/.test(value)) throw invalid(field, 'must not contain { or }');
	return value;
}

const voiceFile = (body, field, { required = false } = {}) => str(body, field, { required, max: 128, pattern: /^[0-9A-Za-z._@-]+$/ });

function object(body, field) {
	const value = body[field];
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'object' || Array.isArray(value)) throw invalid(field, 'must be an object');
	return value;
}

module.exports = { str, phone, int, oneOf, bool, userData, voiceFile, object };
