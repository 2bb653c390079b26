import type { IDataObject } from 'n8n-workflow';

import type { BlockSettings } from './settings';

/**
 * Huawei's answers to Block pushes, built only from checked values: E.164 numbers, known
 * operations, approved file names, user data as Huawei allows it. Nothing is copied from the push
 * but `calling` (SMS) and `called` (callin), which the parser accepts only as phone numbers.
 */

/** What an answer may repeat of the push: the SMS's sender, the X a call reached. */
export interface BlockFacts {
	sms: boolean;
	calling: string;
	called: string;
}

export const discardSms = (): IDataObject => ({ actions: [{ operation: 'DiscardMessage' }] });

export const forwardSms = (to: string, calling: string, userData?: string): IDataObject => ({
	actions: [
		{
			operation: 'vNumberRoute',
			message: { called: to, calling },
			...(userData ? { userData } : {}),
		},
	],
});

export const endCall = (closeInfo?: IDataObject): IDataObject =>
	closeInfo && Object.keys(closeInfo).length
		? { operation: 'close', closeInfo }
		: { operation: 'close' };

/** Connects the call to `to`, showing the callee the X the call reached unless given otherwise. */
export const connectCall = (to: string, called: string, more: IDataObject = {}): IDataObject => ({
	operation: 'connect',
	connectInfo: { displayCalleeNum: called, ...more, calleeNum: to },
});

/** The node's own decision: also the fallback of workflow answers. */
export function fixedAnswer(settings: BlockSettings, push: BlockFacts): IDataObject {
	if (push.sms)
		return settings.smsForwardTo ? forwardSms(settings.smsForwardTo, push.calling) : discardSms();
	return settings.callinConnectTo ? connectCall(settings.callinConnectTo, push.called) : endCall();
}
