import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../../shared/operation';
import * as download from './download';
import * as getLink from './getLink';

export const recordingOperations: ResourceOperations = { getLink, download };

export const recordingOperationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['recording'] } },
	options: [
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
	default: 'download',
};
