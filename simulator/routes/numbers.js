// Choosing a private number for a new binding: an explicit number wins over an area code; the
// area code matches strictly ("0") or loosely ("1": same city, then province, then any number).
const { PlatformError, invalid } = require('../http');

function checkUsable(entry) {
	if (entry.status === '11') throw new PlatformError('1010029');
	if (entry.status !== '5') throw new PlatformError('1012102');
}

/**
 * The app's own number `number`, or the platform's error for a foreign or unusable one.
 * @param {import('../state').SimApp} app
 * @param {string} number
 */
function ownNumber(app, number) {
	const entry = app.numbers.get(number);
	if (!entry) throw new PlatformError('1012001');
	return entry;
}

/**
 * The number for a new binding: `explicit` (named `explicitField` in errors) if given, else the
 * first free one of `areaCode`, matched strictly or loosely.
 * @param {import('../state').SimApp} app
 * @param {object} choice
 * @param {string} [choice.explicit]
 * @param {string} [choice.explicitField]
 * @param {string} [choice.areaCode]
 * @param {string} [choice.areaMatchMode] '0' strict, '1' loose
 * @param {(entry: import('../state').SimNumber) => boolean} choice.isFree
 * @param {string[]} [choice.exclude]
 * @returns {{ entry: import('../state').SimNumber, free: boolean }}
 */
function pickNumber(
	app,
	{
		explicit = undefined,
		explicitField = undefined,
		areaCode,
		areaMatchMode = '0',
		isFree,
		exclude = [],
	},
) {
	if (explicit) {
		const entry = ownNumber(app, explicit);
		checkUsable(entry);
		return { entry, free: isFree(entry) };
	}
	if (!areaCode)
		throw invalid(explicitField ? `${explicitField} or areaCode` : 'areaCode', 'is missing');
	const usable = [...app.numbers.values()].filter(
		(entry) => entry.status === '5' && !exclude.includes(entry.number) && isFree(entry),
	);
	const sameArea = usable.filter((entry) => entry.areaCode === areaCode);
	if (sameArea.length) return { entry: sameArea[0], free: true };
	if (areaMatchMode === '1') {
		const province = [...app.numbers.values()].find(
			(entry) => entry.areaCode === areaCode,
		)?.province;
		const sameProvince = usable.filter((entry) => province && entry.province === province);
		const fallback = sameProvince.length ? sameProvince : usable;
		if (fallback.length) return { entry: fallback[0], free: true };
	}
	throw new PlatformError('1011002');
}

/** The standard paging of QueryAXBBinding: pageIndex ≥ 1 (default 1), pageSize 10-100 else 50. */
function paging(query) {
	const index = Number.parseInt(query.pageIndex, 10);
	const size = Number.parseInt(query.pageSize, 10);
	return {
		pageIndex: Number.isInteger(index) && index >= 1 ? index : 1,
		pageSize: Number.isInteger(size) && size >= 10 && size <= 100 ? size : 50,
	};
}

module.exports = { pickNumber, ownNumber, paging };
