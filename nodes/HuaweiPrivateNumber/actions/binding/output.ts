import type { IDataObject } from 'n8n-workflow';

import { platformTimeToIso } from '../../../shared/format';
import type { ItemParameters } from '../../../shared/parameters/itemParameters';
import { simplifyOn } from '../../../shared/parameters/simplify';

/**
 * Huawei's names of a binding's numbers in each mode's requests and answers, and the item's name
 * for each (README: "Output fields"). The first present wins: AX's query answer names are not certain.
 */
const NUMBER_NAMES: Record<string, Array<[string, string]>> = {
	AXB: [
		['relationNum', 'xNumber'],
		['callerNum', 'aNumber'],
		['calleeNum', 'bNumber'],
	],
	AX: [
		['privateNum', 'xNumber'],
		['relationNum', 'xNumber'],
		['origNum', 'aNumber'],
		['callerNum', 'aNumber'],
	],
	AXE: [
		['virtualNum', 'xNumber'],
		['number', 'xNumber'], // the binding counts of an X
		['bindNum', 'aNumber'],
		['extendNum', 'extension'],
	],
	AXYB: [
		['bindId', 'subscriptionId'],
		['numX', 'xNumber'],
		['relationNum', 'xNumber'],
		['numA', 'aNumber'],
		['numY', 'yNumber'],
		['yNum', 'yNumber'],
		['numB', 'bNumber'],
		['bNum', 'bNumber'],
	],
};

/** Huawei's fields the vocabulary renames or turns into a real type, in every mode. */
const CONVERTED = ['recordFlag', 'subscribeTime'];

/** Reads Simplify for a Get / Get Many item. */
export function readSimple(item: ItemParameters): boolean {
	return simplifyOn(item.raw('simple', true));
}

/**
 * The fields every binding item names alike, from Huawei's record of a binding (an answer, or what
 * was sent): its mode and ID, its numbers as X / A / B / Y Number and extension, whether calls are
 * recorded (a real boolean), its user data and when it was created or last changed.
 */
function bindingFacts(mode: string, record: IDataObject): IDataObject {
	const facts: IDataObject = { mode };
	if (record.subscriptionId !== undefined) facts.subscriptionId = record.subscriptionId;
	for (const [huawei, ours] of NUMBER_NAMES[mode])
		if (facts[ours] === undefined && record[huawei] !== undefined) facts[ours] = record[huawei];
	if (record.recordFlag !== undefined) facts.recordCalls = String(record.recordFlag) === 'true';
	if (record.userData !== undefined) facts.userData = record.userData;
	const updatedAt = platformTimeToIso(record.subscribeTime);
	if (updatedAt) facts.updatedAt = updatedAt;
	return facts;
}

/** One Get / Get Many item per binding: the facts alone (Simplify), or after Huawei's own fields. */
export function bindingItem(mode: string, binding: IDataObject, simple = false): IDataObject {
	const facts = bindingFacts(mode, binding);
	return simple ? facts : { mode, ...binding, ...facts };
}

/**
 * What a create, change or removal did, in the items' vocabulary: the binding's facts from what
 * was sent and answered, then every other field of them as Huawei names it.
 */
export function bindingResult(mode: string, record: IDataObject): IDataObject {
	const renamed = new Set([...NUMBER_NAMES[mode].map(([huawei]) => huawei), ...CONVERTED]);
	const others = Object.entries(record).filter(([key]) => !renamed.has(key));
	return { ...bindingFacts(mode, record), ...Object.fromEntries(others) };
}
