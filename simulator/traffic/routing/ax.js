// AX: anyone calling X reaches A; A calling X reaches the temporary callee, if one is set.

/** @returns {import('./index').Route} */
function route({ state }, app, { caller, called }) {
	const binding = state.liveBindings(app, 'AX').find((b) => b.privateNum === called);
	if (!binding) return { failCode: 8018 };
	if (caller !== binding.origNum) return { binding, callee: binding.origNum, direction: 0 };
	const temp = binding.tempCallee;
	if (!temp || temp.expiresAt <= state.now()) return { binding, failCode: 8013 };
	return {
		binding,
		callee: temp.calleeNum,
		direction: 1,
		userData: temp.userData ?? binding.userData,
	};
}

module.exports = { route };
