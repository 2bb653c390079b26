/**
 * ESLint for the development code: tests, simulator, scripts, benchmarks and root configs, all
 * plain JavaScript (CommonJS, a few ES modules). Run by `npm run lint:dev:eslint`.
 *
 * The shipped TypeScript under nodes/ and credentials/ is linted by `n8n-node lint` with the
 * template eslint.config.mjs, whose verified-node rules apply to every **\/*.ts file; this config
 * never sees it.
 */
import js from '@eslint/js';
import globals from 'globals';

export default [
	{
		ignores: [
			'node_modules/**',
			'dist/**',
			'coverage/**',
			'test-artifacts/**',
			'nodes/**',
			'credentials/**',
		],
	},
	{
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},
	js.configs.recommended,
	{
		files: ['**/*.js', '**/*.cjs'],
		languageOptions: {
			ecmaVersion: 'latest',
			sourceType: 'commonjs',
			globals: { ...globals.node },
		},
	},
	{
		files: ['**/*.mjs'],
		languageOptions: {
			ecmaVersion: 'latest',
			sourceType: 'module',
			globals: { ...globals.node },
		},
	},
	{
		files: ['test/**/*.js', 'test/**/*.mjs'],
		languageOptions: {
			globals: { ...globals.jest },
		},
	},
	// Browser globals belong only to files whose code runs in the page (Playwright page.evaluate
	// and the like). The e2e suite drives the editor through locators only, so no file needs them
	// today; add a block with `files` limited to such a file and `globals.browser` when one does.
	{
		rules: {
			'no-unused-vars': [
				'error',
				{
					args: 'after-used',
					argsIgnorePattern: '^_',
					caughtErrors: 'all',
					caughtErrorsIgnorePattern: '^_',
					destructuredArrayIgnorePattern: '^_',
					ignoreRestSiblings: true,
				},
			],
			'no-undef': 'error',
			'no-debugger': 'error',
			'no-eval': 'error',
			'no-implied-eval': 'error',
			'no-new-func': 'error',
			eqeqeq: ['error', 'smart'],
			'prefer-const': ['error', { destructuring: 'all' }],
			'no-var': 'error',
			'no-throw-literal': 'error',
			'no-self-compare': 'error',
			'no-unmodified-loop-condition': 'error',
			'no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
			'no-useless-return': 'error',
			'no-constructor-return': 'error',
			'no-unreachable-loop': 'error',
			'no-new-wrappers': 'error',
			'no-caller': 'error',
			'no-extend-native': 'error',
			'no-proto': 'error',
			'no-script-url': 'error',
			'no-sequences': 'error',
			radix: 'error',
		},
	},
];
