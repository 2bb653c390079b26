// X mode: the platform keeps no bindings; the customer names the callee in its answer to a
// Block `callin` push.

/** @returns {Promise<import('./index').Route>} */
async function route({ state, pusher }, app, call) {
	const url = app.callbacks.status;
	if (!url) return { failCode: 8014 };
	const answer = await pusher.push(app, url, 'block', {
		eventType: 'callin',
		statusInfo: { sessionId: call.sessionId, timestamp: state.timestamp(), caller: call.caller, called: call.called, notifyMode: 'Block' },
	});
	call.callinSent = true;
	let decision;
	try {
		decision = JSON.parse(answer.body ?? '');
	} catch {
		return { failCode: 8014 };
	}
	if (decision?.operation === 'close') return { failCode: 0, closedByCustomer: true };
	const info = decision?.operation === 'connect' ? decision.connectInfo : undefined;
	const valid =
		info && /^\+\d{4,30}$/.test(info.calleeNum ?? '') &&
		(info.maxDuration === undefined || (Number.isInteger(info.maxDuration) && info.maxDuration >= 0 && info.maxDuration <= 1440));
	if (!valid) return { failCode: 8014 };
	return {
		binding: { recordFlag: info.recordFlag, userData: info.userData, maxDuration: info.maxDuration },
		callee: info.calleeNum,
		direction: 1,
		display: info.displayCalleeNum ?? call.called,
	};
}

module.exports = { route };
