// `npm run check:workflows`: the GitHub Actions workflows in .github/workflows, checked against
// GitHub's own workflow schema and parser (@actions/workflow-parser), as they cannot run here.
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';

register('./json-import-hook.mjs', import.meta.url);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import(
	'@actions/workflow-parser'
);

const dir = path.join(import.meta.dirname, '..', '..', '.github', 'workflows');
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
let failed = 0;
for (const name of files) {
	const result = parseWorkflow(
		{ name, content: readFileSync(path.join(dir, name), 'utf8') },
		new NoOperationTraceWriter(),
	);
	if (result.value) await convertWorkflowTemplate(result.context, result.value);
	const problems = [...new Set(result.context.errors.getErrors().map((error) => error.message))];
	process.stdout.write(
		problems.length
			? `FAIL ${name}\n${problems.map((p) => `  ${p}`).join('\n')}\n`
			: `OK   ${name}\n`,
	);
	if (problems.length || !result.value) failed += 1;
}
if (files.length < 2) {
	process.stdout.write('expected the CI and publish workflows\n');
	failed += 1;
}
process.exit(failed ? 1 : 0);
