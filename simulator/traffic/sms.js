// SMS through a private number (AXB, AX, X): Notify pushes for forwarded texts, Block pushes to
// the SMS control URL where the customer decides (AX texts without a valid "@number" suffix,
// every X-mode text).
const crypto = require('node:crypto');

/** An AX text from A ends with "@<B number>" naming the real receiver. */
const AX_TARGET_SUFFIX = /@(\+?\d{5,20})$/;

/**
 * An SMS from `from` to private number `to`.
 * @param {import('./index').Traffic} traffic
 * @returns {Promise<{ forwarded: boolean, to?: string, decision?: string }>}
 */
async function sendSms({ state, pusher }, app, { from, to, content = 'hello' }) {
	const base = {
		smsIdentifier: crypto.randomBytes(8).toString('hex'),
		calling: from,
		virtualNumber: to,
		event: 'Text SMS',
		timeStamp: new Date(state.now()).toISOString(),
		smsContent: content,
	};
	const ofBinding = (binding) => ({
		...(binding?.subscriptionId ? { subscriptionId: binding.subscriptionId } : {}),
		...(binding?.userData ? { userData: binding.userData } : {}),
	});
	const notify = async (called, binding, direction) => {
		if (app.callbacks.smsNotify) {
			await pusher.push(app, app.callbacks.smsNotify, 'sms', {
				appKey: app.appKey,
				smsEvent: {
					...base,
					notificationMode: 'Notify',
					called,
					...ofBinding(binding),
					extInfo: {
						extParas: [
							{ key: 'splitNum', value: '1' },
							{ key: 'direction', value: String(direction) },
						],
					},
					sendResult: 2,
				},
			});
		}
		return { forwarded: true, to: called };
	};
	const block = async (binding) => {
		if (!app.callbacks.smsBlock) return { forwarded: false };
		const answer = await pusher.push(app, app.callbacks.smsBlock, 'block', {
			appKey: app.appKey,
			smsEvent: {
				...base,
				notificationMode: 'Block',
				...(binding?.subscriptionId ? { subscriptionId: binding.subscriptionId } : {}),
				extInfo: { extParas: [] },
			},
		});
		const action = firstAction(answer.body);
		if (action?.operation !== 'vNumberRoute' || !action.message?.called)
			return { forwarded: false, decision: action?.operation ?? 'none' };
		return notify(action.message.called, binding, 1);
	};

	if (app.mode === 'AXB') {
		const binding = state
			.liveBindings(app, 'AXB')
			.find((b) => b.relationNum === to && (b.callerNum === from || b.calleeNum === from));
		if (!binding) return { forwarded: false };
		const fromA = binding.callerNum === from;
		return notify(fromA ? binding.calleeNum : binding.callerNum, binding, fromA ? 1 : 2);
	}
	if (app.mode === 'AX') {
		const binding = state.liveBindings(app, 'AX').find((b) => b.privateNum === to);
		if (!binding) return { forwarded: false };
		if (from !== binding.origNum) return notify(binding.origNum, binding, 0);
		const suffix = AX_TARGET_SUFFIX.exec(content);
		if (!suffix) return block(binding);
		return notify(suffix[1].startsWith('+') ? suffix[1] : `+86${suffix[1]}`, binding, 1);
	}
	if (app.mode === 'X') return block(undefined);
	return { forwarded: false };
}

/** The first action of a Block answer, or undefined when the answer is not valid JSON. */
function firstAction(body) {
	try {
		return JSON.parse(body ?? '').actions?.[0];
	} catch {
		return undefined;
	}
}

module.exports = { sendSms };
