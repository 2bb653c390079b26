#!/usr/bin/env node
// `node bench/profile-summary.js <dir-or-.cpuprofile>…`: where the CPU time of profiled n8n
// processes went (self time), grouped by package (this repository's packages apart), with the
// top functions of our packages. For `npm run bench:n8n -- --env NODE_OPTIONS=--cpu-prof …`.
const fs = require('node:fs');
const path = require('node:path');

/** --group <name>: also list the top functions of that group (default: our packages). */
const groupIndex = process.argv.indexOf('--group');
const shownGroup = groupIndex === -1 ? 'n8n-nodes-huawei' : process.argv[groupIndex + 1];
const args = process.argv
	.slice(2)
	.filter((_, i) => i + 2 !== groupIndex && i + 2 !== groupIndex + 1);
const files = args.flatMap((arg) =>
	fs.statSync(arg).isDirectory()
		? fs
				.readdirSync(arg)
				.filter((f) => f.endsWith('.cpuprofile'))
				.map((f) => path.join(arg, f))
		: [arg],
);

/** The group a script URL belongs to: a package name, node's internals, or V8's own entries. */
function groupOf(url, functionName) {
	if (!url) return `(${functionName || 'native'})`;
	const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url.replace(/^file:\/\//, ''));
	if (match) return match[1];
	if (url.startsWith('node:')) return 'node internals';
	return 'other';
}

for (const file of files) {
	const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map();
	const dt = profile.timeDeltas;
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0)));
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const groups = new Map();
	const ours = new Map();
	for (const [id, micros] of self) {
		const { callFrame } = byId.get(id);
		const group = groupOf(callFrame.url, callFrame.functionName);
		groups.set(group, (groups.get(group) ?? 0) + micros);
		if (group.startsWith(shownGroup)) {
			const name = `${callFrame.functionName || '(anonymous)'} ${path.basename(callFrame.url)}:${callFrame.lineNumber + 1}`;
			ours.set(name, (ours.get(name) ?? 0) + micros);
		}
	}
	const ms = (micros) => `${(micros / 1000).toFixed(0).padStart(7)} ms`;
	const pct = (micros) => `${((micros / total) * 100).toFixed(1).padStart(5)} %`;
	process.stdout.write(`\n${path.basename(file)}: ${ms(total)} sampled\n`);
	for (const [group, micros] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25))
		process.stdout.write(`  ${group.padEnd(40)} ${ms(micros)} ${pct(micros)}\n`);
	if (ours.size) {
		process.stdout.write(`  top functions of ${shownGroup}:\n`);
		for (const [name, micros] of [...ours].sort((a, b) => b[1] - a[1]).slice(0, 15))
			process.stdout.write(`    ${name.padEnd(60)} ${ms(micros)}\n`);
	}
}
