// AXB: A and B reach each other through X, within the binding's call direction.

/** @returns {import('./index').Route} */
function route({ state }, app, { caller, called }) {
	const binding = state
		.liveBindings(app, 'AXB')
		.find((b) => b.relationNum === called && (b.callerNum === caller || b.calleeNum === caller));
	if (!binding) return { failCode: 8014 };
	const fromA = binding.callerNum === caller;
	const direction = binding.callDirection ?? 0;
	if ((direction === 1 && !fromA) || (direction === 2 && fromA)) return { binding, failCode: 8016 };
	return {
		binding,
		callee: fromA ? binding.calleeNum : binding.callerNum,
		direction: fromA ? 1 : 0,
	};
}

module.exports = { route };
