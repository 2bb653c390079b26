// AXYB mode: A is bound to X and B to Y; A dials Y to reach B, B dials X to reach A (spec §4.4).
// The AX step creates the binding; each YB step adds a Y for one B under the same subscriptionId.
const { PlatformError, invalid } = require('../http');
const v = require('../validate');
const { MAX_YB_PER_BINDING, addYbRelation, freeForX } = require('./axybRelations');
const { pickNumber } = require('./numbers');

const URI = '/rest/omp/xyrelationnumber/v1.0';

function requireAppKeyParam(app, query) {
	const appKey = v.str(query, 'app_key', { required: true, max: 128 });
	if (appKey !== app.appKey) throw invalid('app_key', 'does not match the signed App Key');
}

function duration(body, field) {
	const value = v.int(body, field, { min: 0, max: 7776000 });
	if (value !== undefined && value !== 0 && value < 60)
		throw invalid(field, 'must be 0 or 60-7776000');
	return value;
}

function create({ state, app, body, query }) {
	requireAppKeyParam(app, query);
	const subscriptionId = v.str(body, 'subscriptionId', { max: 64 });
	const origNum = v.phone(body, 'origNum', { required: true });
	const areaCode = v.str(body, 'areaCode', { max: 32, pattern: /^\d{3,4}$/ });
	const areaMatchMode = v.oneOf(body, 'areaMatchMode', ['0', '1'], { fallback: '0' });
	const ybDuration = duration(body, 'ybDuration');
	const common = {
		recordFlag: v.bool(body, 'recordFlag'),
		recordHintTone: v.voiceFile(body, 'recordHintTone'),
		preVoiceX: v.voiceFile(body, 'preVoiceX'),
		preVoiceY: v.voiceFile(body, 'preVoiceY'),
		userData: v.userData(body),
	};
	v.recordingAllowed(app, common.recordFlag);

	if (!subscriptionId) {
		const callDirection = v.int(body, 'callDirection', { min: 0, max: 2, fallback: 0 });
		const lifetime = duration(body, 'duration') ?? 0;
		const x = pickNumber(app, { areaCode, areaMatchMode, isFree: freeForX(state, app) }).entry;
		const binding = state.addBinding(app, 'AXYB', {
			numA: origNum,
			numX: x.number,
			areaCode,
			areaMatchMode,
			callDirection,
			duration: lifetime,
			ybDuration: ybDuration ?? 0,
			...v.definedOnly(common),
			subscribeTime: state.timestamp(),
			expiresAt: lifetime ? state.now() + lifetime * 1000 : undefined,
			yb: [],
		});
		return { subscriptionId: binding.subscriptionId, relationNumber: x.number };
	}
	const binding = state.binding(app, 'AXYB', subscriptionId);
	if (!binding) throw new PlatformError('1012007');
	if (origNum === binding.numA) throw invalid('origNum', 'must differ from the A number');
	// The YB step may leave out the area: Y is then picked like X was.
	const area = areaCode ? { areaCode, areaMatchMode } : {};
	const relation = addYbRelation(state, app, binding, { numB: origNum, ybDuration, ...area });
	return { subscriptionId: binding.subscriptionId, relationNumber: relation.numY };
}

function view(binding) {
	const base = {
		bindId: binding.subscriptionId,
		numA: binding.numA,
		numX: binding.numX,
		recordFlag: binding.recordFlag ?? 'false',
		subscribeTime: binding.subscribeTime,
		callDirection: binding.callDirection,
		duration: String(binding.duration),
		...(binding.recordHintTone ? { recordHintTone: binding.recordHintTone } : {}),
		...(binding.preVoiceX ? { preVoiceX: binding.preVoiceX } : {}),
		...(binding.preVoiceY ? { preVoiceY: binding.preVoiceY } : {}),
		...(binding.userData ? { userData: binding.userData } : {}),
	};
	if (!binding.yb.length) return [{ ...base, ybDuration: String(binding.ybDuration) }];
	return binding.yb.map((yb) => ({
		...base,
		numY: yb.numY,
		numB: yb.numB,
		ybDuration: String(yb.ybDuration),
	}));
}

function query({ state, app, query }) {
	requireAppKeyParam(app, query);
	const subscriptionId = v.str(query, 'subscriptionId', { max: 64 });
	const relationNum = v.phone(query, 'relationNum');
	const all = state.liveBindings(app, 'AXYB');
	let matches;
	if (subscriptionId) matches = all.filter((b) => b.subscriptionId === subscriptionId);
	else if (relationNum) matches = all.filter((b) => b.numX === relationNum);
	else throw invalid('relationNum or subscriptionId', 'is missing');
	if (!matches.length) throw new PlatformError('1012007');
	return { xyRelationNumList: matches.flatMap(view).slice(0, MAX_YB_PER_BINDING) };
}

function remove({ state, app, query }) {
	requireAppKeyParam(app, query);
	const subscriptionId = v.str(query, 'subscriptionId', { required: true, max: 64 });
	const yNum = v.phone(query, 'yNum');
	const bNum = v.phone(query, 'bNum');
	const binding = state.binding(app, 'AXYB', subscriptionId);
	if (!binding) throw new PlatformError('1012007');
	if (!yNum && !bNum) {
		state.removeBinding(binding);
		return {};
	}
	const index = binding.yb.findIndex((yb) => (yNum ? yb.numY === yNum : yb.numB === bNum));
	if (index === -1) throw new PlatformError('1012007');
	binding.yb.splice(index, 1);
	return {};
}

module.exports = [
	{ method: 'POST', path: URI, modes: ['AXYB'], handler: create },
	{ method: 'GET', path: URI, modes: ['AXYB'], handler: query },
	{ method: 'DELETE', path: URI, modes: ['AXYB'], handler: remove },
];
