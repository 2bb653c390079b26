// Field checks shared by every simulated API; each failure is 1010002 naming the field (or the
// `label` given, e.g. "playInfoList[1].collectInd" for a field inside a list).
const { invalid } = require('./http');

const E164 = /^\+[1-9]\d{6,14}$/;
const VOICE_FILE = /^[0-9A-Za-z._@-]+$/;

const absent = (value) => value === undefined || value === null || value === '';
/** Huawei's Java platform reads a JSON integer sent for a String field as its digits (areaMatchMode: 1). */
const asText = (value) => (Number.isSafeInteger(value) ? String(value) : value);

/** @typedef {{ required?: boolean, label?: string }} Common */

/** @typedef {Common & { min?: number, max?: number, pattern?: RegExp }} StrOptions */

/**
 * A string field of `min`-`max` characters, matching `pattern` if given.
 * @overload
 * @param {Record<string, any>} body
 * @param {string} field
 * @param {StrOptions & { required: true }} options
 * @returns {string}
 */
/**
 * @overload
 * @param {Record<string, any>} body
 * @param {string} field
 * @param {StrOptions} [options]
 * @returns {string | undefined}
 */
/** @param {Record<string, any>} body @param {string} field @param {StrOptions} [options] @returns {string | undefined} */
function str(body, field, { required = false, label = field, min = 1, max = 256, pattern } = {}) {
	const value = asText(body[field]);
	if (absent(value)) {
		if (required) throw invalid(label, 'is missing');
		return undefined;
	}
	if (typeof value !== 'string') throw invalid(label, 'must be a string');
	if (value.length > max || value.length < min)
		throw invalid(label, `must be ${min}-${max} characters`);
	if (pattern && !pattern.test(value)) throw invalid(label, 'has a wrong format');
	return value;
}

/**
 * A number in global format (`+` and country code).
 * @overload
 * @param {Record<string, any>} body
 * @param {string} field
 * @param {Common & { min?: number, max?: number, required: true }} options
 * @returns {string}
 */
/**
 * @overload
 * @param {Record<string, any>} body
 * @param {string} field
 * @param {Common & { min?: number, max?: number }} [options]
 * @returns {string | undefined}
 */
/** @param {Record<string, any>} body @param {string} field @param {Common & { min?: number, max?: number }} [options] */
function phone(body, field, options = {}) {
	return str(body, field, { max: 32, ...options, pattern: E164 });
}

/** The file name of an approved audio file (§1.3: digits, letters and the characters -_.@). */
const voiceFile = (body, field, /** @type {Common} */ options = {}) =>
	str(body, field, { ...options, max: 128, pattern: VOICE_FILE });

/** @typedef {Common & { min?: number, max?: number, fallback?: number }} IntOptions */

/**
 * An integer field (a JSON number or a string of digits) between `min` and `max`; `fallback` when absent.
 * @overload
 * @param {Record<string, any>} body
 * @param {string} field
 * @param {IntOptions & ({ required: true } | { fallback: number })} options
 * @returns {number}
 */
/**
 * @overload
 * @param {Record<string, any>} body
 * @param {string} field
 * @param {IntOptions} [options]
 * @returns {number | undefined}
 */
/** @param {Record<string, any>} body @param {string} field @param {IntOptions} [options] @returns {number | undefined} */
function int(body, field, { required = false, label = field, min, max, fallback } = {}) {
	let value = body[field];
	if (absent(value)) {
		if (required) throw invalid(label, 'is missing');
		return fallback;
	}
	if (typeof value === 'string' && /^-?\d+$/.test(value)) value = Number(value);
	if (!Number.isInteger(value)) throw invalid(label, 'must be an integer');
	if ((min !== undefined && value < min) || (max !== undefined && value > max))
		throw invalid(label, `must be between ${min} and ${max}`);
	return value;
}

/** @template T @param {Record<string, any>} body @param {string} field @param {T[]} values @param {Common & { fallback?: T }} [options] @returns {T | undefined} */
function oneOf(body, field, values, { required = false, label = field, fallback } = {}) {
	const value = asText(body[field]);
	if (absent(value)) {
		if (required) throw invalid(label, 'is missing');
		return fallback;
	}
	if (!values.includes(value))
		throw invalid(label, `must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
	return value;
}

/**
 * A "true"/"false" field, returned as that string. Huawei's own Java, Node and PHP demos send JSON
 * booleans for these fields, which the live platform evidently accepts.
 * @returns {'true' | 'false' | undefined}
 */
function bool(body, field, /** @type {Common} */ options = {}) {
	const value = body[field];
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return oneOf(body, field, /** @type {('true' | 'false')[]} */ (['true', 'false']), options);
}

/** Opaque customer data: up to 256 characters, no braces. */
function userData(body, field = 'userData', /** @type {Common} */ options = {}) {
	const label = options.label ?? field;
	const value = str(body, field, { ...options, label, max: 256 });
	if (value !== undefined && /[{}]/.test(value)) throw invalid(label, 'must not contain { or }');
	return value;
}

/**
 * A pre-connect tone pair (ApiPlayInfo: callerHintTone, calleeHintTone), returned as one object.
 * A variant of Huawei's Java AX demo sends it as [{callerHintTone}, {calleeHintTone}]
 * as well: the entries are merged.
 */
function playInfo(body, field) {
	const value = body[field];
	if (value === undefined || value === null) return undefined;
	const entries = Array.isArray(value) ? value : [value];
	if (entries.some((entry) => !entry || typeof entry !== 'object' || Array.isArray(entry)))
		throw invalid(field, 'must be an object (or an array of objects)');
	const merged = Object.assign({}, ...entries);
	const tone = (name) => voiceFile(merged, name, { label: `${field}.${name}` });
	return definedOnly({
		callerHintTone: tone('callerHintTone'),
		calleeHintTone: tone('calleeHintTone'),
	});
}

/** recordFlag "true" needs an app created with recording ("does not open recording function" otherwise). */
function recordingAllowed(app, recordFlag) {
	if (recordFlag === 'true' && !app.recording)
		throw invalid('recordFlag', 'needs recording: the app does not open recording function');
}

/** `fields` without the entries that are undefined (absent optional fields). */
const definedOnly = (/** @type {Record<string, any>} */ fields) =>
	Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));

module.exports = {
	str,
	phone,
	voiceFile,
	int,
	oneOf,
	bool,
	userData,
	playInfo,
	recordingAllowed,
	definedOnly,
};
