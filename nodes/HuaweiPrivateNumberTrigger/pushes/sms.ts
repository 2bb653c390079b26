import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../../shared/guards';
import { pick } from '../../shared/parameters/simplify';
import type { PushItem } from '../../shared/trigger/pushes/item';
import { definedOnly, itemJson, text } from '../../shared/trigger/pushes/item';
import type { PushKind } from '../../shared/trigger/pushes/parse';
import { isText, PUSHED_PHONE } from '../../shared/trigger/pushes/parse';

/** Huawei's fields a simplified SMS item keeps as they are. */
const KEPT = ['sendResult', 'subscriptionId', 'userData'];

/** `extInfo.extParas` ([{key, value}]) as one object, kept apart from the item's own fields. */
function extensionParameters(sms: IDataObject): IDataObject {
	const list =
		isObject(sms.extInfo) && Array.isArray(sms.extInfo.extParas) ? sms.extInfo.extParas : [];
	const params: IDataObject = {};
	for (const entry of list)
		if (isObject(entry) && typeof entry.key === 'string')
			// defineProperty: a key such as __proto__ stays an ordinary field.
			Object.defineProperty(params, entry.key, {
				value: entry.value,
				enumerable: true,
				writable: true,
				configurable: true,
			});
	return params;
}

function smsItem(appKey: unknown, sms: IDataObject): PushItem {
	const block = String(sms.notificationMode).toLowerCase() === 'block';
	const event = block ? 'smsBlock' : 'smsNotify';
	const eventKey = ['sms', sms.smsIdentifier, event, text(sms.called), text(sms.timeStamp)].join(
		'|',
	);
	/** The fields every item of the triggers names alike (README: "Output fields"). */
	const common = (): IDataObject =>
		definedOnly({
			eventType: event,
			smsId: sms.smsIdentifier,
			time: sms.timeStamp,
			callerNumber: sms.calling,
			calleeNumber: sms.called,
			xNumber: sms.virtualNumber,
			text: sms.smsContent,
		});
	return {
		event,
		eventKey,
		dedupe: { kind: 'key' },
		json: () =>
			itemJson(sms, {
				...common(),
				eventKey,
				appKey: text(appKey),
				extParams: extensionParameters(sms),
			}),
		simple: () => ({ ...common(), ...pick(sms, KEPT), eventKey }),
	};
}

/** SMS pushes ({appKey, smsEvent}): a notification, or a Block push waiting for a decision. */
export const smsPushes: PushKind = {
	matches: (body) => isObject(body.smsEvent),
	parse(body) {
		const sms = body.smsEvent as IDataObject;
		const mode = String(sms.notificationMode).toLowerCase();
		if (!isText(sms.smsIdentifier, 64) || (mode !== 'notify' && mode !== 'block'))
			return {
				ok: false,
				reason: 'smsEvent needs an smsIdentifier and notificationMode Notify or Block',
			};
		const item = smsItem(body.appKey, sms);
		if (mode === 'notify') return { ok: true, kind: 'sms', block: false, items: [item] };
		// The answer to a Block push repeats `calling`: only a real phone number may be echoed.
		if (typeof sms.calling !== 'string' || !PUSHED_PHONE.test(sms.calling))
			return { ok: false, reason: 'an SMS Block push needs calling as a phone number' };
		return { ok: true, kind: 'sms', block: true, items: [item] };
	},
};
