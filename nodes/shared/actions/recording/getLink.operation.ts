import type { IExecuteFunctions } from 'n8n-workflow';

import type { ItemParameters } from '../../parameters/itemParameters';
import type { ItemApi } from '../../api/itemApi';
import { forOperation } from '../operation';
import type { RecordingRef } from './source';
import { downloadLink, readRecordingRef, recordingSourceProperties } from './source';

export const description = forOperation('recording', 'getLink', recordingSourceProperties());

export function prepare(this: IExecuteFunctions, item: ItemParameters): RecordingRef {
	return readRecordingRef(item);
}

export async function execute(this: IExecuteFunctions, ref: RecordingRef, api: ItemApi) {
	return {
		downloadUrl: await downloadLink(this, api, ref),
		fileName: ref.fileName,
		...(ref.recordDomain ? { recordDomain: ref.recordDomain } : {}),
	};
}
