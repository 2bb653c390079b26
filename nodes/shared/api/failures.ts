import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { describeResultCode } from '../catalogue/resultCodes';
import { resultOf } from './envelope';
import type { HuaweiRequest } from './request';

/**
 * A failed attempt: the error to report, whether to try again, and whether Huawei may have carried
 * the request out anyway (its answer lost or broken), which makes a retry of a create unsafe.
 */
export class HuaweiFailure {
	constructor(
		readonly error: NodeApiError,
		readonly retryable: boolean,
		readonly uncertain: boolean,
	) {}
}

const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const TIMED_OUT = new Set([
	'ECONNABORTED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
/** Node's codes for a TLS handshake or certificate failure (nothing was sent). */
const isTlsFailure = (code: string) =>
	/CERT|SELF_SIGNED|TLS|SSL|^UNABLE_TO_|^EPROTO$|HOSTNAME_MISMATCH/.test(code);
const FLOW_CONTROL = '1010010';

/**
 * What a connection error means: nothing was sent (refused, no such host), the TLS certificate
 * was not trusted (nothing was sent either), the answer did not come in time, or the connection
 * broke after the request may have been sent. `code` is Node's error code.
 */
export function connectionProblemOf(error: unknown): {
	code: string;
	kind: 'neverSent' | 'tls' | 'timedOut' | 'broken';
} {
	let code = 'unknown error';
	for (const candidate of [error, (error as { cause?: unknown })?.cause]) {
		const value = (candidate as { code?: unknown })?.code;
		if (typeof value === 'string' && /^[A-Z][A-Z0-9_]+$/.test(value)) {
			code = value;
			break;
		}
	}
	if (NEVER_SENT.has(code)) return { code, kind: 'neverSent' };
	if (isTlsFailure(code)) return { code, kind: 'tls' };
	return { code, kind: TIMED_OUT.has(code) ? 'timedOut' : 'broken' };
}

export function apiFailure(
	node: INode,
	request: HuaweiRequest,
	statusCode: number,
	body: unknown,
): HuaweiFailure {
	const { resultcode, resultdesc } = resultOf(body);
	const isJson = typeof body === 'object' && body !== null && !Buffer.isBuffer(body);
	const info = describeResultCode(resultcode ?? `HTTP ${statusCode}`, statusCode);
	const huaweiText = resultdesc ?? (resultcode ? info.text : undefined);
	const message = resultcode
		? `Huawei error ${resultcode}: ${huaweiText}`
		: isJson
			? `Huawei answered HTTP ${statusCode} without a result code`
			: `Huawei answered HTTP ${statusCode} with a body that is not JSON`;
	const error = new NodeApiError(
		node,
		{
			resultcode: resultcode ?? null,
			resultdesc: huaweiText ?? null,
			httpStatus: statusCode,
		} as JsonObject,
		{ message, description: info.hint, httpCode: String(statusCode), itemIndex: request.itemIndex },
	);
	// A server fault, or a "success" status whose body is not Huawei's (a proxy's page, a cut-off
	// answer): Huawei may have carried the request out.
	const uncertain = statusCode >= 500 || (statusCode < 300 && resultcode === undefined);
	const retryable =
		resultcode === FLOW_CONTROL ||
		(request.retry === 'safe' && (uncertain || info.retryable === true));
	return new HuaweiFailure(error, retryable, uncertain);
}

export function connectionFailure(
	node: INode,
	request: HuaweiRequest,
	cause: unknown,
): HuaweiFailure {
	const { code, kind } = connectionProblemOf(cause);
	const neverSent = kind === 'neverSent';
	const [message, hint] = {
		neverSent: [
			'Could not reach Huawei',
			'The APP access address in the credential cannot be reached from n8n; check the address and the network.',
		],
		tls: [
			"The TLS certificate of Huawei's address is not trusted",
			'Fix the APP access address, or turn on "Ignore SSL Issues" in the credential if you trust it.',
		],
		timedOut: [
			'Huawei did not answer in time',
			'Huawei may or may not have carried the request out.',
		],
		broken: [
			'The connection to Huawei broke before it answered',
			'Huawei may or may not have carried the request out.',
		],
	}[kind];
	const error = new NodeApiError(node, { connectionError: code } as JsonObject, {
		message,
		description: `${hint} Connection error: ${code}.`,
		itemIndex: request.itemIndex,
	});
	const uncertain = kind === 'timedOut' || kind === 'broken';
	return new HuaweiFailure(error, neverSent || (uncertain && request.retry === 'safe'), uncertain);
}

/** API calls never follow a redirect: it would carry the signature headers to whatever host it names. */
export function redirectFailure(
	node: INode,
	request: HuaweiRequest,
	statusCode: number,
	location: unknown,
): HuaweiFailure {
	let target = 'no Location';
	if (typeof location === 'string') {
		try {
			target = new URL(location).host || location;
		} catch {
			target = location.slice(0, 100);
		}
	}
	const error = new NodeApiError(
		node,
		{ httpStatus: statusCode, redirectTo: target } as JsonObject,
		{
			message: `Huawei answered with a redirect (HTTP ${statusCode} to ${target}), which is not followed`,
			description:
				'API calls never follow redirects, so the signature never goes to another host. Check the APP access address in the credential.',
			httpCode: String(statusCode),
			itemIndex: request.itemIndex,
		},
	);
	return new HuaweiFailure(error, false, false);
}
