// AX mode: anyone calling X reaches A; A reaches others through a temporary callee (spec §4.2).
const { PlatformError, invalid } = require('../http');
const v = require('../validate');
const { pickNumber, ownNumber } = require('./numbers');

const URI = '/rest/provision/caas/privatenumber/v1.0';
const CALLEE_URI = '/rest/caas/privatenumber/calleenumber/v1.0';
const MAX_X_PER_A = 5;

function optionalFields(body) {
	const fields = {
		recordFlag: v.bool(body, 'recordFlag'),
		recordHintTone: v.voiceFile(body, 'recordHintTone'),
		calleeNumDisplay: v.oneOf(body, 'calleeNumDisplay', ['0', '1']),
		privateSms: v.bool(body, 'privateSms'),
		preVoice: v.playInfo(body, 'preVoice'),
		maxDuration: v.int(body, 'maxDuration', { min: 0, max: 1440 }),
		lastMinVoice: v.voiceFile(body, 'lastMinVoice'),
		turnFlag: v.oneOf(body, 'turnFlag', ['on', 'off']),
		callDirection: v.int(body, 'callDirection', { min: 0, max: 2 }),
		userData: v.userData(body),
	};
	return v.definedOnly(fields);
}

function view(binding) {
	const { subscriptionId, origNum, privateNum } = binding;
	const extra = optionalFieldsOf(binding);
	return {
		subscriptionId,
		origNum,
		privateNum,
		recordFlag: binding.recordFlag ?? 'false',
		...extra,
	};
}

function optionalFieldsOf(binding) {
	const keys = [
		'recordHintTone',
		'calleeNumDisplay',
		'privateSms',
		'preVoice',
		'maxDuration',
		'lastMinVoice',
		'turnFlag',
		'callDirection',
		'userData',
	];
	return Object.fromEntries(
		keys.filter((k) => binding[k] !== undefined).map((k) => [k, binding[k]]),
	);
}

const boundX = (state, app) => new Set(state.liveBindings(app, 'AX').map((b) => b.privateNum));

function create({ state, app, body }) {
	const origNum = v.phone(body, 'origNum', { required: true });
	const privateNum = v.phone(body, 'privateNum');
	const areaCode = v.str(body, 'areaCode', { max: 32, pattern: /^\d{3,4}$/ });
	const privateNumType = v.oneOf(body, 'privateNumType', ['mobile-virtual']);
	const areaMatchMode = v.oneOf(body, 'areaMatchMode', ['0', '1'], { fallback: '0' });
	if (!privateNum && areaCode && !privateNumType) throw invalid('privateNumType', 'is missing');
	const fields = optionalFields(body);
	v.recordingAllowed(app, fields.recordFlag);
	const ofA = state.liveBindings(app, 'AX').filter((b) => b.origNum === origNum);
	if (ofA.length >= MAX_X_PER_A) throw new PlatformError('1011003');
	const taken = boundX(state, app);
	const { entry, free } = pickNumber(app, {
		explicit: privateNum,
		explicitField: 'privateNum',
		areaCode,
		areaMatchMode,
		isFree: (e) => !taken.has(e.number),
	});
	if (!free) throw new PlatformError('1011005');
	const binding = state.addBinding(app, 'AX', { origNum, privateNum: entry.number, ...fields });
	return { origNum, privateNum: binding.privateNum, subscriptionId: binding.subscriptionId };
}

/** subscriptionId wins; otherwise privateNum (origNum is not evaluated by the platform). */
function selected(state, app, source) {
	const subscriptionId = v.str(source, 'subscriptionId', { max: 64 });
	if (subscriptionId) {
		const binding = state.binding(app, 'AX', subscriptionId);
		if (!binding) throw new PlatformError('1012007');
		return binding;
	}
	const privateNum = v.phone(source, 'privateNum');
	if (!privateNum) throw invalid('privateNum or subscriptionId', 'is missing');
	ownNumber(app, privateNum);
	const binding = state.liveBindings(app, 'AX').find((b) => b.privateNum === privateNum);
	if (!binding) throw new PlatformError('1012007');
	return binding;
}

function remove({ state, app, query }) {
	state.removeBinding(selected(state, app, query));
	return {};
}

function modify({ state, app, body }) {
	const binding = selected(state, app, body);
	const fields = {
		maxDuration: v.int(body, 'maxDuration', { min: 0, max: 1440 }),
		privateSms: v.bool(body, 'privateSms'),
		recordFlag: v.bool(body, 'recordFlag'),
		userData: v.userData(body),
	};
	for (const [key, value] of Object.entries(fields)) if (value !== undefined) binding[key] = value;
	return {};
}

function query({ state, app, query }) {
	const subscriptionId = v.str(query, 'subscriptionId', { max: 64 });
	const origNum = v.phone(query, 'origNum');
	const privateNum = v.phone(query, 'privateNum');
	const all = state.liveBindings(app, 'AX');
	let matches;
	if (subscriptionId) matches = all.filter((b) => b.subscriptionId === subscriptionId);
	else if (origNum) matches = all.filter((b) => b.origNum === origNum);
	else if (privateNum) matches = all.filter((b) => b.privateNum === privateNum);
	else throw invalid('subscriptionId, origNum or privateNum', 'is missing');
	if (!matches.length) throw new PlatformError('1012007');
	return { privateNumList: matches.sort((a, b) => a.seq - b.seq).map(view) };
}

function setTemporaryCallee({ state, app, body }) {
	v.phone(body, 'origNum', { min: 4, max: 31 });
	const binding = selected(state, app, body);
	const calleeNum = v.phone(body, 'calleeNum', { required: true, min: 4, max: 31 });
	if (calleeNum === binding.origNum) throw invalid('calleeNum', 'must differ from origNum');
	const duration = v.int(body, 'duration', { min: 1, max: 259200, fallback: 60 });
	binding.tempCallee = {
		calleeNum,
		expiresAt: state.now() + duration * 1000,
		maxDuration: v.int(body, 'maxDuration', { min: 0, max: 1440, fallback: 0 }),
		lastMinVoice: v.voiceFile(body, 'lastMinVoice'),
		userData: v.userData(body),
	};
	return {};
}

module.exports = [
	{ method: 'POST', path: URI, modes: ['AX'], handler: create },
	{ method: 'PUT', path: URI, modes: ['AX'], handler: modify },
	{ method: 'DELETE', path: URI, modes: ['AX'], handler: remove },
	{ method: 'GET', path: URI, modes: ['AX'], handler: query },
	{ method: 'PUT', path: CALLEE_URI, modes: ['AX'], handler: setTemporaryCallee },
];
