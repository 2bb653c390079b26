import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ItemParameters } from '../../parameters/itemParameters';
import type { ItemApi } from '../../api/itemApi';
import { forOperation } from '../operation';
import { downloadFile, safeFileName } from './fileDownload';
import type { RecordingRef } from './source';
import { downloadLink, readRecordingRef, recordingSourceProperties } from './source';

const DEFAULT_MAX_MB = 100;

export const description = forOperation('recording', 'download', [
	...recordingSourceProperties(),
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the file in',
	},
	{
		displayName: 'Max File Size (MB)',
		name: 'maxFileSizeMb',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 2048 },
		default: DEFAULT_MAX_MB,
		description:
			'Larger files are not downloaded (recordings are A-law WAV, about 0.5 MB per minute)',
	},
]);

interface Plan {
	ref: RecordingRef;
	property: string;
	maxBytes: number;
}

export function prepare(this: IExecuteFunctions, item: ItemParameters): Plan {
	const property = item.raw('binaryPropertyName', 'data');
	if (typeof property !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(property))
		item.fail('"Put Output File in Field"', 'must be a field name (letters, digits, - and _)');
	const megabytes = item.raw('maxFileSizeMb', DEFAULT_MAX_MB);
	if (typeof megabytes !== 'number' || !(megabytes > 0))
		item.fail('"Max File Size (MB)"', 'must be a positive number');
	return { ref: readRecordingRef(item), property, maxBytes: Math.floor(megabytes * 1024 * 1024) };
}

export async function execute(
	this: IExecuteFunctions,
	plan: Plan,
	api: ItemApi,
): Promise<INodeExecutionData[]> {
	const url = await downloadLink(this, api, plan.ref);
	const credentials = await api.credentials();
	const file = await downloadFile(this, url, {
		accessAddress: String(credentials.accessAddress ?? ''),
		allowInsecureTls: credentials.allowUnauthorizedCerts === true,
		maxBytes: plan.maxBytes,
		itemIndex: api.itemIndex,
	});
	const mimeType =
		file.contentType && file.contentType !== 'application/octet-stream'
			? file.contentType
			: 'audio/wav';
	const fileName = safeFileName(plan.ref.fileName);
	const binary = await this.helpers.prepareBinaryData(file.bytes, fileName, mimeType);
	return [
		{
			json: {
				fileName,
				fileSize: file.bytes.length,
				mimeType,
				...(plan.ref.recordDomain ? { recordDomain: plan.ref.recordDomain } : {}),
			},
			binary: { [plan.property]: binary },
		},
	];
}
