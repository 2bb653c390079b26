import type { IDataObject } from 'n8n-workflow';

import { withIsoTimes } from '../../../shared/format';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { pick, simplifyOn } from '../../../shared/parameters/simplify';

/** What Simplify keeps of a binding: its ID, its numbers in every mode's names, and what a workflow checks. */
const SIMPLE_FIELDS = [
	'mode',
	'subscriptionId',
	...['relationNum', 'callerNum', 'calleeNum'], // AXB
	...['privateNum', 'origNum'], // AX
	...['virtualNum', 'extendNum', 'bindNum'], // AXE
	...['numX', 'numA', 'numY', 'numB'], // AXYB
	'recordFlag',
	'userData',
	'subscribeTimeIso',
	'bindExpiredTime',
];

/** Reads Simplify for a Get / Get Many item. */
export function readSimple(item: ItemParameters): boolean {
	return simplifyOn(item.raw('simple', true));
}

/** One output item per binding: the platform's fields, the mode, and ISO times beside raw ones. */
export function bindingItem(mode: string, binding: IDataObject, simple = false): IDataObject {
	const item = { mode, ...withIsoTimes(binding, ['subscribeTime']) };
	return simple ? pick(item, SIMPLE_FIELDS) : item;
}
