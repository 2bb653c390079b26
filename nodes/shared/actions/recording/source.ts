import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FieldSpec } from '../../parameters/fieldSpec';
import { fieldProperty, shownWhen } from '../../parameters/fieldSpec';
import type { ItemParameters } from '../../parameters/itemParameters';
import { describeType } from '../../parameters/itemParameters';
import type { ItemApi } from '../../api/itemApi';

/** Where a recording is: the API's (domain, file name), or a CDR's direct download URL. */
export interface RecordingRef {
	fileName: string;
	recordDomain?: string;
	directUrl?: string;
}

const RECORDING_URI = '/rest/provision/voice/record/v1.0';

const RECORD_DOMAIN: FieldSpec = {
	name: 'recordDomain',
	displayName: 'Record Domain',
	kind: 'text',
	required: true,
	default: '={{ $json.recordDomain }}',
	description: "The CDR's recordDomain",
};
const FILE_NAME: FieldSpec = {
	name: 'fileName',
	displayName: 'File Name',
	kind: 'text',
	required: true,
	default: '={{ $json.recordObjectName }}',
	description: "The CDR's recordObjectName",
};

export function recordingSourceProperties(): INodeProperties[] {
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
		shownWhen(
			{
				displayName: 'CDR',
				name: 'cdr',
				type: 'json',
				default: '={{ $json }}',
				description: "The CDR object, e.g. an item of the trigger's fee event",
			},
			'source',
			['cdr'],
		),
		shownWhen(fieldProperty(RECORD_DOMAIN), 'source', ['fields']),
		shownWhen(fieldProperty(FILE_NAME), 'source', ['fields']),
	];
}

function cdrOf(item: ItemParameters): IDataObject {
	let cdr = item.raw('cdr', {});
	if (typeof cdr === 'string') {
		try {
			cdr = JSON.parse(cdr) as unknown;
		} catch {
			item.fail('"CDR"', 'is not valid JSON');
		}
	}
	if (cdr === null || typeof cdr !== 'object' || Array.isArray(cdr))
		item.fail(
			'"CDR"',
			`must be a CDR object (an item of the trigger's fee event), not ${describeType(cdr)}`,
		);
	return cdr as IDataObject;
}

function optionalText(item: ItemParameters, cdr: IDataObject, key: string): string {
	const value = cdr[key];
	if (value === undefined || value === null || value === '') return '';
	if (typeof value !== 'string')
		item.fail('"CDR"', `has a ${key} that is ${describeType(value)}, not text`);
	return value;
}

export function readRecordingRef(item: ItemParameters): RecordingRef {
	if (item.choice('source', 'Recording From', ['cdr', 'fields']) === 'fields') {
		return {
			recordDomain: item.read(RECORD_DOMAIN) as string,
			fileName: item.read(FILE_NAME) as string,
		};
	}
	const cdr = cdrOf(item);
	const fileName = optionalText(item, cdr, 'recordObjectName');
	const recordDomain = optionalText(item, cdr, 'recordDomain');
	const directUrl = optionalText(item, cdr, 'recordFileDownloadUrl');
	if (!fileName && !directUrl)
		item.fail(
			'"CDR"',
			'has no recording (no recordObjectName: was the call recorded and longer than 3 seconds?)',
		);
	if (!recordDomain && !directUrl)
		item.fail('"CDR"', 'has neither recordDomain nor recordFileDownloadUrl');
	if (recordDomain) return { recordDomain, fileName: fileName || fileNameOfUrl(directUrl) };
	return { fileName: fileName || fileNameOfUrl(directUrl), directUrl };
}

function fileNameOfUrl(url: string): string {
	return url.split(/[?#]/)[0].split('/').pop() ?? '';
}

/** The short-lived download URL: the API's 301 Location, or the CDR's direct URL when its domain is empty. */
export async function downloadLink(
	ctx: IExecuteFunctions,
	api: ItemApi,
	ref: RecordingRef,
): Promise<string> {
	if (ref.directUrl) return ref.directUrl;
	const response = await api.response({
		method: 'GET',
		uri: RECORDING_URI,
		qs: { fileName: ref.fileName, recordDomain: ref.recordDomain },
		redirect: 'manual',
	});
	const location = response.headers.location;
	if (typeof location !== 'string' || !location)
		throw new NodeOperationError(ctx.getNode(), 'Huawei did not return a download link', {
			itemIndex: api.itemIndex,
			description: 'The recording API answered without a Location header.',
		});
	return location;
}
