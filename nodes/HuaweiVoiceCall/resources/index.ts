import type { INodeProperties } from 'n8n-workflow';

import type { ResourceOperations } from '../../shared/operation';
import { allOperationProperties } from '../../shared/operation';
import { callOperationProperty, callOperations } from './call';
import { clickToCallOperationProperty, clickToCallOperations } from './clickToCall';
import { notificationOperationProperty, notificationOperations } from './notification';
import { recordingOperationProperty, recordingOperations } from './recording';
import { verificationCodeOperationProperty, verificationCodeOperations } from './verificationCode';

export const registry: Record<string, ResourceOperations> = {
	verificationCode: verificationCodeOperations,
	notification: notificationOperations,
	clickToCall: clickToCallOperations,
	call: callOperations,
	recording: recordingOperations,
};

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Call', value: 'call' },
		{ name: 'Click-to-Call', value: 'clickToCall', description: 'Call A, then connect A to B' },
		{
			name: 'Notification',
			value: 'notification',
			description: 'Play a voice message, optionally collect digits',
		},
		{ name: 'Recording', value: 'recording' },
		{
			name: 'Verification Code',
			value: 'verificationCode',
			description: 'Read out a numeric code',
		},
	],
	default: 'verificationCode',
};

const operationProperties = [
	verificationCodeOperationProperty,
	notificationOperationProperty,
	clickToCallOperationProperty,
	callOperationProperty,
	recordingOperationProperty,
];

export const operationDescriptions = allOperationProperties(registry, operationProperties);
