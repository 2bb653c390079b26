import type { Resource } from '../operation';
import { operationSelector } from '../operation';
import * as download from './download.operation';
import * as getLink from './getLink.operation';

export const recordingResource: Resource = {
	option: { name: 'Recording', value: 'recording', description: 'The recording of a call' },
	selector: operationSelector(
		'recording',
		[
			{
				name: 'Download',
				value: 'download',
				action: 'Download recording',
				description: 'Fetch the recording as a binary file',
			},
			{
				name: 'Get Download Link',
				value: 'getLink',
				action: 'Get download link of recording',
				description: 'Get the short-lived download URL of a recording',
			},
		],
		'download',
	),
	operations: { getLink, download },
};
