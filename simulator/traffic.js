// Simulated calls and SMS: resolves who is called through which binding, then drives the
// documented push sequence (call events, then the CDR) to the app's callback URLs.
const crypto = require('node:crypto');

const HOST = 'callenabler246.huaweicaas.com';
const RECORD_DOMAIN = 'ostor.sim.huaweicaas.com';
const RECORD_BUCKET = 'sim-record-bucket';

/** How the called party behaves: stateCode for the disconnect, Q.850 cause and release point for the CDR. */
const OUTCOMES = {
	answer: { stateCode: 0, q850: 0, ulFailReason: 0, sip: 0, answered: true },
	busy: { stateCode: 8102, q850: 17, ulFailReason: 8102, sip: 486 },
	noAnswer: { stateCode: 8101, q850: 19, ulFailReason: 8101, sip: 480, rings: true },
	notExist: { stateCode: 8100, q850: 1, ulFailReason: 8100, sip: 404 },
	callerHangsUp: { stateCode: 0, q850: 16, ulFailReason: 7502, sip: 487, rings: true },
};

const STATE_DESC = {
	0: 'The user releases the call.',
	8010: 'The maximum call duration is reached.',
	8013: 'Invalid AX call: no temporary callee.',
	8014: 'Invalid call: no binding.',
	8016: 'The call direction is not allowed.',
	8017: 'The call is released as instructed.',
	8018: 'No service permission.',
	8019: 'No callback record.',
	8022: 'The binding does not exist or has expired.',
	8030: 'The AXYB binding does not exist.',
	8100: 'The callee number does not exist.',
	8101: 'The callee does not answer.',
	8102: 'The callee is busy.',
};

const SERVICE_TYPE = { AX: '003', AXB: '004', X: '004', AXE: '005', AXYB: '007' };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sessionId(state) {
	const n = state.nextId();
	const stamp = new Date(state.now()).toISOString().replace(/\D/g, '').slice(0, 14);
	return `1202_${1000 + n}_4294967295_${stamp}@${HOST}`;
}

/** A short A-law-style WAV the recording routes serve: RIFF header + a tone, deterministic per name. */
function wavBytes(seed, seconds) {
	const samples = 8000 * Math.max(1, Math.min(seconds, 5));
	const header = Buffer.alloc(44);
	header.write('RIFF', 0);
	header.writeUInt32LE(36 + samples, 4);
	header.write('WAVEfmt ', 8);
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(6, 20); // A-law
	header.writeUInt16LE(1, 22);
	header.writeUInt32LE(8000, 24);
	header.writeUInt32LE(8000, 28);
	header.writeUInt16LE(1, 32);
	header.writeUInt16LE(8, 34);
	header.write('data', 36);
	header.writeUInt32LE(samples, 40);
	const digest = crypto.createHash('sha256').update(seed).digest();
	const data = Buffer.alloc(samples);
	for (let i = 0; i < samples; i++) data[i] = digest[i % digest.length] ^ (i & 0x55);
	return Buffer.concat([header, data]);
}

class Traffic {
	constructor(state, pusher, { eventGapMs = 5 } = {}) {
		this.state = state;
		this.pusher = pusher;
		this.eventGapMs = eventGapMs;
	}

