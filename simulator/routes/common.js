// APIs every mode shares: the recording download link (a 301, not JSON) and StopCall.
const { PlatformError } = require('../http');
const v = require('../validate');

const RECORDING_URI = '/rest/provision/voice/record/v1.0';
const STOP_URI = '/rest/httpsessions/callStop/v2.0';
const RETENTION_MS = 7 * 24 * 3600 * 1000;
const ALL_MODES = ['AXB', 'AX', 'AXE', 'AXYB', 'X', 'VOICE'];

function recordingLink({ state, query, baseUrl }) {
	const fileName = v.str(query, 'fileName', { required: true, max: 128 });
	const recordDomain = v.str(query, 'recordDomain', { required: true, max: 128 });
	const recording = state.recordings.get(fileName);
	if (
		!recording ||
		recording.domain !== recordDomain ||
		state.now() - recording.createdAt > RETENTION_MS
	) {
		throw new PlatformError('1012007');
	}
	return {
		redirect: `${baseUrl}/sim-recordings/${recording.token}/${encodeURIComponent(fileName)}`,
	};
}

function stopCall({ body, traffic }) {
	const sessionid = v.str(body, 'sessionid', { required: true, max: 256 });
	v.oneOf(body, 'signal', ['call_stop'], { required: true });
	if (!traffic.stop(sessionid)) throw new PlatformError('1020152');
	return {};
}

module.exports = [
	{ method: 'GET', path: RECORDING_URI, modes: ALL_MODES, handler: recordingLink },
	{ method: 'POST', path: STOP_URI, modes: ALL_MODES, handler: stopCall },
];
