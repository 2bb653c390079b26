#!/usr/bin/env node
// Builds the two npm packages of this repository, one Huawei service each, from the shared source
// tree (nodes/, credentials/). For each package under packages/<name>/ (its package.json, README,
// CHANGELOG, examples and screenshots) it assembles build/<name>/ as the package would look in a
// repository of its own: the committed package files, the LICENSE and tsconfig.json, and only the
// TypeScript sources its nodes and credentials import (found by the TypeScript compiler, so the
// shared code is compiled into each package and nothing of the other service is). Then:
//
//   node scripts/build/packages.js build   compile each into build/<name>/dist (tsc, then the icons)
//   node scripts/build/packages.js lint    `n8n-node lint` inside each staged package
//   node scripts/build/packages.js pack    build, then `npm pack` each into build/<name>-<version>.tgz
//
// `--repository <https://github.com/owner/repo>` (the publish workflow passes its own repository)
// fills repository, bugs and homepage, and turns the READMEs' links into repository files into
// absolute links, so that they work on the npm page.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const { childEnv } = require('../runtime/childEnv');

const ROOT = path.join(__dirname, '..', '..');
const PACKAGES_DIR = path.join(ROOT, 'packages');
const BUILD_DIR = path.join(ROOT, 'build');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** The package names, one folder each under packages/. */
const PACKAGE_NAMES = fs
	.readdirSync(PACKAGES_DIR)
	.filter((name) => fs.existsSync(path.join(PACKAGES_DIR, name, 'package.json')))
	.sort();

/** @param {string} name */
const manifestOf = (name) =>
	JSON.parse(fs.readFileSync(path.join(PACKAGES_DIR, name, 'package.json'), 'utf8'));
/** @param {string} name @param {string} [outDir] */
const stagedDir = (name, outDir = BUILD_DIR) => path.join(outDir, name);

