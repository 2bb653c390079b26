import type {
	IAuthenticateRuleResponseSuccessBody,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import type { AuthScheme, WsseEncoding } from './signing';
import { buildAuthHeaders } from './signing';
import { JSON_CONTENT_TYPE } from '../api/request';
import { STOP_CALL_URI, stopCallBody } from '../api/stopCall';
import { describeResultCode, RESULT_CODES } from '../catalogue/resultCodes';

export type HuaweiCredentialType = 'huaweiPrivateNumberApi' | 'huaweiVoiceCallApi';

/** Fields shared by the Private Number and Voice Call credentials (one credential = one app). */
export function huaweiCredentialProperties(defaultAccessAddress: string): INodeProperties[] {
	return [
		{
			displayName: 'App Key',
			name: 'appKey',
			type: 'string',
			default: '',
			required: true,
			description: "APP_Key of the application, from the console's Application Management page",
		},
		{
			displayName: 'App Secret',
			name: 'appSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'APP_Secret of the application; it signs every request and is never sent',
		},
		{
			displayName: 'App Access Address',
			name: 'accessAddress',
			type: 'string',
			default: defaultAccessAddress,
			required: true,
			description: 'The APP access address shown for the application on the console',
		},
		{
			displayName: 'Authentication Scheme',
			name: 'authScheme',
			type: 'options',
			options: [
				{
					name: 'X-AKSK (HMAC-SHA256)',
					value: 'aksk',
					description: 'The current scheme of every API',
				},
				{
					name: 'X-WSSE (Legacy SHA-256)',
					value: 'wsse',
					description: 'Only for old applications that still use it',
				},
			],
			default: 'aksk',
		},
		{
			displayName: 'WSSE Digest Encoding',
			name: 'wsseDigestEncoding',
			type: 'options',
			displayOptions: { show: { authScheme: ['wsse'] } },
			options: [
				{ name: 'Base64 of Hex Digest (Huawei Python Demo)', value: 'hex' },
				{ name: 'Base64 of Raw Digest (Huawei PHP Demo)', value: 'raw' },
			],
			default: 'hex',
		},
		{
			displayName: 'Ignore SSL Issues (Insecure)',
			name: 'allowUnauthorizedCerts',
			type: 'boolean',
			default: false,
			description: 'Whether to connect even if SSL certificate validation is not possible',
		},
	];
}

/** Adds a freshly signed Authorization + X-AKSK/X-WSSE pair, the base URL and the TLS choice. */
export async function signHuaweiRequest(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const auth = buildAuthHeaders({
		appKey: String(credentials.appKey ?? ''),
		appSecret: String(credentials.appSecret ?? ''),
		scheme: (credentials.authScheme as AuthScheme | undefined) ?? 'aksk',
		wsseEncoding: (credentials.wsseDigestEncoding as WsseEncoding | undefined) ?? 'hex',
	});
	const signed: IHttpRequestOptions = {
		...requestOptions,
		baseURL: requestOptions.baseURL ?? String(credentials.accessAddress ?? '').replace(/\/+$/, ''),
		headers: { 'Content-Type': JSON_CONTENT_TYPE, ...requestOptions.headers, ...auth },
	};
	if (credentials.allowUnauthorizedCerts === true) signed.skipSslCertificateValidation = true;
	return signed;
}

/** Answers to the probe that mean Huawei did not accept the credential, each with its own message. */
const REJECTED = [
	'1010003',
	'1010007',
	'1010011',
	'1010021',
	'1010004',
	'1010006',
	'1010008',
	'1010013',
	'1020150',
	'1020166',
	'1020176',
];

/** A rule failing the credential test when the probe's answer carries `code`, with the catalogue's explanation. */
export function rejectionRule(code: string, why = ''): IAuthenticateRuleResponseSuccessBody {
	const info = describeResultCode(code);
	return {
		type: 'responseSuccessBody',
		properties: {
			key: 'resultcode',
			value: code,
			message: `Huawei error ${code}: ${info.text} ${why || info.hint}`,
		},
	};
}

export const BASE_RULES: IAuthenticateRuleResponseSuccessBody[] = [
	{
		type: 'responseSuccessBody',
		properties: {
			key: 'resultcode',
			value: undefined,
			message:
				'The APP access address did not answer like Huawei (no result code): check the address shown on the console.',
		},
	},
	...[...REJECTED, ...Object.keys(RESULT_CODES).filter((code) => code.startsWith('1023'))].map(
		(code) => rejectionRule(code),
	),
];

export const CALL_STOP_BODY = stopCallBody('n8n-credential-test');

/**
 * Stops a call that cannot exist: the one API every Private Number mode and Voice Call share.
 * Whatever HTTP status carries it, "Invalid sessionId" (1020152) proves the key and secret were
 * accepted; a result code that rejects the credential or the headers, or no result code at all
 * (not a Huawei address), fails the test with the catalogue's explanation.
 */
export const huaweiCredentialTest: ICredentialTestRequest = {
	request: {
		baseURL: '={{$credentials.accessAddress}}',
		url: STOP_CALL_URI,
		method: 'POST',
		body: CALL_STOP_BODY,
		ignoreHttpStatusErrors: true,
	},
	rules: BASE_RULES,
};
