// Huawei's own demo programs, run against the simulator as written: only the access address, the
// app key/secret and the masked placeholders ('****', which the demos say to replace) are filled in.
const { startTestSimulator } = require('../helpers/simulator');
const { readSeed, extractPrograms } = require('../helpers/seeds');
const { describeWithVendorFiles } = require('../helpers/vendorFiles');
const { fillAssignments, demoFolder } = require('../helpers/demos');

const AXYB_APP = {
	appKey: 'seedAxybKey01',
	appSecret: 'seedAxybSecret-0123456789',
	mode: 'AXYB',
	numbers: ['+8617060000001', '+8617060000002'].map((number) => ({ number, areaCode: '0755' })),
};
// The Python demo's own key and secret: its "as published" values are used unchanged.
const AXE_APP = {
	appKey: 'a1d1f50cad21415fbdd13d8f53d36d60',
	appSecret: 'cfc881cc704c4fba8d8fef5788e03e6b',
	mode: 'AXE',
	numbers: [{ number: '+8617010000001', areaCode: '0755' }],
};

describeWithVendorFiles(
	'vendor demos (Node.js seed 000, Python seed 002)',
	() => {
		let sim;
		let demos;
		beforeAll(async () => {
			sim = await startTestSimulator({ https: true });
			sim.addApp(AXYB_APP);
			sim.addApp(AXE_APP);
			demos = demoFolder();
		});
		afterAll(async () => {
			await sim.close();
			demos.remove();
		});

		const runNode = async (program, name) =>
			JSON.parse(
				/** @type {RegExpExecArray} */ (/resp: (.*)/.exec(await demos.run('js', name, program)))[1],
			);
		const runPython = async (program, name, env) =>
			JSON.parse((await demos.run('py', name, program, env)).trim().split('\n').pop());
		const pythonAxeDemos = () =>
			extractPrograms(
				readSeed('002_'),
				'# -*- coding: utf-8 -*-',
				"if __name__ == '__main__':\n    main()",
			);

		test('Node.js AXYB demos (seed 000): bind, query, unbind', async () => {
			const [bind, unbind, query] = extractPrograms(readSeed('000_'), '/*jshint esversion: 6 */');
			const base = {
				realUrl: `${sim.httpsUrl}/rest/omp/xyrelationnumber/v1.0`,
				appKey: AXYB_APP.appKey,
				appSecret: AXYB_APP.appSecret,
			};
			const bound = await runNode(
				fillAssignments(bind, {
					...base,
					origNum_A: '+8618612345678',
					origNum_B: '+8618612345679',
				}),
				'bind',
			);
			expect(bound).toMatchObject({
				resultcode: '0',
				subscriptionId: expect.any(String),
				relationNumber: '+8617060000001',
			});
			const found = await runNode(
				fillAssignments(query, {
					...base,
					relationNum: bound.relationNumber,
					subscriptionId: bound.subscriptionId,
				}),
				'query',
			);
			expect(found.resultcode).toBe('0');
			expect(found.xyRelationNumList[0]).toMatchObject({
				bindId: bound.subscriptionId,
				numA: '+8618612345678',
			});
			const removed = await runNode(
				fillAssignments(unbind, { ...base, subscriptionId: bound.subscriptionId }),
				'unbind',
			);
			expect(removed).toEqual({ resultcode: '0', resultdesc: 'Success' });
		});

		test('Python AXE demos (seed 002, legacy X-WSSE with hex digest): bind, query, unbind', async () => {
			const [bind, unbind, query] = pythonAxeDemos();
			const realUrl = `${sim.httpsUrl}/rest/caas/extendnumber/v1.0`;
			const bound = await runPython(fillAssignments(bind, { realUrl }), 'axe_bind');
			expect(bound).toMatchObject({
				resultcode: '0',
				virtualNum: '+8617010000001',
				extendNum: expect.stringMatching(/^\d{4}$/),
				subscriptionId: expect.any(String),
			});
			const found = await runPython(
				fillAssignments(query, { realUrl, subscriptionId: bound.subscriptionId }),
				'axe_query',
			);
			expect(found).toMatchObject({
				resultcode: '0',
				bindNum: '+8618612345678',
				extendNum: bound.extendNum,
			});
			const removed = await runPython(
				fillAssignments(unbind, { realUrl, subscriptionId: bound.subscriptionId }),
				'axe_unbind',
			);
			expect(removed).toEqual({ resultcode: '0', resultdesc: 'Success' });
		});

		// The demo takes Created from time.strftime, i.e. local time with a "Z": on a machine set to
		// Beijing time that is UTC+8, which the platform evidently accepts.
		test('Python AXE demo on a machine in Beijing time (TZ=Asia/Shanghai): Created 8 h ahead is accepted', async () => {
			const [bind, unbind] = pythonAxeDemos();
			const realUrl = `${sim.httpsUrl}/rest/caas/extendnumber/v1.0`;
			const beijing = { TZ: 'Asia/Shanghai' };
			const demoClock = await demos.run(
				'py',
				'clock',
				"import time\nprint(time.strftime('%Y-%m-%dT%H:%M:%SZ'))",
				beijing,
			);
			expect((Date.parse(demoClock.trim()) - Date.now()) / 3600e3).toBeCloseTo(8, 1);
			const bound = await runPython(
				fillAssignments(bind, { realUrl }),
				'axe_bind_beijing',
				beijing,
			);
			expect(bound).toMatchObject({ resultcode: '0', subscriptionId: expect.any(String) });
			expect(
				await runPython(
					fillAssignments(unbind, { realUrl, subscriptionId: bound.subscriptionId }),
					'axe_unbind_beijing',
					beijing,
				),
			).toEqual({ resultcode: '0', resultdesc: 'Success' });
		});
	},
	['seeds'],
);