	/** Who a call from `caller` to private number `called` reaches, per the app's mode and bindings. */
	async route(app, call) {
		const { state } = this;
		const { caller, called } = call;
		const mode = app.mode;
		if (mode === 'AXB') {
			const binding = state.liveBindings(app, 'AXB').find((b) => b.relationNum === called && (b.callerNum === caller || b.calleeNum === caller));
			if (!binding) return { failCode: 8014 };
			const fromA = binding.callerNum === caller;
			const direction = binding.callDirection ?? 0;
			if ((direction === 1 && !fromA) || (direction === 2 && fromA)) return { binding, failCode: 8016 };
			return { binding, callee: fromA ? binding.calleeNum : binding.callerNum, direction: fromA ? 1 : 0 };
		}
		if (mode === 'AX') {
			const binding = state.liveBindings(app, 'AX').find((b) => b.privateNum === called);
			if (!binding) return { failCode: 8018 };
			if (caller !== binding.origNum) return { binding, callee: binding.origNum, direction: 0 };
			const temp = binding.tempCallee;
			if (!temp || temp.expiresAt <= state.now()) return { binding, failCode: 8013 };
			return { binding, callee: temp.calleeNum, direction: 1, userData: temp.userData ?? binding.userData };
		}
		if (mode === 'AXE') {
			const onX = state.liveBindings(app, 'AXE').filter((b) => b.virtualNum === called);
			const own = onX.find((b) => b.bindNum === caller);
			if (own) {
				const last = own.lastCaller;
				const lifetime = own.callbackExpiredTime ? own.callbackExpiredTime * (own.timeUnit === '1' ? 60_000 : 3_600_000) : Infinity;
				if (last && state.now() - last.at <= lifetime) return { binding: own, callee: last.number, direction: 1 };
				if (own.callbackNum) return { binding: own, callee: own.callbackNum, direction: 1 };
				return { binding: own, failCode: 8019 };
			}
			const binding = onX.find((b) => b.extendNum === call.extension);
			if (!binding) return { failCode: onX.length || call.extension ? 8022 : 8025, collected: call.extension };
			binding.lastCaller = { number: caller, at: state.now() };
			return { binding, callee: binding.bindNum, direction: 0, collected: call.extension };
		}
		if (mode === 'AXYB') {
			for (const binding of state.liveBindings(app, 'AXYB')) {
				const direction = binding.callDirection ?? 0;
				const viaY = binding.yb.find((yb) => yb.numY === called && caller === binding.numA);
				if (viaY) return direction === 2 ? { binding, failCode: 8016 } : { binding, callee: viaY.numB, direction: 1, display: viaY.numY };
				const viaX = binding.yb.find((yb) => yb.numB === caller && called === binding.numX);
				if (viaX) return direction === 1 ? { binding, failCode: 8016 } : { binding, callee: binding.numA, direction: 0, display: viaX.numY };
			}
			return { failCode: 8030 };
		}
		if (mode === 'X') return this.askCustomer(app, call);
		return { failCode: 8018 };
	}

	/** X mode: the customer decides the callee in its answer to a Block `callin` push. */
	async askCustomer(app, call) {
		const url = app.callbacks.status;
		if (!url) return { failCode: 8014 };
		const answer = await this.pusher.push(app, url, 'block', {
			eventType: 'callin',
			statusInfo: { sessionId: call.sessionId, timestamp: this.state.timestamp(), caller: call.caller, called: call.called, notifyMode: 'Block' },
		});
		call.callinSent = true;
		let decision;
		try {
			decision = JSON.parse(answer.body ?? '');
		} catch {
			return { failCode: 8014 };
		}
		if (decision?.operation === 'close') return { failCode: 0, closedByCustomer: true };
		const info = decision?.operation === 'connect' ? decision.connectInfo : undefined;
		const valid =
			info && /^\+\d{4,30}$/.test(info.calleeNum ?? '') &&
			(info.maxDuration === undefined || (Number.isInteger(info.maxDuration) && info.maxDuration >= 0 && info.maxDuration <= 1440));
		if (!valid) return { failCode: 8014 };
		return {
			binding: { recordFlag: info.recordFlag, userData: info.userData, maxDuration: info.maxDuration },
			callee: info.calleeNum,
			direction: 1,
			display: info.displayCalleeNum ?? call.called,
		};
	}

	async sendEvent(app, url, eventType, statusInfo) {
		if (!url) return;
		await this.pusher.push(app, url, app.mode === 'VOICE' ? 'voiceStatus' : 'call', { eventType, statusInfo });
		if (this.eventGapMs) await sleep(this.eventGapMs);
	}

