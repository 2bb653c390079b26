// AXE mode: A gets X plus an extension E; callers dial X then key in E (spec §4.3).
const { PlatformError, invalid } = require('../http');
const v = require('../validate');
const { pickNumber, ownNumber } = require('./numbers');

const URI = '/rest/caas/extendnumber/v1.0';
const URI_V2 = '/rest/caas/extendnumber/v2.0';
const COUNT_URI = '/rest/caas/virtualnumber/v1.0';
const FIRST_CURSOR = '0000000000000_0';
const LIFETIME_MAX = { 0: 43200, 1: 2592000 }; // hours / minutes: the same 1800 days

function lifetimeMs(timeUnit, amount) {
	if (!amount) return undefined;
	return amount * (timeUnit === '1' ? 60_000 : 3_600_000);
}

function optionalFields(body, timeUnit) {
	const fields = {
		displayNumMode: v.oneOf(body, 'displayNumMode', ['0', '1']),
		recordFlag: v.bool(body, 'recordFlag'),
		recordHintTone: v.voiceFile(body, 'recordHintTone'),
		callbackTone: v.voiceFile(body, 'callbackTone'),
		callbackNum: v.phone(body, 'callbackNum'),
		bindExpiredTime: v.int(body, 'bindExpiredTime', { min: 0, max: LIFETIME_MAX[timeUnit] }),
		callbackExpiredTime: v.int(body, 'callbackExpiredTime', {
			min: 0,
			max: LIFETIME_MAX[timeUnit],
		}),
		userData: v.userData(body),
	};
	if (fields.callbackTone && fields.callbackNum)
		throw invalid('callbackTone and callbackNum', 'are mutually exclusive');
	return v.definedOnly(fields);
}

function extensionPattern(app) {
	return new RegExp(`^\\d{${app.extensionLength}}$`);
}

function view(binding) {
	const keys = [
		'subscriptionId',
		'virtualNum',
		'extendNum',
		'bindNum',
		'displayNumMode',
		'recordFlag',
		'recordHintTone',
		'callbackTone',
		'callbackNum',
		'timeUnit',
		'bindExpiredTime',
		'callbackExpiredTime',
		'userData',
	];
	return Object.fromEntries(
		keys.filter((k) => binding[k] !== undefined).map((k) => [k, binding[k]]),
	);
}

function usedExtensions(state, app, x) {
	return new Set(
		state
			.liveBindings(app, 'AXE')
			.filter((b) => b.virtualNum === x)
			.map((b) => b.extendNum),
	);
}

function freeExtension(app, used) {
	const max = 10 ** app.extensionLength - 1;
	for (let n = 1; n <= max; n++) {
		const candidate = String(n).padStart(app.extensionLength, '0');
		if (!used.has(candidate)) return candidate;
	}
	return undefined;
}

function create({ state, app, body }) {
	const bindNum = v.phone(body, 'bindNum', { required: true });
	const virtualNum = v.phone(body, 'virtualNum');
	const areaCode = v.str(body, 'areaCode', { max: 32, pattern: /^\d{3,4}$/ });
	const areaMatchMode = v.oneOf(body, 'areaMatchMode', ['0', '1'], { fallback: '0' });
	const extendNum = v.str(body, 'extendNum', { max: 4, pattern: extensionPattern(app) });
	const timeUnit = v.oneOf(body, 'timeUnit', ['0', '1'], { fallback: '0' });
	const fields = optionalFields(body, timeUnit);
	v.recordingAllowed(app, fields.recordFlag);
	const hasRoom = (entry) => {
		const used = usedExtensions(state, app, entry.number);
		return extendNum ? !used.has(extendNum) : freeExtension(app, used) !== undefined;
	};
	const { entry, free } = pickNumber(app, {
		explicit: virtualNum,
		explicitField: 'virtualNum',
		areaCode,
		areaMatchMode,
		isFree: hasRoom,
	});
	if (!free) throw new PlatformError('1020167');
	const extension = extendNum ?? freeExtension(app, usedExtensions(state, app, entry.number));
	const binding = state.addBinding(app, 'AXE', {
		bindNum,
		virtualNum: entry.number,
		extendNum: extension,
		timeUnit,
		...fields,
		expiresAt: fields.bindExpiredTime
			? state.now() + lifetimeMs(timeUnit, fields.bindExpiredTime)
			: undefined,
	});
	return {
		subscriptionId: binding.subscriptionId,
		virtualNum: binding.virtualNum,
		extendNum: binding.extendNum,
	};
}

