// X-number status changes: stored on the number and pushed to the number-status URL (or else the
// call-status URL), at most 100 entries per push.
const MAX_ENTRIES_PER_PUSH = 100;

/**
 * @param {import('./index').Traffic} traffic
 * @param {{ number: string, status: string, cause?: string }[]} changes
 */
async function changeNumberStatus({ pusher }, app, changes) {
	for (const change of changes) {
		const entry = app.numbers.get(change.number);
		if (entry) entry.status = change.status;
	}
	const url = app.callbacks.numStatus ?? app.callbacks.status;
	if (!url) return;
	for (let i = 0; i < changes.length; i += MAX_ENTRIES_PER_PUSH) {
		await pusher.push(app, url, 'numStatus', {
			eventType: 'numStatus',
			numInfo: changes
				.slice(i, i + MAX_ENTRIES_PER_PUSH)
				.map(({ number, status, cause }) => ({ number, status, ...(cause ? { cause } : {}) })),
		});
	}
}

module.exports = { changeNumberStatus };
