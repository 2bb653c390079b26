// AXE: callers dial X and key in E to reach A; A dialling X calls back its last caller.

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/**
 * @param {import('../index').Traffic} traffic
 * @param {import('../../state').SimApp} app
 * @param {import('./index').PrivateCall} call
 * @returns {import('./index').Route}
 */
function route({ state }, app, { caller, called, extension }) {
	const onX = state.liveBindings(app, 'AXE').filter((b) => b.virtualNum === called);
	const own = onX.find((b) => b.bindNum === caller);
	if (own) {
		const last = own.lastCaller;
		const lifetime = own.callbackExpiredTime
			? own.callbackExpiredTime * (own.timeUnit === '1' ? MINUTE_MS : HOUR_MS)
			: Infinity;
		if (last && state.now() - last.at <= lifetime)
			return { binding: own, callee: last.number, direction: 1 };
		if (own.callbackNum) return { binding: own, callee: own.callbackNum, direction: 1 };
		return { binding: own, failCode: 8019 };
	}
	const binding = onX.find((b) => b.extendNum === extension);
	if (!binding) return { failCode: onX.length || extension ? 8022 : 8025, collected: extension };
	binding.lastCaller = { number: caller, at: state.now() };
	return { binding, callee: binding.bindNum, direction: 0, collected: extension };
}

module.exports = { route };
