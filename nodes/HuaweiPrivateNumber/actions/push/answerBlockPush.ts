import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Operation } from '../../../shared/actions/operation';
import { forOperation } from '../../../shared/actions/operation';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { isBlockEvent } from '../../../shared/trigger/events';
import { PUSHED_PHONE } from '../../../shared/trigger/pushes/parse';
import { blockProperties } from '../../../HuaweiPrivateNumberTrigger/block/properties';
import { workflowDecision } from '../../../HuaweiPrivateNumberTrigger/block/workflowDecision';

/** The trigger's decision fields, here per item (expressions allowed) and for both kinds of push. */
const DECISION_FIELDS: Record<string, string> = {
	smsBlockAction: 'For an SMS Control push',
	smsForwardTo: '',
	callinAction: 'For an X-mode "Call Arrived at X" push',
	callinConnectTo: '',
};

function properties(): INodeProperties[] {
	const decisions = blockProperties
		.filter((property) => property.name in DECISION_FIELDS)
		.map((property): INodeProperties => {
			const show = { ...property.displayOptions?.show };
			delete show.events;
			const description = DECISION_FIELDS[property.name];
			return {
				...property,
				noDataExpression: false,
				displayOptions: { show },
				...(description ? { description } : {}),
			};
		});
	return [
		{
			displayName:
				'Gives Huawei\'s answer to a Block push (SMS Control, X-mode "Call Arrived at X") as this item, for a Respond to Webhook node (Respond With: First Incoming Item). Put it after Push → Verify and Parse; the Webhook node must Respond "Using \'Respond to Webhook\' Node".',
			name: 'answerBlockPushNotice',
			type: 'notice',
			default: '',
		},
		...decisions,
	];
}

/**
 * Push → Answer Block Push: the decision set here (per item) as Huawei's answer to the Block push
 * the input item is (as Verify and Parse put it out), checked exactly as the trigger checks a
 * workflow's answer.
 */
export function answerBlockPushOperation(resource: string): Operation<IDataObject> {
	return {
		description: forOperation(resource, 'answerBlockPush', properties()),
		prepare(item: ItemParameters) {
			const push = item.ctx.getInputData()[item.itemIndex]?.json ?? {};
			if (!isBlockEvent(push.eventType, push.notifyMode))
				item.fail(
					'The input item',
					'is not a Block push (an SMS Control or X-mode "Call Arrived at X" event): put this after Push → Verify and Parse',
				);
			const sms = push.eventType === 'smsBlock';
			// The answer repeats the SMS's sender or the X the call reached: only a phone number may be.
			const echoed = sms ? 'callerNumber' : 'xNumber';
			const echo = push[echoed];
			if (typeof echo !== 'string' || !PUSHED_PHONE.test(echo))
				item.fail(`The input item's ${echoed}`, 'is not a phone number as Huawei pushes one');
			// The target is read only for the decision that has one (it is hidden otherwise).
			const [action, target, targetField, none] = sms
				? (['smsBlockAction', 'smsForwardTo', 'forwardTo', 'discard'] as const)
				: (['callinAction', 'callinConnectTo', 'connectTo', 'close'] as const);
			const operation = item.raw(action, none);
			const decision = {
				operation,
				...(operation === none ? {} : { [targetField]: item.raw(target, '') }),
			} as IDataObject;
			const checked = workflowDecision(decision, item.defaultCountryCode, {
				sms,
				calling: sms ? (echo as string) : '',
				called: sms ? '' : (echo as string),
			});
			if ('problem' in checked)
				item.fail(sms ? 'The SMS Control Decision' : 'The Call Decision', checked.problem);
			return checked.answer;
		},
		async execute(answer) {
			return answer;
		},
	};
}
