// The shipped example workflows teach as n8n's templates do and stay true to the nodes: each
// explains itself in a sticky note (what it does, which console URL to paste where, how to try
// it), uses Edit Fields rather than Code, pins sample data on every trigger and webhook, and its
// triggers' pinned items are exactly what the trigger gives for the README's sample pushes; every
// field an example reads from a trigger item is one the trigger gives.
// UPDATE_EXAMPLE_PINS=1 rewrites the triggers' pinned items from the samples.
const fs = require('node:fs');
const path = require('node:path');

const {
	HuaweiPrivateNumberTrigger,
} = require('../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const {
	HuaweiVoiceCallTrigger,
} = require('../../nodes/HuaweiVoiceCallTrigger/HuaweiVoiceCallTrigger.node');
const { exampleWorkflows } = require('../../scripts/runtime/n8n');
const { startTrigger } = require('../helpers/triggerHarness');

const PACKAGES = path.join(__dirname, '..', '..', 'packages');
const TRIGGERS = {
	'n8n-nodes-huawei-private-number.huaweiPrivateNumberTrigger': HuaweiPrivateNumberTrigger,
	'n8n-nodes-huawei-voice-call.huaweiVoiceCallTrigger': HuaweiVoiceCallTrigger,
};
const examples = exampleWorkflows();

/** Every `<!-- sample push: name -->` JSON block of a package's README. */
function readmeSamples(packageName) {
	const readme = fs.readFileSync(path.join(PACKAGES, packageName, 'README.md'), 'utf8');
	return [...readme.matchAll(/<!-- sample push: ([\w-]+) -->\s*```json\n([\s\S]*?)```/g)].map((m) =>
		JSON.parse(m[2]),
	);
}

/** The items a trigger node (with its parameters) gives for its package's README samples. */
async function itemsForSamples(packageName, node) {
	const trigger = await startTrigger(TRIGGERS[node.type], {
		credentials: {
			appKey: 'your-app-key',
			appSecret: 'unused-secret-0123456789',
			accessAddress: 'http://127.0.0.1:1',
			authScheme: 'aksk',
		},
		params: { ...node.parameters, verifySignature: false },
		typeVersion: node.typeVersion,
	});
	try {
		for (const body of readmeSamples(packageName)) await trigger.pushDirect(body);
		return trigger.items();
	} finally {
		await trigger.close();
	}
}

const triggerNodes = examples.flatMap(({ file, packageName, workflow }) =>
	workflow.nodes.filter((node) => TRIGGERS[node.type]).map((node) => [file, packageName, node]),
);
const stickies = (workflow) =>
	workflow.nodes
		.filter((node) => node.type === 'n8n-nodes-base.stickyNote')
		.map((node) => node.parameters.content)
		.join('\n');

describe.each(examples.map((example) => [example.file, example]))('%s', (_, example) => {
	const { workflow } = example;

	test('a sticky note says what it does, how to set it up (which URL goes where) and how to try it', () => {
		const text = stickies(workflow);
		expect(text).toMatch(/^## \S/m);
		expect(text).toMatch(/### Set up/);
		expect(text).toMatch(/### Try it/);
		expect(text).toMatch(/credential/);
		if (workflow.nodes.some((node) => TRIGGERS[node.type]))
			expect(text).toMatch(/Production URL of \*\*[^*]+\*\*.*console/s);
		if (workflow.nodes.some((node) => node.type === 'n8n-nodes-base.webhook'))
			expect(text).toMatch(/curl -X POST/);
		// every node the notes name is in the workflow
		const names = workflow.nodes.map((node) => node.name);
		for (const [, named] of text.matchAll(/\*\*([^*]+)\*\*/g))
			if (!/^(Set up|Try it)$/.test(named))
				expect({ named, present: names.includes(named) }).toEqual({ named, present: true });
	});

	test('no Code node: Edit Fields, IF and the Huawei nodes do the work', () => {
		expect(workflow.nodes.filter((node) => node.type === 'n8n-nodes-base.code')).toEqual([]);
	});

	test('every trigger and webhook carries pinned sample data', () => {
		const starts = workflow.nodes.filter(
			(node) => TRIGGERS[node.type] || node.type === 'n8n-nodes-base.webhook',
		);
		expect(starts.length).toBeGreaterThan(0);
		for (const node of starts)
			expect({ node: node.name, pinned: workflow.pinData?.[node.name]?.length > 0 }).toEqual({
				node: node.name,
				pinned: true,
			});
	});

	test('what it reads from a webhook body is in the pinned body', () => {
		for (const node of workflow.nodes.filter((n) => n.type === 'n8n-nodes-base.webhook')) {
			const fed = (workflow.connections[node.name]?.main ?? []).flat().map((c) => c.node);
			const body = workflow.pinData[node.name][0].json.body;
			for (const reader of workflow.nodes.filter((n) => fed.includes(n.name)))
				for (const [, field, optional] of JSON.stringify(reader.parameters).matchAll(
					/\$json\.body\.(\w+)( \|\|)?/g,
				))
					if (!optional) expect({ field, pinned: field in body }).toEqual({ field, pinned: true });
		}
	});
});

describe.each(
	triggerNodes.map(([file, packageName, node]) => [file, node.name, packageName, node]),
)('%s, trigger "%s"', (file, _, packageName, node) => {
	test("its pinned items are what the trigger gives for the README's sample pushes", async () => {
		const items = await itemsForSamples(packageName, node);
		expect(items.length).toBeGreaterThan(0);
		const fileName = path.join(PACKAGES, packageName, 'examples', file);
		const workflow = JSON.parse(fs.readFileSync(fileName, 'utf8'));
		const pinned = items.map((json) => ({ json }));
		if (process.env.UPDATE_EXAMPLE_PINS) {
			workflow.pinData = { ...workflow.pinData, [node.name]: pinned };
			fs.writeFileSync(fileName, `${JSON.stringify(workflow, null, 2)}\n`);
		}
		expect(workflow.pinData?.[node.name]).toEqual(pinned);
	});

	test('every field the workflow reads from its items is one the trigger gives', async () => {
		const output = new Set(
			(await itemsForSamples(packageName, node)).flatMap((item) => Object.keys(item)),
		);
		const { workflow } = /** @type {any} */ (examples.find((e) => e.file === file));
		// `$('<trigger>').item.json.x` anywhere, `$json.x` in the nodes the trigger feeds
		const fed = (workflow.connections[node.name]?.main ?? []).flat().map((c) => c.node);
		const escaped = node.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const byName = new RegExp(`\\$\\('${escaped}'\\)\\.(?:item|first\\(\\))\\.json\\.(\\w+)`, 'g');
		const read = new Set();
		for (const reader of workflow.nodes) {
			const text = JSON.stringify(reader.parameters);
			for (const match of text.matchAll(byName)) read.add(match[1]);
			if (fed.includes(reader.name))
				for (const match of text.matchAll(/\$json\.(\w+)/g)) read.add(match[1]);
		}
		expect(read.size).toBeGreaterThan(0);
		expect([...read].filter((field) => !output.has(field))).toEqual([]);
	});
});
