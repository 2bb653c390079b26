// Reads the vendor's sample code out of ../shared/seeds so tests can run it as written.
const fs = require('node:fs');
const path = require('node:path');

const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');

function readSeed(prefix) {
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

module.exports = { SEEDS_DIR, readSeed, extractJsFunction, extractPythonFunction };
