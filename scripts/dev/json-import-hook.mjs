// Lets @actions/workflow-parser's bare `import x from "./file.json"` load on Node 20.
import { readFile } from 'node:fs/promises';

export async function load(url, context, nextLoad) {
	if (url.endsWith('.json'))
		return {
			format: 'module',
			shortCircuit: true,
			source: `export default ${await readFile(new URL(url), 'utf8')};`,
		};
	return nextLoad(url, context);
}
