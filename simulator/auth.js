// How the platform answers a request whose signature headers fail (result codes of spec §7.1).
const { verifySignedHeaders } = require('./shared');
const { PlatformError, invalid } = require('./http');

const CODE_OF_FAILURE = {
	missingAuthorization: ['1023006', '1023006'],
	unknownScheme: ['1023013', '1023013'],
	missingRealm: ['1023007', '1023007'],
	missingProfile: ['1023008', '1023008'],
	missingType: ['1023012', '1023012'],
	badRealm: ['1023009', '1023009'],
	badProfile: ['1023010', '1023010'],
	badType: ['1023011', '1023011'],
	missingToken: ['1023033', '1023026'],
	missingUsername: ['1023034', '1023027'],
	missingNonce: ['1023035', '1023028'],
	missingCreated: ['1023036', '1023029'],
	missingDigest: ['1023037', '1023030'],
	badCreated: ['1023031', '1023031'],
	unknownUsername: ['1010003', '1010003'],
	staleCreated: ['1010013', '1010013'],
	badDigest: ['1020176', '1020176'],
};

/** The app a request is signed for, or the PlatformError the platform would answer. */
function authenticate(state, headers, windowSeconds) {
	const verdict = verifySignedHeaders(headers, {
		secretFor: (username) => state.apps.get(username)?.appSecret,
		windowSeconds,
	});
	if (!verdict.ok) {
		if (verdict.failure === 'badNonce') throw invalid('Nonce', 'must be 1-128 letters or digits');
		const [akskCode, wsseCode] = CODE_OF_FAILURE[verdict.failure];
		const detail = verdict.failure === 'badDigest' ? 'PasswordDigest verification failed.' : undefined;
		throw new PlatformError(verdict.scheme === 'wsse' ? wsseCode : akskCode, detail);
	}
	const app = state.apps.get(verdict.username);
	if (app.status !== 'active') throw new PlatformError('1010004');
	return app;
}

module.exports = { authenticate };
