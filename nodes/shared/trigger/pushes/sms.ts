import type { IDataObject } from 'n8n-workflow';

import type { PushItem } from './item';
import { pick } from '../../parameters/simplify';
import { isObject, itemJson, text } from './item';

const SIMPLE_FIELDS = [
	'smsIdentifier',
	'calling',
	'called',
	'virtualNumber',
	'smsContent',
	'sendResult',
	'timeStamp',
	'subscriptionId',
	'userData',
];

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

export function smsItem(appKey: unknown, sms: IDataObject): PushItem {
	const block = String(sms.notificationMode).toLowerCase() === 'block';
	const event = block ? 'smsBlock' : 'smsNotify';
	const eventKey = ['sms', sms.smsIdentifier, event, text(sms.called), text(sms.timeStamp)].join(
		'|',
	);
	return {
		event,
		eventKey,
		dedupe: { kind: 'key' },
		json: () =>
			itemJson(sms, {
				eventType: event,
				eventKey,
				appKey: text(appKey),
				extParams: extensionParameters(sms),
			}),
		simple: () => ({ eventType: event, ...pick(sms, SIMPLE_FIELDS), eventKey }),
	};
}
