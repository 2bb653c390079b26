// Who a call to a private number reaches: one router per mode, each applying that mode's bindings.

/**
 * @typedef {object} Route
 * @property {Record<string, any>} [binding] the binding (or X-mode answer) the call runs under
 * @property {string} [callee] the real number the call is forwarded to
 * @property {number} [direction] the CDR direction of a forwarded call
 * @property {string} [display] the number the callee sees (default: the dialled private number)
 * @property {string} [userData] userData to echo instead of the binding's
 * @property {number} [failCode] the hang-up cause when the call cannot be forwarded
 * @property {string} [collected] AXE: the extension digits the caller keyed in
 * @property {boolean} [closedByCustomer] X mode: the customer answered `close`
 * @property {string} [closeHintTone] X mode: the tone played before the platform closed the call
 */

/**
 * @typedef {object} PrivateCall
 * @property {string} caller
 * @property {string} called the dialled private number
 * @property {string} sessionId
 * @property {string} [extension] AXE: digits the caller keys in
 * @property {boolean} [callinSent] X mode: the callin event went out as the Block push
 */

/** @type {Record<string, (traffic: import('../index').Traffic, app: any, call: PrivateCall) => Route | Promise<Route>>} */
const ROUTERS = {
	AXB: require('./axb').route,
	AX: require('./ax').route,
	AXE: require('./axe').route,
	AXYB: require('./axyb').route,
	X: require('./x').route,
};

/** @returns {Promise<Route>} */
async function routeCall(traffic, app, call) {
	const router = ROUTERS[app.mode];
	return router ? router(traffic, app, call) : { failCode: 8018 };
}

module.exports = { routeCall };
