import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import type { AuthScheme, WsseEncoding } from './signing';
import { buildAuthHeaders } from './signing';
import { JSON_CONTENT_TYPE } from '../api/request';

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
			displayName: 'APP Access Address',
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

/**
 * Stops a call that cannot exist: the one API every Private Number mode and Voice Call share.
 * Signed correctly it is answered "Invalid sessionId" (1020152); a rejected key/secret is a 401.
 */
export const huaweiCredentialTest: ICredentialTestRequest = {
	request: {
		baseURL: '={{$credentials.accessAddress}}',
		url: '/rest/httpsessions/callStop/v2.0',
		method: 'POST',
		body: { sessionid: 'n8n-credential-test', signal: 'call_stop' },
	},
	rules: [
		{
			type: 'responseCode',
			properties: {
				value: 401,
				message:
					'Huawei rejected the App Key / App Secret pair (or the n8n host clock is off). Copy both again from the console.',
			},
		},
		{
			type: 'responseCode',
			properties: {
				value: 403,
				message:
					'Huawei does not accept this App Key at this access address (unknown, disabled, or IP not allow-listed).',
			},
		},
		{
			type: 'responseCode',
			properties: {
				value: 400,
				message: 'Huawei rejected the authentication headers; check the Authentication Scheme.',
			},
		},
		{
			type: 'responseCode',
			properties: {
				value: 404,
				message: 'The APP access address is wrong: Huawei does not know the API path there.',
			},
		},
	],
};
