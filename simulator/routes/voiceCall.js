// Voice Call: click-to-call, voice notification and voice verification code (voicecall-api.md §3).
// An accepted request starts a simulated session whose pushes follow asynchronously.
const { PlatformError, invalid } = require('../http');
const v = require('../validate');

const NUMBER = { min: 4, max: 31 };

function displayNumber(app, body, field) {
	const value = v.phone(body, field, { required: true, ...NUMBER });
	if (!app.displayNumbers.includes(value)) throw new PlatformError('1010023', `${field} ${value}.`);
	return value;
}

/** statusUrl/feeUrl are the Base64 of an http(s) URL. */
function base64Url(body, field) {
	const value = v.str(body, field, { max: 1024 });
	if (value === undefined) return undefined;
	if (!/^[A-Za-z0-9+/]+=*$/.test(value)) throw invalid(field, 'must be Base64');
	const decoded = Buffer.from(value, 'base64').toString('utf8');
	if (!/^https?:\/\/[^\s]+$/.test(decoded))
		throw invalid(field, 'must be the Base64 of an http(s) URL');
	return decoded;
}

/**
 * Starts the session of an accepted request: `fields` are the request's checked values (booleans
 * as the documented strings), stored over the body as the session's request.
 */
function start(kind, { state, app, body, traffic }, fields = {}) {
	v.phone(body, 'bindNbr');
	const statusUrl = base64Url(body, 'statusUrl');
	const feeUrl = base64Url(body, 'feeUrl');
	const request = {
		...body,
		...v.definedOnly({
			userData: v.userData(body),
			returnIdlePort: v.bool(body, 'returnIdlePort'),
			...fields,
		}),
	};
	const sessionId = `1200_${state.nextId()}_0_${new Date(state.now()).toISOString().replace(/\D/g, '').slice(0, 14)}@callenabler.home1.com`;
	const session = {
		sessionId,
		appKey: app.appKey,
		status: 'active',
		kind,
		request,
		statusUrl,
		feeUrl,
	};
	state.sessions.set(sessionId, session);
	traffic.runVoiceSession(app, session).catch((error) => {
		session.status = 'ended';
		session.error = error.message;
	});
	return { sessionId, ...(request.returnIdlePort === 'true' ? { idlePort: 100 } : {}) };
}

function clickToCall(ctx) {
	const { app, body } = ctx;
	displayNumber(app, body, 'displayNbr');
	v.phone(body, 'callerNbr', { required: true, ...NUMBER });
	displayNumber(app, body, 'displayCalleeNbr');
	v.phone(body, 'calleeNbr', { required: true, ...NUMBER });
	// The last-minute prompt only takes effect when maxDuration is non-zero (Huawei's Java SDK,
	// CallBackReq): without it, lastMinVoice and lastMinToUE are ignored, not refused.
	if (v.int(body, 'maxDuration', { min: 0, max: 1440 })) {
		v.voiceFile(body, 'lastMinVoice');
		v.oneOf(body, 'lastMinToUE', ['toa', 'tob', 'both']);
	}
	v.voiceFile(body, 'preVoice');
	v.voiceFile(body, 'waitVoice');
	v.oneOf(body, 'calleeMedia', ['all', 'none', 'fail']);
	v.voiceFile(body, 'recordHintTone');
	const flags = {
		playPreVoice: v.bool(body, 'playPreVoice'),
		recordFlag: v.bool(body, 'recordFlag'),
		partyTypeRequiredInDisconnect: v.bool(body, 'partyTypeRequiredInDisconnect'),
	};
	v.recordingAllowed(app, flags.recordFlag);
	return start('click2Call', ctx, flags);
}

/** One PlayInfo of a notification: exactly one of notifyVoice/templateId, optional digit collection. */
function playInfo(item, index) {
	const at = `playInfoList[${index}]`;
	const label = (name) => ({ label: `${at}.${name}` });
	if (!item || typeof item !== 'object' || Array.isArray(item))
		throw invalid(at, 'must be an object');
	if ((item.notifyVoice === undefined) === (item.templateId === undefined))
		throw invalid(`${at}.notifyVoice/templateId`, 'exactly one must be given');
	v.voiceFile(item, 'notifyVoice', label('notifyVoice'));
	v.str(item, 'templateId', { ...label('templateId'), max: 32, pattern: /^[0-9A-Za-z_-]+$/ });
	const paras = item.templateParas;
	if (paras !== undefined && (!Array.isArray(paras) || paras.some((p) => typeof p !== 'string')))
		throw invalid(`${at}.templateParas`, 'must be an array of strings');
	const tooLong = paras?.find((p) => Buffer.byteLength(p) > 32);
	if (tooLong !== undefined) throw new PlatformError('1012005', JSON.stringify(tooLong));
	const collectInd = v.int(item, 'collectInd', {
		...label('collectInd'),
		min: 0,
		max: 32,
		fallback: 0,
	});
	return {
		...item,
		collectInd,
		...v.definedOnly({
			replayAfterCollection: v.bool(item, 'replayAfterCollection', label('replayAfterCollection')),
		}),
	};
}

function notify(ctx) {
	const { app, body } = ctx;
	displayNumber(app, body, 'displayNbr');
	v.phone(body, 'calleeNbr', { required: true, ...NUMBER });
	const list = body.playInfoList;
	if (!Array.isArray(list) || list.length < 1 || list.length > 5)
		throw invalid('playInfoList', 'must have 1 to 5 items');
	return start('notify', ctx, { playInfoList: list.map(playInfo) });
}

function verify(ctx) {
	const { app, body } = ctx;
	displayNumber(app, body, 'displayNbr');
	v.phone(body, 'calleeNbr', { required: true, ...NUMBER });
	v.int(body, 'languageType', { required: true, min: 1, max: 100 });
	v.voiceFile(body, 'preTone', { required: true });
	v.str(body, 'verifyCode', { required: true, pattern: /^\d{2,8}$/, max: 8 });
	v.voiceFile(body, 'posTone');
	v.int(body, 'times', { min: 0, max: 9 });
	return start('verify', ctx);
}

module.exports = [
	{
		method: 'POST',
		path: '/rest/httpsessions/click2Call/v2.0',
		modes: ['VOICE'],
		handler: clickToCall,
	},
	{ method: 'POST', path: '/rest/httpsessions/callnotify/v2.0', modes: ['VOICE'], handler: notify },
	{ method: 'POST', path: '/rest/httpsessions/callVerify/v1.0', modes: ['VOICE'], handler: verify },
];
