/**
 * Result codes of the Private Number and Voice Call APIs: Huawei's text, the HTTP status the
 * platform answers with (documented or, where the docs are silent, the most plausible one), a
 * one-line hint for the user, and whether retrying the same request later can help.
 */
export interface ResultCodeInfo {
	text: string;
	httpStatus: number;
	hint: string;
	retryable?: boolean;
}

const CHECK_HEADERS =
	"The request was not signed the way Huawei expects; check the credential's Authentication Scheme.";

export const RESULT_CODES: Record<string, ResultCodeInfo> = {
	'0': { text: 'Success.', httpStatus: 200, hint: 'The request succeeded.' },
	'1010001': {
		text: 'Internal system error.',
		httpStatus: 500,
		hint: 'Huawei had an internal error; retry later or contact Huawei support.',
		retryable: true,
	},
	'1010002': {
		text: 'Invalid request.',
		httpStatus: 403,
		hint: "A parameter is missing, malformed, too long or not allowed together with another one; Huawei's text names it.",
	},
	'1010003': {
		text: 'Invalid app_key.',
		httpStatus: 403,
		hint: "The App Key is unknown at this APP access address; copy both from the console's Application Management page.",
	},
	'1010004': {
		text: 'The status of the app_key is unavailable.',
		httpStatus: 403,
		hint: 'The application is not in a usable state; check it on the console.',
	},
	'1010006': {
		text: 'Invalid REST API.',
		httpStatus: 404,
		hint: 'The method or path is not an API of this product; check the APP access address.',
	},
	'1010007': {
		text: 'The user is not active.',
		httpStatus: 403,
		hint: 'The Huawei Cloud account is not active (usually in arrears); top up the account.',
	},
	'1010008': {
		text: 'The status of the app_key is unavailable.',
		httpStatus: 403,
		hint: 'The application is suspended; check it on the console.',
	},
	'1010009': {
		text: 'No more APIs can be invoked.',
		httpStatus: 403,
		hint: 'The application may not call more APIs; contact Huawei support.',
	},
	'1010010': {
		text: 'Flow control.',
		httpStatus: 403,
		hint: "Huawei's flow control limit was reached; retry after about a minute.",
		retryable: true,
	},
	'1010011': {
		text: 'The app is not allowed to access the commercial address.',
		httpStatus: 403,
		hint: 'The application is not commercial yet; use the address Huawei gave for testing or finish commercial onboarding.',
	},
	'1010013': {
		text: 'Time out limit.',
		httpStatus: 401,
		hint: "The request time (Created) is too far from Huawei's clock; make sure the n8n host's clock is correct (UTC).",
	},
	'1010021': {
		text: 'The application is unavailable.',
		httpStatus: 403,
		hint: 'The application is unavailable; check it on the console.',
	},
	'1010023': {
		text: 'The display number is invalid.',
		httpStatus: 403,
		hint: "Use a display number exactly as listed on the console's Number Management page.",
	},
	'1010024': {
		text: 'The caller number is invalid.',
		httpStatus: 403,
		hint: 'Check the caller number: global format with country code, e.g. +8613800000000.',
	},
	'1010029': {
		text: 'The subscriber status is frozen.',
		httpStatus: 403,
		hint: 'The private number is frozen; pick another number or check its status on the console.',
	},
	'1010040': {
		text: 'The app_key is not allowed to invoke the API.',
		httpStatus: 403,
		hint: 'This application is of another binding mode than the operation (an app is AXB, AX, AXE, AXYB or X); use a credential of the matching app.',
	},
	'1011001': {
		text: 'The account does not exist.',
		httpStatus: 403,
		hint: 'The account behind this application does not exist; check the credential.',
	},
	'1011002': {
		text: 'Insufficient number of resources.',
		httpStatus: 403,
		hint: 'No free private number matches; try another area code, loose area matching, or add numbers to the app.',
	},
	'1011003': {
		text: 'Exceeded the upper limit of resources that can be applied for.',
		httpStatus: 403,
		hint: 'This A number is already bound to 5 private numbers (AX); unbind one first.',
	},
	'1011004': {
		text: 'The number does not belong to the app.',
		httpStatus: 403,
		hint: 'The private number is not assigned to this application.',
	},
	'1011005': {
		text: 'Resources have been allocated.',
		httpStatus: 403,
		hint: 'The private number is already bound to another A number (AX); choose another X.',
	},
	'1012001': {
		text: 'Resource of number is not to be applied.',
		httpStatus: 403,
		hint: 'The private number does not belong to this application; check the number on the console.',
	},
	'1012005': {
		text: 'templateParas does not meet template requirements.',
		httpStatus: 403,
		hint: 'A template parameter does not fit the voice template variable (type or length).',
	},
	'1012006': {
		text: 'The service number is not applied.',
		httpStatus: 403,
		hint: 'The display number is not assigned to this application.',
	},
	'1012007': {
		text: 'The record does not exist.',
		httpStatus: 404,
		hint: 'No such binding or recording (it may have expired or been removed).',
	},
	'1012008': {
		text: 'Insufficient number of resources.',
		httpStatus: 403,
		hint: 'No free private number matches; try another area code, loose area matching, or add numbers to the app.',
	},
	'1012010': {
		text: 'The relation number has been bound.',
		httpStatus: 403,
		hint: 'One of these user numbers is already bound on this private number (AXB); use another X or unbind first.',
	},
	'1012102': {
		text: 'The number status is abnormal.',
		httpStatus: 403,
		hint: 'The private number is abnormal or blacklisted; choose another one.',
	},
	'1013001': {
		text: 'The number of calls exceeds the SP limit.',
		httpStatus: 403,
		hint: "The account's call quota is used up; retry later or ask Huawei to raise it.",
		retryable: true,
	},
	'1013002': {
		text: 'The number of calls exceeds the APP limit.',
		httpStatus: 403,
		hint: "The application's call quota is used up; retry later or ask Huawei to raise it.",
		retryable: true,
	},
	'1013003': {
		text: 'The number of calls exceeds the display number limit.',
		httpStatus: 403,
		hint: "The display number's call quota is used up; retry later or use another display number.",
		retryable: true,
	},
	'1013100': {
		text: 'Common error code.',
		httpStatus: 403,
		hint: "Huawei's security control refused the call.",
	},
	'1013101': {
		text: 'Abnormal call restricted.',
		httpStatus: 403,
		hint: "Huawei's security control flagged the call as abnormal.",
	},
	'1013111': {
		text: 'International callin is forbidden.',
		httpStatus: 403,
		hint: 'International numbers are not allowed for this service.',
	},
	...Object.fromEntries(
		['1013112', '1013113', '1013114', '1013115', '1013116', '1013117', '1013118'].map((code) => [
			code,
			{
				text: 'Call restricted by security control.',
				httpStatus: 403,
				hint: "Huawei's security control refused the call (Huawei does not publish the exact reason); see Huawei's text.",
			},
		]),
	),
	'1016001': {
		text: 'The record does not exist.',
		httpStatus: 404,
		hint: 'No such binding (it may have expired or been removed).',
	},
	'1016002': {
		text: 'The record already exists.',
		httpStatus: 403,
		hint: 'The binding already exists.',
	},
	'1020001': {
		text: 'Parameter error.',
		httpStatus: 400,
		hint: "A parameter is wrong; Huawei's text names it.",
	},
	'1020002': {
		text: 'Internal error.',
		httpStatus: 500,
		hint: 'Huawei had an internal error; retry later.',
		retryable: true,
	},
	'1020003': {
		text: 'Parameter error.',
		httpStatus: 400,
		hint: "A parameter is wrong; Huawei's text names it.",
	},
	'1020150': {
		text: 'The app_key is invalid.',
		httpStatus: 403,
		hint: "The App Key is not valid; copy it from the console's Application Management page.",
	},
	// Its HTTP status is not published; every reader of it (Stop, the credential test) ignores the status.
	'1020152': {
		text: 'Invalid sessionId.',
		httpStatus: 403,
		hint: 'No running call has this session ID (the call may have ended already).',
	},
	'1020165': {
		text: 'The app_key concurrent call ports exceeded.',
		httpStatus: 403,
		hint: 'All call ports of the application are busy; retry after a minute or ask Huawei for more.',
		retryable: true,
	},
	'1020166': {
		text: 'The app client ip is not in ip white list.',
		httpStatus: 403,
		hint: "The n8n host's IP is not in the application's IP allow-list on the console.",
	},
	'1020167': {
		text: 'No idle extend Number.',
		httpStatus: 403,
		hint: 'This private number has no free extension left (AXE); use another X or let the platform pick one.',
	},
	'1020176': {
		text: 'Authentication failed, try again later.',
		httpStatus: 401,
		hint: "Huawei rejected the App Key / App Secret pair or the request time, and after too many failures it blocks the calling IP for 30 minutes. Copy both values again from the console, check the n8n host's clock, then retry after 30 minutes (or ask Huawei to unblock the IP).",
	},
	'1023001': {
		text: 'Internal error.',
		httpStatus: 500,
		hint: 'Huawei had an internal error; retry later.',
		retryable: true,
	},
	'1023002': {
		text: 'Response timeout.',
		httpStatus: 500,
		hint: 'Huawei timed out internally; retry once.',
		retryable: true,
	},
	'1023006': {
		text: 'Authorization not contained in the HTTP header.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
	'1023007': {
		text: 'realm not contained in Authorization.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
	'1023008': {
		text: 'profile not contained in Authorization.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
	'1023009': {
		text: 'The value of realm in Authorization must be SDP.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
	'1023010': {
		text: 'The value of profile in Authorization must be UsernameToken.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
	'1023011': {
		text: 'The value of type in Authorization must be app_key.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
	'1023012': { text: 'type not contained in Authorization.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023013': { text: 'WSSE not contained in Authorization.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023026': {
		text: 'X-WSSE not contained in the HTTP header.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
	'1023027': { text: 'UserName not contained in X-WSSE.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023028': { text: 'Nonce not contained in X-WSSE.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023029': { text: 'Created not contained in X-WSSE.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023030': {
		text: 'PasswordDigest not contained in X-WSSE.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
	'1023031': { text: 'Created format error.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023033': { text: 'HTTP header not found X-AKSK field.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023034': { text: 'UserName not contained in X-AKSK.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023035': { text: 'Nonce not contained in X-AKSK.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023036': { text: 'Created not contained in X-AKSK.', httpStatus: 400, hint: CHECK_HEADERS },
	'1023037': {
		text: 'PasswordDigest not contained in X-AKSK.',
		httpStatus: 400,
		hint: CHECK_HEADERS,
	},
};

const HINT_BY_STATUS: Record<number, string> = {
	400: CHECK_HEADERS,
	401: "Huawei rejected the App Key / App Secret pair or the request time; check both values and the n8n host's clock.",
	403: "Huawei refused the request for this application; see Huawei's text.",
	404: "Huawei does not know this path; check the credential's APP access address.",
	500: 'Huawei had an internal error; retry later.',
};

export interface ResultCodeDescription {
	code: string;
	text: string;
	hint: string;
	retryable: boolean;
}

/** What a result code means; unknown codes fall back to a hint by HTTP status. */
export function describeResultCode(code: string, httpStatus?: number): ResultCodeDescription {
	const known = RESULT_CODES[code];
	if (known)
		return { code, text: known.text, hint: known.hint, retryable: known.retryable === true };
	const statusHint =
		httpStatus === undefined
			? undefined
			: (HINT_BY_STATUS[httpStatus] ?? HINT_BY_STATUS[Math.floor(httpStatus / 100) * 100]);
	return {
		code,
		text: 'Unknown result code.',
		hint: statusHint ?? "Huawei returned a result code this node does not know; see Huawei's text.",
		retryable: httpStatus !== undefined && httpStatus >= 500,
	};
}