	/**
	 * Places a call from `caller` to private number `called` (an admin action). Options: outcome
	 * (answer, busy, noAnswer, notExist, callerHangsUp), ringSeconds, talkSeconds, extension (AXE digits),
	 * deferFee (return the CDR instead of pushing it, for merged fee pushes).
	 */
	placePrivateCall(app, options) {
		const id = sessionId(this.state);
		this.state.sessions.set(id, { sessionId: id, appKey: app.appKey, status: 'active' });
		return { sessionId: id, done: this.runPrivateCall(app, options, id) };
	}

	async runPrivateCall(app, options, id) {
		const { state } = this;
		const call = { ...options, sessionId: id, startedAt: state.now() };
		const session = state.sessions.get(id);
		const t = (seconds) => state.timestamp(call.startedAt + seconds * 1000);
		const url = app.callbacks.status;
		const route = await this.route(app, call);
		const binding = route.binding ?? {};
		const common = { sessionId: call.sessionId, subscriptionId: binding.subscriptionId };
		const userData = route.userData ?? binding.userData;

		if (!call.callinSent) {
			await this.sendEvent(app, url, 'callin', { ...common, timestamp: t(0), caller: call.caller, called: call.called, ...(userData ? { userData } : {}) });
		}
		if (app.mode === 'AXE' && route.collected !== undefined) {
			await this.sendEvent(app, url, 'collectInfo', { ...common, timestamp: t(2), caller: call.caller, called: call.called, digitInfo: route.collected });
		}
		const outcomeName = route.failCode !== undefined ? undefined : options.outcome ?? 'answer';
		const outcome = outcomeName ? OUTCOMES[outcomeName] : undefined;
		if (!outcome && options.outcome && !OUTCOMES[options.outcome]) throw new Error(`unknown outcome ${options.outcome}`);
		const ring = options.ringSeconds ?? 4;
		let talk = outcome?.answered ? options.talkSeconds ?? 30 : 0;
		if (binding.maxDuration && talk > binding.maxDuration * 60) talk = binding.maxDuration * 60;
		const display = route.display ?? call.called;
		let stateCode = route.failCode ?? outcome.stateCode;
		if (outcome) {
			await this.sendEvent(app, url, 'callout', { ...common, timestamp: t(3), caller: display, called: route.callee });
			if (outcome.answered || outcome.rings) await this.sendEvent(app, url, 'alerting', { ...common, timestamp: t(4), caller: display, called: route.callee });
			if (outcome.answered) {
				await this.sendEvent(app, url, 'answer', { ...common, timestamp: t(4 + ring), caller: display, called: route.callee });
				await this.hold(session, options.holdMs);
			}
			if (session.status === 'stopped') stateCode = 0;
			else if (options.talkSeconds && binding.maxDuration && options.talkSeconds > binding.maxDuration * 60) stateCode = 8010;
		}
		const end = 4 + ring + talk;
		if (!route.closedByCustomer || route.failCode !== 0) {
			await this.sendEvent(app, url, 'disconnect', {
				...common,
				timestamp: t(end),
				caller: call.caller,
				called: call.called,
				stateCode,
				stateDesc: STATE_DESC[stateCode] ?? 'The call is released.',
			});
		}
		session.status = 'ended';

		const recorded = outcome?.answered && binding.recordFlag === 'true' && talk >= 3;
		const cdr = {
			direction: route.failCode !== undefined ? 2 : route.direction,
			spId: app.spId,
			appKey: app.appKey,
			icid: crypto.randomBytes(16).toString('hex') + `.${state.nextId()}`,
			bindNum: display,
			sessionId: call.sessionId,
			...(binding.subscriptionId ? { subscriptionId: binding.subscriptionId, mptyId: binding.subscriptionId } : {}),
			callerNum: call.caller,
			calleeNum: call.called,
			...(route.callee ? { fwdDisplayNum: display, fwdDstNum: route.callee } : {}),
			callInTime: t(0),
			...(outcome ? { fwdStartTime: t(3) } : {}),
			...(outcome && (outcome.answered || outcome.rings) ? { fwdAlertingTime: t(4) } : {}),
			...(outcome?.answered ? { fwdAnswerTime: t(4 + ring) } : {}),
			callEndTime: t(end),
			fwdUnaswRsn: outcome ? outcome.q850 : 0,
			...(outcome?.answered ? {} : { failTime: t(end) }),
			ulFailReason: outcome ? outcome.ulFailReason : route.failCode,
			sipStatusCode: outcome ? outcome.sip : 0,
			callOutUnaswRsn: 0,
			recordFlag: recorded ? 1 : 0,
			ttsPlayTimes: 0,
			ttsTransDuration: 0,
			serviceType: SERVICE_TYPE[app.mode],
			hostName: HOST,
			...(userData ? { userData } : {}),
			...(app.mode === 'AXE' && binding.extendNum ? { extendNumber: binding.extendNum } : {}),
		};
		if (recorded) Object.assign(cdr, this.record(call.sessionId, t(4 + ring), talk));
		if (!options.deferFee) await this.pushFees(app, [cdr]);
		return { sessionId: call.sessionId, stateCode, cdr };
	}

