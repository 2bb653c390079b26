import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, sleep } from 'n8n-workflow';

import { describeResultCode } from './resultCodes';

export type HuaweiCredentialType = 'huaweiPrivateNumberApi' | 'huaweiVoiceCallApi';

export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

export interface HuaweiRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's APP access address, e.g. `/rest/caas/relationnumber/partners/v1.0`. */
	uri: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** 'manual' hands back a 3xx answer (the recording link) instead of following it. */
	redirect?: 'follow' | 'manual';
	/** 'binary' returns the body as a Buffer (recording download) and skips the result-code check. */
	response?: 'json' | 'binary';
	/**
	 * 'safe' (queries, unbind, stop): retried on timeouts, connection faults, 5xx and flow control.
	 * 'create': retried only when the platform certainly did not act (connection refused, flow control).
	 */
	retry?: 'safe' | 'create';
	timeoutMs?: number;
	maxAttempts?: number;
	itemIndex?: number;
}

export interface HuaweiResponse {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
}

type RequestContext = IExecuteFunctions | ILoadOptionsFunctions;

const CONNECTION_NOT_MADE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
const CONNECTION_FAULTS = new Set([
	'ETIMEDOUT',
	'ECONNRESET',
	'ECONNABORTED',
	'EPIPE',
	'ESOCKETTIMEDOUT',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
]);
const FLOW_CONTROL = '1010010';

/** `%2B` for `+`, as the platform requires; empty values are left out. */
export function buildQueryString(qs: IDataObject | undefined): string {
	if (!qs) return '';
	const parts = Object.entries(qs)
		.filter(([, value]) => value !== undefined && value !== null && value !== '')
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
	return parts.length ? `?${parts.join('&')}` : '';
}

function errorCode(error: unknown): string | undefined {
	const candidates = [error, (error as { cause?: unknown })?.cause];
	for (const candidate of candidates) {
		const code = (candidate as { code?: unknown })?.code;
		if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code)) return code;
	}
	return undefined;
}

function resultOf(body: unknown): { resultcode?: string; resultdesc?: string } {
	if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) return {};
	const { resultcode, resultdesc } = body as IDataObject;
	return {
		resultcode: resultcode === undefined || resultcode === null ? undefined : String(resultcode),
		resultdesc: typeof resultdesc === 'string' ? resultdesc : undefined,
	};
}

function parseBody(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	const trimmed = body.trim();
	if (trimmed === '') return {};
	try {
		return JSON.parse(trimmed) as unknown;
	} catch {
		return body;
	}
}

class HuaweiFailure {
	constructor(
		readonly error: NodeApiError,
		readonly retryable: boolean,
	) {}
}

function apiError(
	ctx: RequestContext,
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
		ctx.getNode(),
		{
			resultcode: resultcode ?? null,
			resultdesc: huaweiText ?? null,
			httpStatus: statusCode,
		} as JsonObject,
		{
			message,
			description: info.hint,
			httpCode: String(statusCode),
			itemIndex: request.itemIndex,
		},
	);
	const retryable =
		resultcode === FLOW_CONTROL ||
		(request.retry === 'safe' && (statusCode >= 500 || info.retryable));
	return new HuaweiFailure(error, retryable);
}

function connectionError(
	ctx: RequestContext,
	request: HuaweiRequest,
	error: unknown,
): HuaweiFailure {
	const code = errorCode(error) ?? 'unknown error';
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT';
	const [message, description] = CONNECTION_NOT_MADE.has(code)
		? [
				'Could not reach Huawei',
				'The APP access address in the credential cannot be reached from n8n; check the address and the network.',
			]
		: timedOut
			? [
					'Huawei did not answer in time',
					'The request may or may not have been carried out; check before repeating a create.',
				]
			: /CERT|SELF_SIGNED|TLS|SSL/.test(code)
				? [
						"The TLS certificate of Huawei's address is not trusted",
						'Fix the APP access address, or turn on "Ignore SSL Issues" in the credential if you trust it.',
					]
				: ['The connection to Huawei failed', 'The connection broke before Huawei answered.'];
	const nodeError = new NodeApiError(ctx.getNode(), { connectionError: code } as JsonObject, {
		message,
		description: `${description} Connection error: ${code}.`,
		itemIndex: request.itemIndex,
	});
	const retryable =
		CONNECTION_NOT_MADE.has(code) || (request.retry === 'safe' && CONNECTION_FAULTS.has(code));
	return new HuaweiFailure(nodeError, retryable);
}

async function attempt(
	ctx: RequestContext,
	credentialType: HuaweiCredentialType,
	request: HuaweiRequest,
): Promise<HuaweiResponse | HuaweiFailure> {
	const options: IHttpRequestOptions = {
		method: request.method,
		url: request.uri + buildQueryString(request.qs),
		headers: { 'Content-Type': JSON_CONTENT_TYPE, Accept: 'application/json' },
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: request.timeoutMs ?? 30_000,
	};
	if (request.body !== undefined) options.body = request.body;
	if (request.redirect === 'manual') options.disableFollowRedirect = true;
	if (request.response === 'binary') options.encoding = 'arraybuffer';

	let raw: { statusCode: number; headers: HuaweiResponse['headers']; body: unknown };
	try {
		raw = await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options);
	} catch (error) {
		return connectionError(ctx, request, error);
	}
	const statusCode = raw.statusCode;
	if (request.response === 'binary') {
		const body = Buffer.isBuffer(raw.body) ? raw.body : Buffer.from(raw.body as ArrayBuffer);
		if (statusCode >= 200 && statusCode < 300) return { statusCode, headers: raw.headers, body };
		return apiError(ctx, request, statusCode, parseBody(body.toString('utf8')));
	}
	const body = parseBody(raw.body);
	const isRedirect = statusCode >= 300 && statusCode < 400;
	if (request.redirect === 'manual' && isRedirect && raw.headers.location) {
		return { statusCode, headers: raw.headers, body };
	}
	if (statusCode >= 200 && statusCode < 300 && resultOf(body).resultcode === '0') {
		return { statusCode, headers: raw.headers, body };
	}
	return apiError(ctx, request, statusCode, body);
}

/**
 * The one request function every operation uses: signs through the credential, sends JSON,
 * encodes the query, treats any `resultcode` other than "0" as a failure, and retries what is
 * safe to retry with exponential back-off.
 */
export async function huaweiApiRequest(
	this: RequestContext,
	credentialType: HuaweiCredentialType,
	request: HuaweiRequest,
): Promise<HuaweiResponse> {
	const maxAttempts = Math.max(1, request.maxAttempts ?? 3);
	for (let attemptNo = 1; ; attemptNo++) {
		const outcome = await attempt(this, credentialType, request);
		if (!(outcome instanceof HuaweiFailure)) return outcome;
		if (!outcome.retryable || attemptNo >= maxAttempts) throw outcome.error;
		await sleep(250 * 2 ** (attemptNo - 1));
	}
}
