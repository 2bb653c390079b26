// X mode: the platform keeps no bindings; the customer names the callee in its answer to a
// Block `callin` push (privatenumber-api.md §6.3).
const { PlatformError } = require('../../http');
const v = require('../../validate');

/**
 * connectInfo / closeInfo: an object in the doc table (ApiConnectInfo / ApiCloseInfo); Huawei's
 * Java event-handler demo sends each as a one-element array, which is accepted too
 *. Anything else is an invalid answer.
 */
function single(answer, field) {
	const value = answer[field];
	const item = Array.isArray(value) && value.length === 1 ? value[0] : value;
	if (item === undefined) return undefined;
	if (!item || typeof item !== 'object' || Array.isArray(item))
		throw new PlatformError('1010002', `${field} must be an object.`);
	return item;
}

/** The route an answer asks for; a field out of its documented range throws. */
function routeOf(answer, call) {
	if (answer?.operation === 'close') {
		const info = single(answer, 'closeInfo') ?? {};
		const closeHintTone = v.voiceFile(info, 'closeHintTone', { label: 'closeInfo.closeHintTone' });
		const userData = v.userData(info, 'userData', { label: 'closeInfo.userData' });
		return { failCode: 0, closedByCustomer: true, userData, closeHintTone };
	}
	if (answer?.operation !== 'connect')
		throw new PlatformError('1010002', 'operation must be connect or close.');
	const info = single(answer, 'connectInfo');
	if (!info) throw new PlatformError('1010002', 'connectInfo is missing.');
	const label = (name) => ({ label: `connectInfo.${name}` });
	const calleeNum = v.phone(info, 'calleeNum', {
		...label('calleeNum'),
		required: true,
		min: 4,
		max: 31,
	});
	const displayCalleeNum = v.phone(info, 'displayCalleeNum', {
		...label('displayCalleeNum'),
		min: 4,
		max: 31,
	});
	for (const tone of ['waitVoice', 'recordHintTone', 'lastMinVoice'])
		v.voiceFile(info, tone, label(tone));
	const binding = {
		maxDuration: v.int(info, 'maxDuration', { ...label('maxDuration'), min: 0, max: 1440 }),
		recordFlag: v.bool(info, 'recordFlag', label('recordFlag')),
		userData: v.userData(info, 'userData', label('userData')),
	};
	return { binding, callee: calleeNum, direction: 1, display: displayCalleeNum ?? call.called };
}

/** @returns {Promise<import('./index').Route>} */
async function route({ state, pusher }, app, call) {
	const url = app.callbacks.status;
	if (!url) return { failCode: 8014 };
	const answer = await pusher.push(app, url, 'block', {
		eventType: 'callin',
		statusInfo: {
			sessionId: call.sessionId,
			timestamp: state.timestamp(),
			caller: call.caller,
			called: call.called,
			notifyMode: 'Block',
		},
	});
	call.callinSent = true;
	try {
		return routeOf(JSON.parse(answer.body ?? ''), call);
	} catch (error) {
		// A body that is not JSON or a field out of range: the call fails with 8014 (PN FAQ on 8014).
		if (error instanceof SyntaxError || error instanceof PlatformError) return { failCode: 8014 };
		throw error;
	}
}

module.exports = { route };