/** subscriptionId wins; otherwise virtualNum and extendNum together. */
function selected(state, app, source, { allowListOfX = false } = {}) {
	const subscriptionId = v.str(source, 'subscriptionId', { max: 64 });
	if (subscriptionId) {
		const binding = state.binding(app, 'AXE', subscriptionId);
		if (!binding) throw new PlatformError('1012007');
		return binding;
	}
	const virtualNum = v.phone(source, 'virtualNum');
	const extendNum = v.str(source, 'extendNum', { max: 4, pattern: /^\d{1,4}$/ });
	if (virtualNum && !extendNum && allowListOfX) return undefined;
	if (!virtualNum || !extendNum)
		throw invalid('virtualNum and extendNum', 'must be given together (or subscriptionId)');
	ownNumber(app, virtualNum);
	const binding = state
		.liveBindings(app, 'AXE')
		.find((b) => b.virtualNum === virtualNum && b.extendNum === extendNum);
	if (!binding) throw new PlatformError('1012007');
	return binding;
}

function remove({ state, app, query }) {
	state.removeBinding(selected(state, app, query));
	return {};
}

function modify({ state, app, body }) {
	const binding = selected(state, app, body);
	const fields = optionalFields(body, binding.timeUnit);
	// callbackTone and callbackNum exclude each other: setting one drops the other.
	if (fields.callbackTone) delete binding.callbackNum;
	if (fields.callbackNum) delete binding.callbackTone;
	// Query keeps reporting the lifetime given at create; the new lifetime still applies.
	const { bindExpiredTime, ...rest } = fields;
	Object.assign(binding, rest);
	if (bindExpiredTime !== undefined) {
		binding.expiresAt = bindExpiredTime
			? state.now() + lifetimeMs(binding.timeUnit, bindExpiredTime)
			: undefined;
	}
	return {};
}

function queryV1({ state, app, query }) {
	return view(selected(state, app, query));
}

function cursorOf(binding) {
	return `${String(binding.createdAt).padStart(13, '0')}_${binding.seq}`;
}

function compareCursor(binding, cursor) {
	const [ms, seq] = cursor.split('_').map(Number);
	return binding.createdAt - ms || binding.seq - seq;
}

function queryV2({ state, app, query }) {
	const single = selected(state, app, query, { allowListOfX: true });
	if (single) return { totalCount: 1, bindInfoList: [view(single)] };
	const virtualNum = v.phone(query, 'virtualNum', { required: true });
	ownNumber(app, virtualNum);
	const cursor = v.str(query, 'cursor', { max: 40, pattern: /^\d{13}_\d{1,20}$/ }) ?? FIRST_CURSOR;
	const limit = v.int(query, 'limit', { min: 1, max: 100, fallback: 50 });
	const all = state
		.liveBindings(app, 'AXE')
		.filter((b) => b.virtualNum === virtualNum)
		.sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq);
	const after = all.filter((b) => compareCursor(b, cursor) > 0);
	const page = after.slice(0, limit);
	const more = after.length > limit;
	return {
		totalCount: all.length,
		bindInfoList: page.map(view),
		...(more ? { nextCursor: cursorOf(page[page.length - 1]) } : {}),
	};
}

function countOf(state, app, entry) {
	const bound = state.liveBindings(app, 'AXE').filter((b) => b.virtualNum === entry.number).length;
	return {
		number: entry.number,
		bindCount: bound,
		idleCount: 10 ** app.extensionLength - 1 - bound,
	};
}

function count({ state, app, query }) {
	const number = v.phone(query, 'number');
	if (number) return countOf(state, app, ownNumber(app, number));
	const cursor = Number.parseInt(
		v.str(query, 'cursor', { max: 20, pattern: /^\d{1,20}$/ }) ?? '0',
		10,
	);
	const limit = v.int(query, 'limit', { min: 1, max: 100, fallback: 50 });
	const numbers = [...app.numbers.values()];
	const page = numbers.slice(cursor, cursor + limit);
	return {
		totalCount: numbers.length,
		virtualNumList: page.map((entry) => countOf(state, app, entry)),
		...(cursor + limit < numbers.length ? { nextCursor: String(cursor + limit) } : {}),
	};
}

module.exports = [
	{ method: 'POST', path: URI, modes: ['AXE'], handler: create },
	{ method: 'PUT', path: URI, modes: ['AXE'], handler: modify },
	{ method: 'DELETE', path: URI, modes: ['AXE'], handler: remove },
	{ method: 'GET', path: URI, modes: ['AXE'], handler: queryV1 },
	{ method: 'GET', path: URI_V2, modes: ['AXE'], handler: queryV2 },
	{ method: 'GET', path: COUNT_URI, modes: ['AXE'], handler: count },
];
