// How a simulated call ends: the called party's behaviour and the texts of hang-up causes.

/**
 * @typedef {object} Outcome
 * @property {number} stateCode the disconnect event's hang-up cause
 * @property {number} q850 the CDR's Q.850 cause of the failed leg
 * @property {number} ulFailReason the CDR's release point
 * @property {number} sip the CDR's SIP status
 * @property {boolean} [answered] the leg was answered
 * @property {boolean} [rings] the leg rang without being answered
 */

/** @type {Record<string, Outcome>} */
const OUTCOMES = {
	answer: { stateCode: 0, q850: 0, ulFailReason: 0, sip: 0, answered: true },
	busy: { stateCode: 8102, q850: 17, ulFailReason: 8102, sip: 486 },
	noAnswer: { stateCode: 8101, q850: 19, ulFailReason: 8101, sip: 480, rings: true },
	notExist: { stateCode: 8100, q850: 1, ulFailReason: 8100, sip: 404 },
	callerHangsUp: { stateCode: 0, q850: 16, ulFailReason: 7502, sip: 487, rings: true },
};

/** @type {Record<number, string>} */
const STATE_DESC = {
	0: 'The user releases the call.',
	8010: 'The maximum call duration is reached.',
	8013: 'Invalid AX call: no temporary callee.',
	8014: 'Invalid call: no binding.',
	8016: 'The call direction is not allowed.',
	8017: 'The call is released as instructed.',
	8018: 'No service permission.',
	8019: 'No callback record.',
	8022: 'The binding does not exist or has expired.',
	8030: 'The AXYB binding does not exist.',
	8100: 'The callee number does not exist.',
	8101: 'The callee does not answer.',
	8102: 'The callee is busy.',
};

/** The behaviour called `name` (default: the callee answers). */
function outcomeNamed(name = 'answer') {
	const outcome = OUTCOMES[name];
	if (!outcome) throw new Error(`unknown outcome ${name}`);
	return outcome;
}

/** The `stateDesc` a disconnect event carries for `stateCode`. */
const stateDescription = (stateCode) => STATE_DESC[stateCode] ?? 'The call is released.';

module.exports = { outcomeNamed, stateDescription };
