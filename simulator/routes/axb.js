// AXB mode: A and B reach each other through X (spec §4.1).
const { PlatformError, invalid } = require('../http');
const v = require('../validate');
const { pickNumber, ownNumber, paging } = require('./numbers');

const URI = '/rest/caas/relationnumber/partners/v1.0';
const MAX_PAIRS_PER_X = 5000;

function bindingFields(body, { partial }) {
	const fields = {
		callerNum: v.phone(body, 'callerNum', { required: !partial, min: 4, max: 128 }),
		calleeNum: v.phone(body, 'calleeNum', { required: !partial, min: 4, max: 128 }),
		callDirection: v.int(body, 'callDirection', { min: 0, max: 2 }),
		duration: v.int(body, 'duration', { min: 0, max: 7776000 }),
		maxDuration: v.int(body, 'maxDuration', { min: 0, max: 1440 }),
		recordFlag: v.bool(body, 'recordFlag'),
		recordHintTone: v.voiceFile(body, 'recordHintTone'),
		lastMinVoice: v.voiceFile(body, 'lastMinVoice'),
		privateSms: v.bool(body, 'privateSms'),
		preVoice: v.playInfo(body, 'preVoice'),
		userData: v.userData(body),
	};
	return v.definedOnly(fields);
}

function usersOnX(state, app, x, except) {
	const users = new Set();
	for (const b of state.liveBindings(app, 'AXB')) {
		if (b.relationNum !== x || b === except) continue;
		users.add(b.callerNum);
		users.add(b.calleeNum);
	}
	return users;
}

function pairsOnX(state, app, x) {
	return state.liveBindings(app, 'AXB').filter((b) => b.relationNum === x).length;
}

function expiry(state, duration) {
	return duration ? state.now() + duration * 1000 : undefined;
}

function view(binding) {
	return {
		subscriptionId: binding.subscriptionId,
		relationNum: binding.relationNum,
		callerNum: binding.callerNum,
		calleeNum: binding.calleeNum,
		callDirection: binding.callDirection ?? 0,
		duration: binding.duration ?? 0,
		maxDuration: binding.maxDuration ?? 0,
		recordFlag: binding.recordFlag ?? 'false',
		...(binding.recordHintTone ? { recordHintTone: binding.recordHintTone } : {}),
		...(binding.privateSms ? { privateSms: binding.privateSms } : {}),
		...(binding.preVoice ? { preVoice: binding.preVoice } : {}),
		subscribeTime: binding.subscribeTime,
		...(binding.userData ? { userData: binding.userData } : {}),
	};
}

function create({ state, app, body }) {
	const fields = bindingFields(body, { partial: false });
	const relationNum = v.phone(body, 'relationNum', { min: 4, max: 31 });
	const areaCode = v.str(body, 'areaCode', { max: 32, pattern: /^\d{3,4}$/ });
	const areaMatchMode = v.oneOf(body, 'areaMatchMode', ['0', '1'], { fallback: '0' });
	if (fields.callerNum === fields.calleeNum)
		throw invalid('calleeNum', 'must differ from callerNum');
	v.recordingAllowed(app, fields.recordFlag);
	const fits = (entry) => {
		const users = usersOnX(state, app, entry.number);
		return (
			!users.has(fields.callerNum) &&
			!users.has(fields.calleeNum) &&
			pairsOnX(state, app, entry.number) < MAX_PAIRS_PER_X
		);
	};
	const { entry, free } = pickNumber(app, {
		explicit: relationNum,
		explicitField: 'relationNum',
		areaCode,
		areaMatchMode,
		isFree: fits,
	});
	if (!free) {
		const users = usersOnX(state, app, entry.number);
		if (users.has(fields.callerNum) || users.has(fields.calleeNum))
			throw new PlatformError('1012010');
		throw new PlatformError('1012008');
	}
	const binding = state.addBinding(app, 'AXB', {
		...fields,
		relationNum: entry.number,
		subscribeTime: state.timestamp(),
		expiresAt: expiry(state, fields.duration),
	});
	return { relationNum: binding.relationNum, subscriptionId: binding.subscriptionId };
}

function modify({ state, app, body }) {
	const subscriptionId = v.str(body, 'subscriptionId', { required: true, max: 64 });
	const fields = bindingFields(body, { partial: true });
	const binding = state.binding(app, 'AXB', subscriptionId);
	if (!binding) throw new PlatformError('1012007');
	const callerNum = fields.callerNum ?? binding.callerNum;
	const calleeNum = fields.calleeNum ?? binding.calleeNum;
	if (callerNum === calleeNum) throw invalid('calleeNum', 'must differ from callerNum');
	const users = usersOnX(state, app, binding.relationNum, binding);
	if (users.has(callerNum) || users.has(calleeNum)) throw new PlatformError('1012010');
	Object.assign(binding, fields, { subscribeTime: state.timestamp() });
	if (fields.duration !== undefined) binding.expiresAt = expiry(state, fields.duration);
	return {};
}

function remove({ state, app, query }) {
	const subscriptionId = v.str(query, 'subscriptionId', { max: 64 });
	const relationNum = v.phone(query, 'relationNum', { min: 4, max: 31 });
	if (subscriptionId) {
		const binding = state.binding(app, 'AXB', subscriptionId);
		if (!binding) throw new PlatformError('1012007');
		state.removeBinding(binding);
		return {};
	}
	if (!relationNum) throw invalid('relationNum or subscriptionId', 'is missing');
	ownNumber(app, relationNum);
	const onX = state.liveBindings(app, 'AXB').filter((b) => b.relationNum === relationNum);
	if (!onX.length) throw new PlatformError('1012007');
	for (const binding of onX) state.removeBinding(binding);
	return {};
}

function query({ state, app, query }) {
	const subscriptionId = v.str(query, 'subscriptionId', { max: 64 });
	const relationNum = v.phone(query, 'relationNum', { min: 4, max: 31 });
	const callerNum = v.phone(query, 'callerNum', { min: 4, max: 128 });
	const calleeNum = v.phone(query, 'calleeNum', { min: 4, max: 128 });
	let matches;
	let single = true;
	if (subscriptionId) {
		matches = state.liveBindings(app, 'AXB').filter((b) => b.subscriptionId === subscriptionId);
	} else if (relationNum) {
		ownNumber(app, relationNum);
		matches = state
			.liveBindings(app, 'AXB')
			.filter(
				(b) =>
					b.relationNum === relationNum &&
					(!callerNum || b.callerNum === callerNum) &&
					(!calleeNum || b.calleeNum === calleeNum),
			);
		single = Boolean(callerNum || calleeNum);
	} else {
		throw invalid('relationNum or subscriptionId', 'is missing');
	}
	if (!matches.length) throw new PlatformError('1012007');
	matches.sort((a, b) => a.seq - b.seq);
	const { pageIndex, pageSize } = single ? { pageIndex: 1, pageSize: 50 } : paging(query);
	const page = matches.slice((pageIndex - 1) * pageSize, pageIndex * pageSize);
	return {
		app_key: app.appKey,
		totalCount: matches.length,
		pageIndex,
		pageSize,
		relationNumList: page.map(view),
	};
}

module.exports = [
	{ method: 'POST', path: URI, modes: ['AXB'], handler: create },
	{ method: 'PUT', path: URI, modes: ['AXB'], handler: modify },
	{ method: 'DELETE', path: URI, modes: ['AXB'], handler: remove },
	{ method: 'GET', path: URI, modes: ['AXB'], handler: query },
];
