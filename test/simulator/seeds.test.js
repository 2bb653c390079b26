// Huawei's own demo programs, run against the simulator as written: only the access address, the
// app key/secret and the masked placeholders ('****', which the demos say to replace) are filled in.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');

const { startTestSimulator } = require('../helpers/simulator');
const { readSeed, extractPrograms } = require('../helpers/seeds');

const run = promisify(execFile);
let sim;
let workDir;

const AXYB_APP = { appKey: 'seedAxybKey01', appSecret: 'seedAxybSecret-0123456789', mode: 'AXYB', numbers: ['+8617060000001', '+8617060000002'].map((number) => ({ number, areaCode: '0755' })) };
const AXE_APP = { appKey: 'a1d1f50cad21415fbdd13d8f53d36d60', appSecret: 'cfc881cc704c4fba8d8fef5788e03e6b', mode: 'AXE', numbers: [{ number: '+8617010000001', areaCode: '0755' }] };

beforeAll(async () => {
	sim = await startTestSimulator({ https: true });
	sim.addApp(AXYB_APP);
	sim.addApp(AXE_APP);
	workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-demos-'));
});
afterAll(async () => {
	await sim.close();
	fs.rmSync(workDir, { recursive: true, force: true });
});

function fill(program, values) {
	let out = program;
	for (const [name, value] of Object.entries(values)) {
		const pattern = new RegExp(`^(\\s*(?:var\\s+)?${name}\\s*=\\s*)(['"])[^'"]*\\2`, 'm');
		if (!pattern.test(out)) throw new Error(`seed program has no assignment to ${name}`);
		out = out.replace(pattern, `$1'${value}'`);
	}
	return out;
}

async function runNode(program, name) {
	const file = path.join(workDir, `${name}.js`);
	fs.writeFileSync(file, program);
	const { stdout } = await run(process.execPath, [file], { cwd: workDir, timeout: 15000 });
	return JSON.parse(/resp: (.*)/.exec(stdout)[1]);
}

async function runPython(program, name) {
	const file = path.join(workDir, `${name}.py`);
	fs.writeFileSync(file, program);
	const { stdout } = await run('python3', [file], { cwd: workDir, timeout: 15000 });
	return JSON.parse(stdout.trim().split('\n').pop());
}

test('Node.js AXYB demos (seed 000): bind, query, unbind', async () => {
	const [bind, unbind, query] = extractPrograms(readSeed('000_'), '/*jshint esversion: 6 */');
	const base = { realUrl: `${sim.httpsUrl}/rest/omp/xyrelationnumber/v1.0`, appKey: AXYB_APP.appKey, appSecret: AXYB_APP.appSecret };
	const bound = await runNode(fill(bind, { ...base, origNum_A: '+8618612345678', origNum_B: '+8618612345679' }), 'bind');
	expect(bound).toMatchObject({ resultcode: '0', subscriptionId: expect.any(String), relationNumber: '+8617060000001' });
	const found = await runNode(fill(query, { ...base, relationNum: bound.relationNumber, subscriptionId: bound.subscriptionId }), 'query');
	expect(found.resultcode).toBe('0');
	expect(found.xyRelationNumList[0]).toMatchObject({ bindId: bound.subscriptionId, numA: '+8618612345678' });
	const removed = await runNode(fill(unbind, { ...base, subscriptionId: bound.subscriptionId }), 'unbind');
	expect(removed).toEqual({ resultcode: '0', resultdesc: 'Success' });
});

test('Python AXE demos (seed 002, legacy X-WSSE with hex digest): bind, query, unbind', async () => {
	const [bind, unbind, query] = extractPrograms(readSeed('002_'), '# -*- coding: utf-8 -*-', "if __name__ == '__main__':\n    main()");
	const realUrl = `${sim.httpsUrl}/rest/caas/extendnumber/v1.0`;
	const bound = await runPython(fill(bind, { realUrl }), 'axe_bind');
	expect(bound).toMatchObject({ resultcode: '0', virtualNum: '+8617010000001', extendNum: expect.stringMatching(/^\d{4}$/), subscriptionId: expect.any(String) });
	const found = await runPython(fill(query, { realUrl, subscriptionId: bound.subscriptionId }), 'axe_query');
	expect(found).toMatchObject({ resultcode: '0', bindNum: '+8618612345678', extendNum: bound.extendNum });
	const removed = await runPython(fill(unbind, { realUrl, subscriptionId: bound.subscriptionId }), 'axe_unbind');
	expect(removed).toEqual({ resultcode: '0', resultdesc: 'Success' });
});
