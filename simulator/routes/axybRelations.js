// AXYB YB relations: which Y a B gets. Huawei's product description (AXYB 功能详解): one Y carries
// up to 1000 relations, each AX binding counting once, and one AX binding never gets the same Y
// twice (A1X1&Y1B1 with A2X2&Y1B2 is fine, A1X1&Y1B1 with A1X1&Y1B2 is not).
const { PlatformError } = require('../http');
const { pickNumber } = require('./numbers');

const MAX_RELATIONS_PER_Y = 1000;
/** A binding lists at most 5 relations (xyRelationNumInfo[1-5]). */
const MAX_YB_PER_BINDING = 5;

/** Numbers serving as X (one binding each) and, per number, how many bindings use it as Y. */
function numberUse(state, app) {
	const asX = new Set();
	const asY = new Map();
	for (const binding of state.liveBindings(app, 'AXYB')) {
		asX.add(binding.numX);
		for (const { numY } of binding.yb) asY.set(numY, (asY.get(numY) ?? 0) + 1);
	}
	return { asX, asY };
}

/** A test of whether a number may become the X of a new binding: it serves as no X or Y yet. */
function freeForX(state, app) {
	const { asX, asY } = numberUse(state, app);
	return (/** @type {{ number: string }} */ entry) =>
		!asX.has(entry.number) && !asY.has(entry.number);
}

/**
 * Adds the relation of `numB` to `binding` with a Y of the binding's area (or `areaCode`), and
 * returns it. Y is never one A already dials for another B, so "A dials Y" names one B.
 * @param {import('../state').PlatformState} state
 * @param {import('../state').SimApp} app
 * @param {Record<string, any>} binding
 * @param {{ numB: string, areaCode?: string, areaMatchMode?: string, ybDuration?: number }} request
 */
function addYbRelation(
	state,
	app,
	binding,
	{
		numB,
		areaCode = binding.areaCode,
		areaMatchMode = binding.areaMatchMode,
		ybDuration = binding.ybDuration,
	},
) {
	if (binding.yb.some((yb) => yb.numB === numB)) throw new PlatformError('1016002');
	if (binding.yb.length >= MAX_YB_PER_BINDING) throw new PlatformError('1011003');
	const { asX, asY } = numberUse(state, app);
	const dialledByA = new Set(
		state
			.liveBindings(app, 'AXYB')
			.filter((b) => b.numA === binding.numA)
			.flatMap((b) => b.yb.map((yb) => yb.numY)),
	);
	const fits = (entry) =>
		!asX.has(entry.number) &&
		!dialledByA.has(entry.number) &&
		(asY.get(entry.number) ?? 0) < MAX_RELATIONS_PER_Y;
	const { entry } = pickNumber(app, { areaCode, areaMatchMode, isFree: fits });
	const relation = {
		numB,
		numY: entry.number,
		// The YB relation cannot outlive the binding.
		ybDuration: binding.duration && ybDuration > binding.duration ? binding.duration : ybDuration,
		subscribeTime: state.timestamp(),
	};
	binding.yb.push(relation);
	return relation;
}

module.exports = { MAX_YB_PER_BINDING, freeForX, addYbRelation };
