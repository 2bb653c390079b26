// The example workflows read the trigger's output by field name: every field they read must be one
// the trigger (version 2, Simplify on by default) actually outputs for their events.

const {
	HuaweiPrivateNumberTrigger,
} = require('../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { startTrigger } = require('../helpers/triggerHarness');
const { readmeSample } = require('../helpers/readmeSamples');

const { exampleWorkflows } = require('../../scripts/runtime/n8n');

const examples = exampleWorkflows();

/** Pushes that show every field an event can have: a recorded CDR with user data, a disconnect. */
function richPushes() {
	const cdr = readmeSample('private-number-cdr');
	const fee = {
		...cdr,
		feeLst: [
			{
				...cdr.feeLst[0],
				userData: 'order-1',
				recordFlag: 1,
				recordDomain: 'record.example',
				recordObjectName: 'call.wav',
				recordStartTime: '2019-01-24 02:30:06',
			},
		],
	};
	return { fee, disconnect: readmeSample('private-number-disconnect') };
}

/** Field names a workflow reads from `triggerName`'s items: `$('<trigger>').item.json.x` anywhere, `$json.x` in the nodes the trigger feeds. */
function fieldsRead(workflow, triggerName) {
	const fed = (workflow.connections[triggerName]?.main ?? []).flat().map((c) => c.node);
	const text = (node) => JSON.stringify(node.parameters);
	const escaped = triggerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const byName = new RegExp(`\\$\\('${escaped}'\\)\\.(?:item|first\\(\\))\\.json\\.(\\w+)`, 'g');
	const fields = new Set();
	for (const node of workflow.nodes) {
		for (const match of text(node).matchAll(byName)) fields.add(match[1]);
		if (fed.includes(node.name))
			for (const match of text(node).matchAll(/\$json\.(\w+)/g)) fields.add(match[1]);
	}
	return [...fields];
}

const cases = examples.flatMap(({ file, workflow }) =>
	workflow.nodes
		.filter(
			(node) =>
				node.type.endsWith('.huaweiPrivateNumberTrigger') &&
				node.parameters.events.every((e) => ['fee', 'disconnect'].includes(e)),
		)
		.map((node) => [file, node]),
);

test('the examples with CDR or disconnect triggers are all checked here', () => {
	expect(cases.map(([file]) => file).sort()).toEqual([
		'alert-failed-calls.json',
		'cdr-recording-summary.json',
	]);
});

test.each(cases)('%s reads only fields its trigger outputs', async (file, node) => {
	const trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
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
		const pushes = richPushes();
		for (const event of node.parameters.events) await trigger.pushDirect(pushes[event]);
		const output = new Set(trigger.items().flatMap((item) => Object.keys(item)));
		const { workflow } = /** @type {{ workflow: any }} */ (examples.find((e) => e.file === file));
		const read = fieldsRead(workflow, node.name);
		expect(read.length).toBeGreaterThan(0);
		expect(read.filter((field) => !output.has(field))).toEqual([]);
	} finally {
		await trigger.close();
	}
});
