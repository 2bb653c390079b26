// AXYB: A dials Y to reach B; B dials X to reach A (seeing Y), within the call direction. A B
// with no relation yet who dials X is given a Y by the platform (AXYB bind page).
const { PlatformError } = require('../../http');
const { addYbRelation } = require('../../routes/axybRelations');

/** @returns {import('./index').Route} */
function route({ state }, app, { caller, called }) {
	const bindings = state.liveBindings(app, 'AXYB');
	for (const binding of bindings) {
		const direction = binding.callDirection ?? 0;
		const viaY = binding.yb.find((yb) => yb.numY === called && caller === binding.numA);
		if (viaY)
			return direction === 2
				? { binding, failCode: 8016 }
				: { binding, callee: viaY.numB, direction: 1, display: viaY.numY };
		const viaX = binding.yb.find((yb) => yb.numB === caller && called === binding.numX);
		if (viaX)
			return direction === 1
				? { binding, failCode: 8016 }
				: { binding, callee: binding.numA, direction: 0, display: viaX.numY };
	}
	const binding = bindings.find((b) => b.numX === called && b.numA !== caller);
	if (!binding) return { failCode: 8030 };
	if (binding.callDirection === 1) return { binding, failCode: 8016 };
	try {
		const relation = addYbRelation(state, app, binding, { numB: caller });
		return { binding, callee: binding.numA, direction: 0, display: relation.numY };
	} catch (error) {
		// No Y can be assigned (none free, or 5 relations already): no cause is documented for this.
		if (error instanceof PlatformError) return { binding, failCode: 8030 };
		throw error;
	}
}

module.exports = { route };
