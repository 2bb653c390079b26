import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { FieldSpec, ItemInput } from './fields';
import { fieldProperty } from './fields';
import type { Operation } from './operation';
import { forOperation, operationProperty } from './operation';
import type { HuaweiCredentialType } from './transport';
import { huaweiApiRequest } from './transport';

/** Operations both products share: the same Stop Call and recording APIs. */

const SESSION_ID: FieldSpec = {
	name: 'sessionId',
	displayName: 'Session ID',
	kind: 'text',
	required: true,
	maxLength: 256,
	default: '={{ $json.sessionId }}',
	description: "The call's sessionId, from a call event, a CDR or the API that started the call",
};
const RECORD_DOMAIN: FieldSpec = {
	name: 'recordDomain',
	displayName: 'Record Domain',
	kind: 'text',
	required: true,
	description: "The CDR's recordDomain",
};
const FILE_NAME: FieldSpec = {
	name: 'fileName',
	displayName: 'File Name',
	kind: 'text',
	required: true,
	description: "The CDR's recordObjectName",
};

export function stopCallOperation(
	resource: string,
	credentialType: HuaweiCredentialType,
): Operation {
	return {
		description: forOperation(resource, 'stop', [fieldProperty(SESSION_ID)]),
		async execute(this: IExecuteFunctions, input: ItemInput) {
			const sessionId = input.field(SESSION_ID) as string;
			await huaweiApiRequest.call(this, credentialType, {
				method: 'POST',
				uri: '/rest/httpsessions/callStop/v2.0',
				body: { sessionid: sessionId, signal: 'call_stop' },
				retry: 'safe',
				itemIndex: input.itemIndex,
			});
			return { sessionId, stopped: true };
		},
	};
}

function recordingSourceProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Recording From',
			name: 'source',
			type: 'options',
			options: [
				{
					name: 'A CDR (Fee Event) Item',
					value: 'cdr',
					description: 'Read recordDomain and recordObjectName from a CDR',
				},
				{ name: 'Record Domain and File Name', value: 'fields' },
			],
			default: 'cdr',
		},
		{
			displayName: 'CDR',
			name: 'cdr',
			type: 'json',
			default: '={{ $json }}',
			description: "The CDR object, e.g. an item of the trigger's fee event",
			displayOptions: { show: { source: ['cdr'] } },
		},
		{ ...fieldProperty(RECORD_DOMAIN), displayOptions: { show: { source: ['fields'] } } },
		{ ...fieldProperty(FILE_NAME), displayOptions: { show: { source: ['fields'] } } },
	];
}

interface RecordingRef {
	recordDomain?: string;
	fileName: string;
	directUrl?: string;
}

function readRecordingRef(input: ItemInput): RecordingRef {
	if (input.raw('source') === 'fields') {
		return {
			recordDomain: input.field(RECORD_DOMAIN) as string,
			fileName: input.field(FILE_NAME) as string,
		};
	}
	let cdr = input.raw('cdr', {}) as IDataObject | string;
	if (typeof cdr === 'string') {
		try {
			cdr = JSON.parse(cdr) as IDataObject;
		} catch {
			input.fail('"CDR"', 'is not a JSON object');
		}
	}
	const fileName = typeof cdr.recordObjectName === 'string' ? cdr.recordObjectName : '';
	const recordDomain = typeof cdr.recordDomain === 'string' ? cdr.recordDomain : '';
	const directUrl =
		typeof cdr.recordFileDownloadUrl === 'string' && cdr.recordFileDownloadUrl
			? cdr.recordFileDownloadUrl
			: undefined;
	if (!fileName && !directUrl)
		input.fail(
			'"CDR"',
			'has no recording (recordObjectName is empty; was the call recorded and longer than 3 seconds?)',
		);
	if (!recordDomain && !directUrl)
		input.fail('"CDR"', 'has neither recordDomain nor recordFileDownloadUrl');
	return {
		recordDomain: recordDomain || undefined,
		fileName: fileName || directUrl!.split('?')[0].split('/').pop()!,
		directUrl: recordDomain ? undefined : directUrl,
	};
}

