import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { HuaweiCredentialType } from '../auth/credential';
import { resultOf } from './envelope';
import { apiFailure, connectionFailure, HuaweiFailure, redirectFailure } from './failures';

export const JSON_CONTENT_TYPE = 'application/json;charset=UTF-8';

export interface HuaweiRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's APP access address, e.g. `/rest/caas/relationnumber/partners/v1.0`. */
	uri: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** 'manual' hands back a 3xx answer with a Location (the recording link); otherwise a 3xx is an error. */
	redirect?: 'manual';
	/**
	 * 'safe' (queries, unbind, update, stop): retried on timeouts, connection faults, 5xx and flow
	 * control. 'create': retried only when the platform certainly did not act (connection refused,
	 * flow control), so a retry never duplicates a binding or a call.
	 */
	retry: 'safe' | 'create';
	itemIndex?: number;
	/** Per attempt (default 30 s). */
	timeoutMs?: number;
}

export interface HuaweiResponse {
	statusCode: number;
	headers: Record<string, string | string[] | undefined>;
	body: unknown;
}

type RequestContext = IExecuteFunctions | ILoadOptionsFunctions;

const TIMEOUT_MS = 30_000;
const MAX_ATTEMPTS = { safe: 5, create: 3 };
const SUCCESS = '0';

/** `%2B` for `+`, as the platform requires; empty values are left out. */
export function buildQueryString(qs: IDataObject | undefined): string {
	if (!qs) return '';
	const parts = Object.entries(qs)
		.filter(([, value]) => value !== undefined && value !== null && value !== '')
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
	return parts.length ? `?${parts.join('&')}` : '';
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
		// A redirect would carry the signature headers to another host: never followed.
		disableFollowRedirect: true,
		timeout: request.timeoutMs ?? TIMEOUT_MS,
	};
	if (request.body !== undefined) options.body = request.body;

	let raw: { statusCode: number; headers: HuaweiResponse['headers']; body: unknown };
	try {
		raw = await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType, options);
	} catch (error) {
		return connectionFailure(ctx.getNode(), request, error);
	}
	const { statusCode, headers } = raw;
	const body = parseBody(raw.body);
	if (statusCode >= 300 && statusCode < 400) {
		if (request.redirect === 'manual' && typeof headers.location === 'string' && headers.location)
			return { statusCode, headers, body };
		return redirectFailure(ctx.getNode(), request, statusCode, headers.location);
	}
	if (statusCode >= 200 && statusCode < 300 && resultOf(body).resultcode === SUCCESS)
		return { statusCode, headers, body };
	return apiFailure(ctx.getNode(), request, statusCode, body);
}

/**
 * The one request function every operation uses: signs through the credential, sends JSON, encodes
 * the query, treats any `resultcode` other than "0" as a failure, and retries what is safe to retry
 * with exponential back-off. A thrown error says in `context.outcome` whether Huawei may have acted
 * ('unknown') and in `context.afterUncertainAttempt` whether an earlier attempt may have.
 */
export async function huaweiApiRequest(
	this: RequestContext,
	credentialType: HuaweiCredentialType,
	request: HuaweiRequest,
): Promise<HuaweiResponse> {
	let uncertainBefore = false;
	for (let attemptNo = 1; ; attemptNo++) {
		const outcome = await attempt(this, credentialType, request);
		if (!(outcome instanceof HuaweiFailure)) return outcome;
		const retry = outcome.retryable && attemptNo < MAX_ATTEMPTS[request.retry];
		if (!retry) {
			outcome.error.context.outcome = outcome.uncertain || uncertainBefore ? 'unknown' : 'failed';
			outcome.error.context.afterUncertainAttempt = uncertainBefore;
			throw outcome.error;
		}
		uncertainBefore ||= outcome.uncertain;
		await sleep(250 * 2 ** (attemptNo - 1));
	}
}
