// The simulator reuses the package's own signer, verifier and result-code catalogue (TypeScript).
// Under jest, ts-jest compiles them; standalone, ts-node does.
if (!process.env.JEST_WORKER_ID && !require.extensions['.ts']) {
	require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
}

module.exports = {
	...require('../nodes/shared/auth/signing'),
	...require('../nodes/shared/auth/verify'),
	...require('../nodes/shared/catalogue/resultCodes'),
};
