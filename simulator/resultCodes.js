// The platform's result codes: HTTP status and English text, from privatenumber-api.md §7.1/§7.2
// and voicecall-api.md §3.6. Where the spec gives no HTTP status, the simulator answers 404 for
// "record does not exist", 500 for internal errors and 403 for other refusals; never 200, which
// §1.4 keeps for success. A text containing %s takes the detail in its place.

/** @type {Record<string, [httpStatus: number, text: string]>} */
const RESULT_CODES = {
	// Signature headers (§2, §7.1)
	1023006: [400, 'Authorization not contained in the HTTP header.'],
	1023007: [400, 'realm not contained in Authorization.'],
	1023008: [400, 'profile not contained in Authorization.'],
	1023009: [400, 'The value of realm in Authorization must be SDP.'],
	1023010: [400, 'The value of profile in Authorization must be UsernameToken.'],
	1023011: [400, 'The value of type in Authorization must be app_key.'],
	1023012: [400, 'type not contained in Authorization.'],
	1023013: [400, 'WSSE not contained in Authorization.'],
	1023026: [400, 'X-WSSE not contained in the HTTP header.'],
	1023027: [400, 'Username not contained in X-WSSE.'],
	1023028: [400, 'Nonce not contained in X-WSSE.'],
	1023029: [400, 'Created not contained in X-WSSE.'],
	1023030: [400, 'PasswordDigest not contained in X-WSSE.'],
	1023031: [400, 'Created format error.'],
	1023033: [400, 'HTTP header not found X-AKSK field.'],
	1023034: [400, 'UserName not contained in X-AKSK.'],
	1023035: [400, 'Nonce not contained in X-AKSK.'],
	1023036: [400, 'Created not contained in X-AKSK.'],
	1023037: [400, 'PasswordDigest not contained in X-AKSK.'],
	1010013: [401, 'Time out limit.'],
	1020176: [401, 'Authentication failed, try again later.'],
	// Application and request
	1010001: [500, 'Internal system error.'],
	1010002: [403, 'Invalid request.'],
	1010003: [403, 'Invalid app_key.'],
	1010004: [403, 'The status of the app_key is unavailable.'],
	1010006: [404, 'Invalid REST API.'],
	1010007: [403, 'The user is not active.'],
	1010008: [403, 'The status of the app_key is unavailable.'],
	1010009: [403, 'No more APIs can be invoked.'],
	1010010: [403, 'Flow control.'],
	1010011: [403, 'The app is not allowed to access the commercial address.'],
	1010021: [403, 'The application is unavailable.'],
	1010023: [403, 'The display number is invalid.'],
	1010024: [403, 'The caller number is invalid.'],
	1010029: [403, 'The subscriber status is frozen'],
	1010040: [403, 'The app_key is not allowed to invoke the API.'],
	1020001: [400, 'Parameter error.'],
	1020002: [500, 'Internal error.'],
	1020003: [400, 'Parameter error.'],
	1020150: [403, 'The app_key is invalid.'],
	1020165: [403, 'The app_key concurrent call ports exceeded.'],
	1020166: [403, 'The app client ip is not in ip white list.'],
	1023001: [500, 'Internal error.'],
	1023002: [500, 'Response timeout.'],
	// Numbers and bindings (§7.2)
	1011001: [403, 'The account does not exist.'],
	1011002: [403, 'Insufficient number of resources.'],
	1011003: [403, 'Exceeded the upper limit of resources that can be applied for.'],
	1011004: [403, 'The number does not belong to the app.'],
	1011005: [403, 'Resources have been allocated.'],
	1012001: [403, 'Resource of number is not to be applied.'],
	1012005: [403, '%s of templateParas does not meet template requirements'],
	1012006: [403, 'The service number is not applied.'],
	1012007: [404, 'The record does not exist.'],
	1012008: [403, 'Insufficient number of resources.'],
	1012010: [403, 'The relation number has been bound.'],
	1012102: [403, 'The number status is abnormal.'],
	1016001: [404, 'The record does not exist.'],
	1016002: [403, 'The record already exists.'],
	1020152: [403, 'Invalid sessionId.'],
	1020167: [403, 'No idle extend Number.'],
	// Call restrictions (texts of 1013112-1013118 are not published)
	1013001: [403, 'The number of calls exceeds the SP limit.'],
	1013002: [403, 'The number of calls exceeds the APP limit.'],
	1013003: [403, 'The number of calls exceeds the display number limit.'],
	1013100: [403, 'Common error code.'],
	1013101: [403, 'Abnormal call restricted.'],
	1013111: [403, 'International callin is forbidden.'],
	...Object.fromEntries(
		[1013112, 1013113, 1013114, 1013115, 1013116, 1013117, 1013118].map((code) => [
			code,
			[403, 'Call restricted.'],
		]),
	),
};

/**
 * The HTTP status and `resultdesc` the platform answers for `code`, with `detail` filled in.
 * @param {string} code
 * @param {string} [detail]
 */
function describeFailure(code, detail) {
	const entry = RESULT_CODES[code];
	if (!entry) throw new Error(`simulator: result code ${code} is not in the table`);
	const [httpStatus, text] = entry;
	if (text.includes('%s')) return { httpStatus, text: text.replace('%s', detail ?? '') };
	return { httpStatus, text: detail ? `${text} ${detail}` : text };
}

module.exports = { RESULT_CODES, describeFailure };
