// Recordings of answered calls: a small WAV per call, kept in the state for the download routes.
const crypto = require('node:crypto');

const RECORD_DOMAIN = 'ostor.sim.huaweicaas.com';
const RECORD_BUCKET = 'sim-record-bucket';

/** A short A-law WAV: RIFF header + a tone, deterministic per name. */
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

/**
 * Stores the recording of session `sessionId` and returns the CDR fields that name it.
 * @param {import('../state').PlatformState} state
 * @param {string} sessionId
 * @param {string} startTime CDR time the recording started
 * @param {number} talkSeconds
 */
function storeRecording(state, sessionId, startTime, talkSeconds) {
	const name = `${sessionId.split('@')[0]}.wav`;
	state.recordings.set(name, {
		domain: RECORD_DOMAIN,
		createdAt: state.now(),
		bytes: wavBytes(name, talkSeconds),
		token: crypto.randomBytes(12).toString('hex'),
	});
	return {
		recordStartTime: startTime,
		recordObjectName: name,
		recordBucketName: RECORD_BUCKET,
		recordDomain: RECORD_DOMAIN,
	};
}

module.exports = { storeRecording };
