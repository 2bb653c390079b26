// The simulator reuses the package's own signer, verifier and result-code catalogue (TypeScript).
// Under jest, ts-jest compiles them; standalone, ts-node does.
if (!process.env.JEST_WORKER_ID && !require.extensions['.ts']) {
	require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
}

module.exports = {
	...require('../nodes/shared/signing'),
	...require('../nodes/shared/verify'),
	...require('../nodes/shared/resultCodes'),
};
