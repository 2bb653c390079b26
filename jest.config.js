/** Jest: JavaScript tests under test/, TypeScript sources compiled by ts-jest (type checks run in `npm run build`). */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.js'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	moduleFileExtensions: ['ts', 'js', 'json'],
	testTimeout: 30000,
};
