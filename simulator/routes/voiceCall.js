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
	if (!/^https?:\/\/[^\s]+$/.test(decoded)) throw invalid(field, 'must be the Base64 of an http(s) URL');
	return decoded;
}

function commonOptional(body) {
	v.bool(body, 'returnIdlePort');
	v.phone(body, 'bindNbr');
	return { userData: v.userData(body), statusUrl: base64Url(body, 'statusUrl'), feeUrl: base64Url(body, 'feeUrl') };
}

function start(kind, { state, app, body, traffic }) {
	const sessionId = `1200_${state.nextId()}_0_${new Date(state.now()).toISOString().replace(/\D/g, '').slice(0, 14)}@callenabler.home1.com`;
	const { statusUrl, feeUrl } = commonOptional(body);
	const session = { sessionId, appKey: app.appKey, status: 'active', kind, request: body, statusUrl, feeUrl };
	state.sessions.set(sessionId, session);
	traffic.runVoiceSession(app, session).catch((error) => {
		session.status = 'ended';
		session.error = error.message;
	});
	return { sessionId, ...(body.returnIdlePort === 'true' ? { idlePort: 100 } : {}) };
}

function clickToCall(ctx) {
	const { app, body } = ctx;
	displayNumber(app, body, 'displayNbr');
	v.phone(body, 'callerNbr', { required: true, ...NUMBER });
	displayNumber(app, body, 'displayCalleeNbr');
	v.phone(body, 'calleeNbr', { required: true, ...NUMBER });
	const maxDuration = v.int(body, 'maxDuration', { min: 0, max: 1440 });
	v.voiceFile(body, 'lastMinVoice');
	v.oneOf(body, 'lastMinToUE', ['toa', 'tob', 'both']);
	v.bool(body, 'playPreVoice');
	v.voiceFile(body, 'preVoice');
	v.voiceFile(body, 'waitVoice');
	v.oneOf(body, 'calleeMedia', ['all', 'none', 'fail']);
	const recordFlag = v.bool(body, 'recordFlag');
	v.voiceFile(body, 'recordHintTone');
	v.bool(body, 'partyTypeRequiredInDisconnect');
	if (recordFlag === 'true' && !app.recording) throw invalid('recordFlag', 'needs recording (the app does not open recording function)');
	if ((body.lastMinVoice || body.lastMinToUE) && !maxDuration) throw invalid('lastMinVoice', 'needs maxDuration');
	return start('click2Call', ctx);
}

function playInfo(item, index) {
	const field = (name) => `playInfoList[${index}].${name}`;
	if (!item || typeof item !== 'object' || Array.isArray(item)) throw invalid(`playInfoList[${index}]`, 'must be an object');
	const hasVoice = item.notifyVoice !== undefined;
	const hasTemplate = item.templateId !== undefined;
	if (hasVoice === hasTemplate) throw invalid(field('notifyVoice/templateId'), 'exactly one must be given');
	if (hasVoice && !/^[0-9A-Za-z._@-]{1,128}$/.test(String(item.notifyVoice))) throw invalid(field('notifyVoice'));
	if (hasTemplate) {
		if (!/^[0-9A-Za-z_-]{1,32}$/.test(String(item.templateId))) throw invalid(field('templateId'));
		if (item.templateParas !== undefined && (!Array.isArray(item.templateParas) || item.templateParas.some((p) => typeof p !== 'string'))) {
			throw invalid(field('templateParas'), 'must be an array of strings');
		}
		if (item.templateParas?.some((p) => Buffer.byteLength(p) > 32)) throw new PlatformError('1012005', `templateParas of ${field('templateParas')}`);
	}
	const collectInd = item.collectInd ?? 0;
	if (!Number.isInteger(collectInd) || collectInd < 0 || collectInd > 32) throw invalid(field('collectInd'), 'must be between 0 and 32');
	if (item.replayAfterCollection !== undefined && !['true', 'false'].includes(item.replayAfterCollection)) throw invalid(field('replayAfterCollection'));
	return { ...item, collectInd };
}

function notify(ctx) {
	const { app, body } = ctx;
	displayNumber(app, body, 'displayNbr');
	v.phone(body, 'calleeNbr', { required: true, ...NUMBER });
	const list = body.playInfoList;
	if (!Array.isArray(list) || list.length < 1 || list.length > 5) throw invalid('playInfoList', 'must have 1 to 5 items');
	body.playInfoList = list.map(playInfo);
	return start('notify', ctx);
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
	{ method: 'POST', path: '/rest/httpsessions/click2Call/v2.0', modes: ['VOICE'], handler: clickToCall },
	{ method: 'POST', path: '/rest/httpsessions/callnotify/v2.0', modes: ['VOICE'], handler: notify },
	{ method: 'POST', path: '/rest/httpsessions/callVerify/v1.0', modes: ['VOICE'], handler: verify },
];