	record(id, startTime, talkSeconds) {
		const name = `${id.split('@')[0]}.wav`;
		this.state.recordings.set(name, {
			domain: RECORD_DOMAIN,
			createdAt: this.state.now(),
			bytes: wavBytes(name, talkSeconds),
			token: crypto.randomBytes(12).toString('hex'),
		});
		return { recordStartTime: startTime, recordObjectName: name, recordBucketName: RECORD_BUCKET, recordDomain: RECORD_DOMAIN };
	}

	/** Fee pushes carry at most 50 CDRs each. */
	async pushFees(app, cdrs, url = app.callbacks.fee) {
		if (!url) return;
		const kind = app.mode === 'VOICE' ? 'voiceFee' : 'fee';
		for (let i = 0; i < cdrs.length; i += 50) {
			await this.pusher.push(app, url, kind, { eventType: 'fee', feeLst: cdrs.slice(i, i + 50) });
		}
	}

	/**
	 * An SMS from `from` to private number `to` (AXB/AX/X). AX texts without a valid "@number" suffix
	 * and every X-mode text go to the SMS control URL as Block; the customer answers forward/discard.
	 */
	async sendSms(app, { from, to, content = 'hello' }) {
		const { state } = this;
		const smsIdentifier = crypto.randomBytes(8).toString('hex');
		const base = { smsIdentifier, calling: from, virtualNumber: to, event: 'Text SMS', timeStamp: new Date(state.now()).toISOString(), smsContent: content };
		const notify = async (called, binding, direction, extra = {}) => {
			if (!app.callbacks.smsNotify) return;
			await this.pusher.push(app, app.callbacks.smsNotify, 'sms', {
				appKey: app.appKey,
				smsEvent: {
					...base,
					notificationMode: 'Notify',
					called,
					...(binding?.subscriptionId ? { subscriptionId: binding.subscriptionId } : {}),
					...(binding?.userData ? { userData: binding.userData } : {}),
					extInfo: { extParas: [{ key: 'splitNum', value: '1' }, { key: 'direction', value: String(direction) }] },
					sendResult: 2,
					...extra,
				},
			});
		};
		const block = async (binding) => {
			if (!app.callbacks.smsBlock) return { forwarded: false };
			const answer = await this.pusher.push(app, app.callbacks.smsBlock, 'block', {
				appKey: app.appKey,
				smsEvent: { ...base, notificationMode: 'Block', ...(binding?.subscriptionId ? { subscriptionId: binding.subscriptionId } : {}), extInfo: { extParas: [] } },
			});
			let action;
			try {
				action = JSON.parse(answer.body ?? '').actions?.[0];
			} catch {
				action = undefined;
			}
			if (action?.operation !== 'vNumberRoute' || !action.message?.called) return { forwarded: false, decision: action?.operation ?? 'none' };
			await notify(action.message.called, binding, 1);
			return { forwarded: true, to: action.message.called };
		};
		if (app.mode === 'AXB') {
			const binding = state.liveBindings(app, 'AXB').find((b) => b.relationNum === to && (b.callerNum === from || b.calleeNum === from));
			if (!binding) return { forwarded: false };
			const called = binding.callerNum === from ? binding.calleeNum : binding.callerNum;
			await notify(called, binding, binding.callerNum === from ? 1 : 2);
			return { forwarded: true, to: called };
		}
		if (app.mode === 'AX') {
			const binding = state.liveBindings(app, 'AX').find((b) => b.privateNum === to);
			if (!binding) return { forwarded: false };
			if (from !== binding.origNum) {
				await notify(binding.origNum, binding, 0);
				return { forwarded: true, to: binding.origNum };
			}
			const suffix = /@(\+?\d{5,20})$/.exec(content);
			if (!suffix) return block(binding);
			const target = suffix[1].startsWith('+') ? suffix[1] : `+86${suffix[1]}`;
			await notify(target, binding, 1);
			return { forwarded: true, to: target };
		}
		if (app.mode === 'X') return block(undefined);
		return { forwarded: false };
	}

