import type { EventOption } from '../shared/trigger/events';
import { byName, SHARED_EVENTS } from '../shared/trigger/events';
import type { TriggerProduct } from '../shared/trigger/product';
import { callEvents } from '../shared/trigger/pushes/callEvent';
import { cdrs } from '../shared/trigger/pushes/cdr';

/** Everything Voice Call pushes, as the Events list names it. */
const EVENTS: EventOption[] = byName([
	...SHARED_EVENTS,
	{
		name: 'Call Started',
		value: 'callout',
		action: 'On call started',
		description: 'The platform started calling a number (each click-to-call leg)',
	},
	{
		name: 'Digits Collected',
		value: 'collectInfo',
		action: 'On digits collected',
		description: 'The keys pressed during a voice notification',
	},
]);

/**
 * The answer Huawei's samples give a Voice Call push. Self-contained: n8n also runs its source as
 * the trigger's response expression when a parameter holds an expression.
 */
export const pushAnswer = () => ({ resultcode: '0', resultdesc: 'Success' });

export const PRODUCT: TriggerProduct = {
	credentialType: 'huaweiVoiceCallApi',
	events: EVENTS,
	kinds: [
		cdrs('displayNumber'),
		callEvents(['callout', 'alerting', 'answer', 'collectInfo', 'disconnect']),
	],
	notifyAnswer: JSON.stringify(pushAnswer()),
	verifyKind: 'voiceCallPush',
};
