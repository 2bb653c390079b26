// Reads the vendor's sample code out of ../shared/seeds so tests can run it as written. Suites
// that use it declare the need with describeWithVendorFiles (./vendorFiles).
const fs = require('node:fs');
const path = require('node:path');

const { vendorFile } = require('./vendorFiles');

const SEEDS_DIR = vendorFile('seeds');

/** The text of the seed whose file name starts with `prefix` (e.g. '003_'). */
function readSeed(prefix) {
	if (!fs.existsSync(SEEDS_DIR))
		throw new Error(
			`the vendor seeds folder ${SEEDS_DIR} is missing (not part of the repository); wrap the suite in describeWithVendorFiles`,
		);
	const file = fs.readdirSync(SEEDS_DIR).find((name) => name.startsWith(prefix));
	if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS_DIR}`);
	return fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8');
}

/** The first JavaScript function `name` in a seed, cut at its matching closing brace. */
function extractJsFunction(text, name) {
	const start = text.indexOf(`function ${name}(`);
	if (start === -1) throw new Error(`function ${name} not in seed`);
	let depth = 0;
	for (let i = text.indexOf('{', start); i < text.length; i++) {
		if (text[i] === '{') depth++;
		if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
	}
	throw new Error(`function ${name} is not closed`);
}

/** The first Python `def name` in a seed, up to the next unindented line. */
function extractPythonFunction(text, name) {
	const lines = text.split('\n');
	const start = lines.findIndex((line) => line.startsWith(`def ${name}(`));
	if (start === -1) throw new Error(`def ${name} not in seed`);
	const body = [lines[start]];
	for (const line of lines.slice(start + 1)) {
		if (line.trim() !== '' && !/^\s/.test(line)) break;
		body.push(line);
	}
	return body.join('\n');
}

/**
 * The runnable programs of a seed page: each starts at `startMarker` and runs until the next page
 * element (a line-number gutter or a Chinese heading), or through `endMarker` when given.
 */
function extractPrograms(text, startMarker, endMarker) {
	const programs = [];
	let from = text.indexOf(startMarker);
	while (from !== -1) {
		let to;
		if (endMarker) {
			const end = text.indexOf(endMarker, from);
			to = end === -1 ? text.length : end + endMarker.length;
		} else {
			const rest = text.slice(from).split('\n');
			const stop = rest.findIndex(
				(line, i) =>
					i > 0 &&
					(/^\s*\d+\s*$/.test(line) ||
						(/[\u4e00-\u9fa5]/.test(line) && !/[;=(){}'"/*]/.test(line))),
			);
			to = from + (stop === -1 ? rest.length : rest.slice(0, stop).join('\n').length);
		}
		programs.push(text.slice(from, to));
		from = text.indexOf(startMarker, to);
	}
	return programs;
}

module.exports = { SEEDS_DIR, readSeed, extractJsFunction, extractPythonFunction, extractPrograms };
