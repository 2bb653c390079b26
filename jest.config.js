/**
 * Jest: JavaScript tests under test/, TypeScript sources compiled by ts-jest (type checks run in
 * `npm run build`). Two projects: `fast` (unit, simulator, nodes, docs) and `e2e` (the package in a real
 * n8n and the editor in Chromium), whose global setup builds the package and provisions n8n.
 */
const common = {
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
	testTimeout: 30000,
	// A safety net only: tests stop what they start, and the e2e global teardown stops any process left.
	forceExit: true,
	projects: [
		{
			...common,
			displayName: 'fast',
			roots: ['<rootDir>/test'],
			testMatch: ['<rootDir>/test/{unit,simulator,nodes,docs,packages}/**/*.test.js'],
		},
		{
			...common,
			displayName: 'e2e',
			roots: ['<rootDir>/test/e2e'],
			testMatch: ['<rootDir>/test/e2e/**/*.test.js'],
			globalSetup: '<rootDir>/test/e2e/setup/globalSetup.js',
			globalTeardown: '<rootDir>/test/e2e/setup/globalTeardown.js',
		},
	],
};