/** The short-lived download URL: the API's 301 Location, or the CDR's direct URL when its domain is empty. */
async function downloadUrl(
	ctx: IExecuteFunctions,
	credentialType: HuaweiCredentialType,
	input: ItemInput,
	ref: RecordingRef,
): Promise<string> {
	if (ref.directUrl) return ref.directUrl;
	const response = await huaweiApiRequest.call(ctx, credentialType, {
		method: 'GET',
		uri: '/rest/provision/voice/record/v1.0',
		qs: { fileName: ref.fileName, recordDomain: ref.recordDomain },
		redirect: 'manual',
		retry: 'safe',
		itemIndex: input.itemIndex,
	});
	const location = response.headers.location;
	if (typeof location !== 'string' || !location) {
		throw new NodeApiError(
			ctx.getNode(),
			{ httpStatus: response.statusCode },
			{
				message: 'Huawei did not return a download link',
				description: 'The recording API answered without a Location header.',
				itemIndex: input.itemIndex,
			},
		);
	}
	return location;
}

/**
 * The file host takes a pre-signed URL and no Huawei signature (sending one could be refused), so
 * the download is a plain request; only the credential's TLS choice applies to it.
 */
async function allowsInsecureTls(
	ctx: IExecuteFunctions,
	credentialType: HuaweiCredentialType,
	itemIndex: number,
): Promise<boolean> {
	const credentials = await ctx.getCredentials(credentialType, itemIndex);
	return credentials.allowUnauthorizedCerts === true;
}

export function recordingLinkOperation(
	resource: string,
	credentialType: HuaweiCredentialType,
): Operation {
	return {
		description: forOperation(resource, 'getLink', recordingSourceProperties()),
		async execute(this: IExecuteFunctions, input: ItemInput) {
			const ref = readRecordingRef(input);
			const url = await downloadUrl(this, credentialType, input, ref);
			return {
				downloadUrl: url,
				fileName: ref.fileName,
				...(ref.recordDomain ? { recordDomain: ref.recordDomain } : {}),
			};
		},
	};
}

export function recordingDownloadOperation(
	resource: string,
	credentialType: HuaweiCredentialType,
): Operation {
	return {
		description: forOperation(resource, 'download', [
			...recordingSourceProperties(),
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				required: true,
				hint: 'The name of the output binary field to put the file in',
			},
		]),
		async execute(this: IExecuteFunctions, input: ItemInput): Promise<INodeExecutionData[]> {
			const ref = readRecordingRef(input);
			const url = await downloadUrl(this, credentialType, input, ref);
			const allowInsecure = await allowsInsecureTls(this, credentialType, input.itemIndex);
			let file: { body: ArrayBuffer | Buffer; headers: IDataObject };
			try {
				file = await this.helpers.httpRequest({
					url,
					method: 'GET',
					encoding: 'arraybuffer',
					returnFullResponse: true,
					skipSslCertificateValidation: allowInsecure,
					timeout: 120_000,
				});
			} catch (error) {
				throw new NodeApiError(
					this.getNode(),
					{ downloadError: (error as Error).message },
					{
						message: 'Could not download the recording file',
						description:
							'The download link is short-lived (about 3 days) and recordings are kept 7 days; fetch it again if it expired.',
						itemIndex: input.itemIndex,
					},
				);
			}
			const bytes = Buffer.isBuffer(file.body) ? file.body : Buffer.from(file.body);
			const contentType =
				typeof file.headers['content-type'] === 'string'
					? file.headers['content-type'].split(';')[0]
					: '';
			const mimeType =
				contentType && contentType !== 'application/octet-stream' ? contentType : 'audio/wav';
			const property = String(input.raw('binaryPropertyName', 'data'));
			const binary = await this.helpers.prepareBinaryData(bytes, ref.fileName, mimeType);
			return [
				{
					json: {
						fileName: ref.fileName,
						fileSize: bytes.length,
						mimeType,
						...(ref.recordDomain ? { recordDomain: ref.recordDomain } : {}),
					},
					binary: { [property]: binary },
				},
			];
		},
	};
}

export const callOperationProperty = operationProperty(
	'call',
	[
		{
			name: 'Stop',
			value: 'stop',
			action: 'Stop a call in progress',
			description: 'Hang up a running call by its session ID',
		},
	],
	'stop',
);

export const recordingOperationProperty = operationProperty(
	'recording',
	[
		{
			name: 'Download',
			value: 'download',
			action: 'Download a call recording',
			description: 'Fetch the recording as a binary file',
		},
		{
			name: 'Get Download Link',
			value: 'getLink',
			action: 'Get a recording download link',
			description: 'Get the short-lived download URL of a recording',
		},
	],
	'download',
);