/** The TypeScript entry files of a package: what its n8n.nodes and n8n.credentials name, as sources. */
function entryFiles(manifest) {
	return [...manifest.n8n.nodes, ...(manifest.n8n.credentials ?? [])].map((built) =>
		path.join(ROOT, built.replace(/^dist\//, '').replace(/\.js$/, '.ts')),
	);
}

/** Every source file (relative to the repository) the entries import, directly or not. */
function sourceClosure(entries) {
	const config = ts.getParsedCommandLineOfConfigFile(
		path.join(ROOT, 'tsconfig.json'),
		{},
		/** @type {any} */ ({ ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }),
	);
	if (!config) throw new Error('tsconfig.json cannot be read');
	const program = ts.createProgram(entries, config.options);
	return program
		.getSourceFiles()
		.map((file) => path.relative(ROOT, file.fileName))
		.filter((file) => !file.startsWith('..') && !file.includes('node_modules'))
		.sort();
}

/** Files n8n reads beside the compiled code: each node's codex and icons, the credentials' icons. */
function assetsBeside(sources) {
	const dirs = new Set(sources.map((file) => path.dirname(file)));
	return [...dirs].flatMap((dir) =>
		fs
			.readdirSync(path.join(ROOT, dir))
			.filter((file) => file.endsWith('.svg') || file.endsWith('.node.json'))
			.map((file) => path.join(dir, file)),
	);
}

function copy(from, to) {
	fs.mkdirSync(path.dirname(to), { recursive: true });
	fs.cpSync(from, to, { recursive: true });
}

const RELATIVE_LINK = /\[([^\]]*)\]\((?!https?:|#|mailto:)([^)\s]+)\)/g;

/** Absolute links for the README's relative links into the repository (for the npm page). */
function absoluteLinks(readme, repository, name) {
	const base = `${repository.replace(/\/+$/, '')}/blob/main/packages/${name}/`;
	return readme.replace(RELATIVE_LINK, (_, text, target) => {
		const resolved = new URL(target, base).toString();
		return `[${text}](${resolved})`;
	});
}

/**
 * Without a known repository, the README's relative links into the repository would be dead on
 * the npm page: they become plain text naming the file in the source repository.
 */
function repositoryLinksAsText(readme, name) {
	return readme.replace(RELATIVE_LINK, (_, text, target) => {
		const file = path.posix.normalize(path.posix.join('packages', name, target));
		return `${text} (\`${file}\` in the source repository)`;
	});
}

/**
 * Assembles build/<name>/: the committed package files, the LICENSE, tsconfig.json and the
 * template eslint config, the sources the package imports and their assets, and a node_modules
 * link to the repository's (the lint and the compiler resolve n8n-workflow and their tools there).
 * @param {string} name
 * @param {{ repository?: string, outDir?: string }} [options]
 */
function stage(name, options = {}) {
	const dir = stagedDir(name, options.outDir);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	copy(path.join(PACKAGES_DIR, name), dir);
	for (const file of ['LICENSE', 'tsconfig.json'])
		copy(path.join(ROOT, file), path.join(dir, file));
	const manifest = manifestOf(name);
	const sources = sourceClosure(entryFiles(manifest));
	for (const file of [...sources, ...assetsBeside(sources)])
		copy(path.join(ROOT, file), path.join(dir, file));
	fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	const repository = options.repository?.replace(/\/+$/, '').replace(/\.git$/, '');
	if (repository) {
		Object.assign(manifest, {
			homepage: `${repository}/tree/main/packages/${name}#readme`,
			repository: {
				type: 'git',
				url: `git+${repository}.git`,
				directory: `packages/${name}`,
			},
			bugs: { url: `${repository}/issues` },
		});
		fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
	}
	const readme = path.join(dir, 'README.md');
	const text = fs.readFileSync(readme, 'utf8');
	fs.writeFileSync(
		readme,
		repository ? absoluteLinks(text, repository, name) : repositoryLinksAsText(text, name),
	);
	return { dir, manifest, sources };
}

/** Runs a command, failing with its output. */
function run(command, args, cwd) {
	const result = spawnSync(command, args, { cwd, env: childEnv(), encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(
			`${path.basename(command)} ${args.join(' ')} failed in ${path.relative(ROOT, cwd) || '.'} (exit ${result.status}):\n${`${result.stdout}${result.stderr}`.slice(-4000)}`,
		);
	return result.stdout;
}

/** Compiles a staged package (its folder) into its dist/ and copies the icons beside the compiled files (gulpfile.js). */
function compile(dir) {
	run(path.join(BIN, 'tsc'), ['-p', 'tsconfig.json'], dir);
	run(
		path.join(BIN, 'gulp'),
		['--gulpfile', path.join(ROOT, 'gulpfile.js'), '--cwd', dir, 'build:icons'],
		dir,
	);
}

/** n8n's verified-node lint (`n8n-node lint`, strict mode) inside a staged package (its folder). */
function lint(dir) {
	process.stdout.write(run(path.join(BIN, 'n8n-node'), ['lint'], dir));
}

/** `npm pack` of a built package (its folder) into the folder above it; returns the tarball's path. */
function pack(dir) {
	const destination = path.dirname(dir);
	const output = run('npm', ['pack', '--json', '--pack-destination', destination], dir);
	const [{ filename }] = JSON.parse(output);
	return path.join(destination, filename);
}

/**
 * Builds every package (or `names`) into `outDir` (default build/), and packs them when asked.
 * @param {{ names?: string[], repository?: string, tarballs?: boolean, outDir?: string }} [options]
 * @returns {Record<string, { dir: string, manifest: any, tarball?: string }>}
 */
function buildPackages(options = {}) {
	/** @type {Record<string, { dir: string, manifest: any, tarball?: string }>} */
	const built = {};
	for (const name of options.names ?? PACKAGE_NAMES) {
		const { dir, manifest } = stage(name, options);
		compile(dir);
		built[name] = { dir, manifest };
		if (options.tarballs) built[name].tarball = pack(dir);
	}
	return built;
}

function main() {
	const [command = 'build', ...rest] = process.argv.slice(2);
	const at = rest.indexOf('--repository');
	const repository = at === -1 ? undefined : rest[at + 1];
	if (command === 'lint') {
		for (const name of PACKAGE_NAMES) {
			const { dir } = stage(name, { repository });
			process.stdout.write(`\n${name}:\n`);
			lint(dir);
		}
	} else if (command === 'build' || command === 'pack') {
		const built = buildPackages({ repository, tarballs: command === 'pack' });
		for (const [name, { dir, tarball }] of Object.entries(built))
			process.stdout.write(`${name}: ${path.relative(ROOT, tarball ?? dir)}\n`);
	} else {
		throw new Error(`unknown command "${command}" (build, lint or pack)`);
	}
}

if (require.main === module) {
	try {
		main();
	} catch (error) {
		process.stderr.write(`${/** @type {Error} */ (error).message}\n`);
		process.exit(1);
	}
}

module.exports = {
	BUILD_DIR,
	PACKAGES_DIR,
	PACKAGE_NAMES,
	buildPackages,
	entryFiles,
	manifestOf,
	sourceClosure,
	stage,
	stagedDir,
};
