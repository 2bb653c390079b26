// AXYB: A dials Y to reach B; B dials X to reach A (seeing Y), within the call direction.

/** @returns {import('./index').Route} */
function route({ state }, app, { caller, called }) {
	for (const binding of state.liveBindings(app, 'AXYB')) {
		const direction = binding.callDirection ?? 0;
		const viaY = binding.yb.find((yb) => yb.numY === called && caller === binding.numA);
		if (viaY) return direction === 2 ? { binding, failCode: 8016 } : { binding, callee: viaY.numB, direction: 1, display: viaY.numY };
		const viaX = binding.yb.find((yb) => yb.numB === caller && called === binding.numX);
		if (viaX) return direction === 1 ? { binding, failCode: 8016 } : { binding, callee: binding.numA, direction: 0, display: viaX.numY };
	}
	return { failCode: 8030 };
}

module.exports = { route };
