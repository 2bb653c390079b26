// The rules of shipped code (docs/architecture.md): it imports only n8n-workflow, node:crypto and
// relative paths, and touches no process, timers, files or environment (n8n's verified-node rules).
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const shippedFiles = ['nodes', 'credentials'].flatMap((dir) =>
	fs
		.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.map((file) => path.join(dir, file)),
);

test('there is shipped code to check', () => {
	expect(shippedFiles.length).toBeGreaterThan(5);
});

test.each(shippedFiles)('%s imports only n8n-workflow, node:crypto and relative paths', (file) => {
	const source = fs.readFileSync(path.join(ROOT, file), 'utf8');
	const imports = [
		...source.matchAll(
			/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/gm,
		),
	].map((m) => m[1] ?? m[2]);
	for (const target of imports)
		expect(['n8n-workflow', 'node:crypto'].includes(target) || target.startsWith('.')).toBe(true);
	const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
	expect(code).not.toMatch(/\b(process\.|setTimeout|setInterval|__dirname|require\(['"]fs)/);
});
