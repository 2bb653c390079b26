import type { IHookFunctions } from 'n8n-workflow';

import type { EventOption } from '../shared/trigger/events';
import { byName, SHARED_EVENTS } from '../shared/trigger/events';
import type { TriggerProduct } from '../shared/trigger/product';
import { callEvents } from '../shared/trigger/pushes/callEvent';
import { cdrs } from '../shared/trigger/pushes/cdr';
import { readSettings, triggerParameters } from '../shared/trigger/settings';
import { answerBlock } from './block/answerBlock';
import { readBlockSettings } from './block/settings';
import { numberStateOf, numberStatuses } from './pushes/numberStatus';
import { smsPushes } from './pushes/sms';

/** Everything Private Number pushes, as the Events list names it. */
const EVENTS: EventOption[] = byName([
	...SHARED_EVENTS,
	{
		name: 'Call Arrived at X',
		value: 'callin',
		action: 'On call arrived at X',
		description: 'A call reached the private number (X-mode: waits for a decision)',
	},
	{
		name: 'Call Forwarded',
		value: 'callout',
		action: 'On call forwarded',
		description: 'The platform started calling the real callee',
	},
	{
		name: 'Extension Collected (AXE)',
		value: 'collectInfo',
		action: 'On extension collected',
	},
	{
		name: 'Number Status Changed',
		value: 'numStatus',
		action: 'On number status changed',
		description: 'An X number became unavailable or available again',
	},
	{
		name: 'SMS Control',
		value: 'smsBlock',
		action: 'On SMS control request',
		description: 'An SMS waiting for a forward or discard decision',
	},
	{ name: 'SMS Notification', value: 'smsNotify', action: 'On SMS notification' },
]);

export const PRODUCT: TriggerProduct = {
	credentialType: 'huaweiPrivateNumberApi',
	events: EVENTS,
	kinds: [
		smsPushes,
		cdrs('xNumber'),
		numberStatuses,
		callEvents(['callin', 'callout', 'alerting', 'answer', 'collectInfo', 'disconnect']),
	],
	stateOf: numberStateOf,
	notifyAnswer: '',
	verifyKind: 'request',
	answerBlock,
	checkSettings(ctx: IHookFunctions) {
		const read = triggerParameters(ctx);
		const settings = readSettings(read);
		if ('problem' in settings) return settings.problem;
		const block = readBlockSettings(read, settings.events);
		return 'problem' in block ? block.problem : undefined;
	},
};