	/** An X number changes status; up to 100 entries per push, to the number-status URL or else the call-status URL. */
	async changeNumberStatus(app, changes) {
		for (const change of changes) {
			const entry = app.numbers.get(change.number);
			if (entry) entry.status = change.status;
		}
		const url = app.callbacks.numStatus ?? app.callbacks.status;
		if (!url) return;
		for (let i = 0; i < changes.length; i += 100) {
			await this.pusher.push(app, url, 'numStatus', {
				eventType: 'numStatus',
				numInfo: changes.slice(i, i + 100).map(({ number, status, cause }) => ({ number, status, ...(cause ? { cause } : {}) })),
			});
		}
	}

	/** Keeps an answered call up for `ms` (or until it is stopped), so StopCall can reach it. */
	async hold(session, ms = 0) {
		const until = Date.now() + ms;
		while (session.status === 'active' && Date.now() < until) await sleep(10);
	}

	/**
	 * Drives a Voice Call session (click-to-call, notification or verification code) after the API
	 * accepted it: status events to statusUrl (or the app's), then the CDR to feeUrl (or the app's).
	 */
	async runVoiceSession(app, session) {
		const { state } = this;
		const { kind, request } = session;
		const behaviour = state.calleeBehaviour.get(kind === 'click2Call' ? request.calleeNbr : request.calleeNbr) ?? {};
		const callerBehaviour = kind === 'click2Call' ? state.calleeBehaviour.get(request.callerNbr) ?? {} : {};
		const statusUrl = session.statusUrl ?? app.callbacks.status;
		const feeUrl = session.feeUrl ?? app.callbacks.fee;
		const startedAt = state.now();
		const t = (seconds) => state.timestamp(startedAt + seconds * 1000);
		const userData = request.userData ? { userData: request.userData } : {};
		const base = { sessionId: session.sessionId, ...userData };
		const legs = kind === 'click2Call'
			? [{ caller: request.displayNbr, called: request.callerNbr, behaviour: callerBehaviour }, { caller: request.displayCalleeNbr, called: request.calleeNbr, behaviour }]
			: [{ caller: request.displayNbr, called: request.calleeNbr, behaviour }];
		let clock = 0;
		let failed;
		const answers = [];
		for (const leg of legs) {
			const outcome = OUTCOMES[leg.behaviour.outcome ?? 'answer'];
			await this.sendEvent(app, statusUrl, 'callout', { ...base, timestamp: t(clock), caller: leg.caller, called: leg.called });
			if (outcome.answered || outcome.rings) await this.sendEvent(app, statusUrl, 'alerting', { ...base, timestamp: t(clock + 1), caller: leg.caller, called: leg.called });
			clock += 1 + (leg.behaviour.ringSeconds ?? 3);
			if (!outcome.answered) {
				failed = { outcome, leg };
				break;
			}
			answers.push(clock);
			await this.sendEvent(app, statusUrl, 'answer', { ...base, timestamp: t(clock), caller: leg.caller, called: leg.called });
		}
		const collected = kind === 'notify' && !failed ? behaviour.digits : undefined;
		const wantsDigits = kind === 'notify' && request.playInfoList.some((p) => p.collectInd > 0);
		if (wantsDigits && !failed && collected !== undefined) {
			clock += 5;
			await this.sendEvent(app, statusUrl, 'collectInfo', { ...base, timestamp: t(clock), digitInfo: collected });
		}
		await this.hold(state.sessions.get(session.sessionId), behaviour.holdMs);
		const stopped = state.sessions.get(session.sessionId).status === 'stopped';
		clock += failed ? 0 : behaviour.talkSeconds ?? (kind === 'click2Call' ? 30 : 12);
		const stateCode = stopped ? 8017 : failed ? failed.outcome.stateCode : wantsDigits && collected === undefined ? 8008 : 0;
		const lastLeg = failed?.leg ?? legs[legs.length - 1];
		await this.sendEvent(app, statusUrl, 'disconnect', {
			...base,
			timestamp: t(clock),
			caller: lastLeg.caller,
			called: lastLeg.called,
			stateCode,
			stateDesc: STATE_DESC[stateCode] ?? 'The call is released.',
			...(kind === 'click2Call' && request.partyTypeRequiredInDisconnect === 'true' ? { partyType: failed ? '1' : '2' } : {}),
		});
		state.sessions.get(session.sessionId).status = 'ended';
		const talk = answers.length === legs.length ? clock - answers[answers.length - 1] : 0;
		const recorded = kind === 'click2Call' && request.recordFlag === 'true' && talk >= 3;
		const cdr = {
			direction: 0,
			spId: app.spId,
			appKey: app.appKey,
			icid: `CAE-${t(0).replace(/\D/g, '')}-${state.nextId()}`,
			bindNum: request.displayNbr,
			sessionId: session.sessionId,
			callerNum: request.displayNbr,
			calleeNum: kind === 'click2Call' ? request.callerNbr : request.calleeNbr,
			...(kind === 'click2Call' ? { fwdDisplayNum: request.displayCalleeNbr, fwdDstNum: request.calleeNbr, fwdStartTime: t(answers[0] ?? 0) } : {}),
			...(kind === 'click2Call' && answers[1] !== undefined ? { fwdAnswerTime: t(answers[1]) } : {}),
			callOutStartTime: t(0),
			...(answers[0] !== undefined ? { callOutAnswerTime: t(answers[0]) } : {}),
			callEndTime: t(clock),
			...(failed ? { failTime: t(clock) } : {}),
			fwdUnaswRsn: failed && kind === 'click2Call' && failed.leg === legs[1] ? failed.outcome.q850 : 0,
			callOutUnaswRsn: failed && failed.leg === legs[0] ? failed.outcome.q850 : 0,
			ulFailReason: failed ? failed.outcome.ulFailReason : wantsDigits && collected === undefined ? 100 : 0,
			sipStatusCode: failed ? failed.outcome.sip : 0,
			...(wantsDigits && collected !== undefined ? { dynIVRStartTime: t(clock - 5), dynIVRPath: collected.split('').join('-') } : {}),
			recordFlag: recorded ? 1 : 0,
			ttsPlayTimes: kind === 'click2Call' ? 0 : request.playInfoList?.filter((p) => p.templateId).length ?? 0,
			ttsTransDuration: 0,
			serviceType: kind === 'click2Call' ? '002' : '001',
			hostName: HOST,
			...userData,
		};
		if (recorded) Object.assign(cdr, this.record(session.sessionId, t(answers[1]), talk));
		await this.pushFees(app, [cdr], feeUrl);
		return { stateCode, cdr };
	}

	stop(id) {
		const session = this.state.sessions.get(id);
		if (!session || session.status !== 'active') return false;
		session.status = 'stopped';
		return true;
	}
}

module.exports = { Traffic };
