#!/usr/bin/env node
// `npm run scan`: n8n's own static analysis of community packages (@n8n/scan-community-package),
// run on the packed tarballs before they are published. The scanner's command line only takes a
// published package (it checks npm provenance, then downloads the attested GitHub source and the
// registry's tarball); its two ESLint legs are what judge the code, and they run here as it runs
// them: the source leg on package.json, nodes/ and credentials/ of each staged package
// (build/<name>), the tarball leg on every .js file and package.json of its `npm pack` tarball.
// Any ESLint error fails, as in the scanner; warnings are printed. Run `npm run pack` first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import {
	analyzePackage,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const require = createRequire(import.meta.url);
const { BUILD_DIR, PACKAGE_NAMES, manifestOf, stagedDir } = require('./packages.js');

const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

let passed = true;
for (const name of PACKAGE_NAMES) {
	const tarball = path.join(BUILD_DIR, `${name}-${manifestOf(name).version}.tgz`);
	if (!fs.existsSync(tarball)) {
		console.error(`${tarball} is missing: run "npm run pack" first`);
		process.exit(2);
	}
	const extracted = fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-scan-'));
	try {
		const untar = spawnSync('tar', ['-xzf', tarball, '-C', extracted, '--strip-components=1']);
		if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
		for (const [leg, dir, patterns] of [
			['source', stagedDir(name), SOURCE_FILE_PATTERNS],
			['tarball', extracted, TARBALL_FILE_PATTERNS],
		]) {
			const result = await analyzePackage(dir, patterns);
			console.log(`${name} ${leg} leg: ${result.passed ? 'passed' : `FAILED: ${result.message}`}`);
			if (result.details) console.log(result.details);
			passed &&= result.passed;
		}
	} finally {
		fs.rmSync(extracted, { recursive: true, force: true });
	}
}
process.exit(passed ? 0 : 1);
