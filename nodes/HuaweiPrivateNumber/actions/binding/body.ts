import type { IDataObject } from 'n8n-workflow';

/** Wait tones chosen as two fields (callerHintTone, calleeHintTone) become the API's preVoice object. */
export function withPreVoice(body: IDataObject): IDataObject {
	const { callerHintTone, calleeHintTone, ...rest } = body;
	if (callerHintTone === undefined && calleeHintTone === undefined) return rest;
	return {
		...rest,
		preVoice: {
			...(callerHintTone ? { callerHintTone } : {}),
			...(calleeHintTone ? { calleeHintTone } : {}),
		},
	};
}
