// Lets plain Node (benchmarks, scripts) require the package's TypeScript sources, as jest's
// ts-jest does for the tests. Type errors are the build's business: transpile only.
if (!require.extensions['.ts']) {
	require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
}
