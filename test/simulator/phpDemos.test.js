// Huawei's PHP demos for Private Number (seed 003: AXYB bind, query, unbind, recording download
// link), run as published by Debian's php-cli against the simulator; only the access address, the
// app key/secret and the masked numbers are filled in. php-cli is installed here when missing.
const { spawnSync } = require('node:child_process');

const { aptInstall } = require('../../scripts/runtime/debian');
const { signedHeaders } = require('../../simulator/auth/signer');
const { startTestSimulator, clientFor, adminFor } = require('../helpers/simulator');
const { readSeed, extractPrograms, extractJsFunction } = require('../helpers/seeds');
const { describeWithVendorFiles } = require('../helpers/vendorFiles');
const { fillAssignments, demoFolder } = require('../helpers/demos');

const APP = {
	appKey: 'seedPhpAxybKey01',
	appSecret: 'seedPhpAxybSecret-0123456789',
	mode: 'AXYB',
	numbers: ['+8617070000001', '+8617070000002', '+8617070000003'].map((number) => ({
		number,
		areaCode: '0755',
	})),
};
const URI = '/rest/omp/xyrelationnumber/v1.0';
const A = '+8618612345678';
const B = '+8618612345679';

describeWithVendorFiles(
	'vendor PHP demos (seed 003) run by php-cli',
	() => {
		let sim;
		let demos;
		let programs;
		beforeAll(async () => {
			if (spawnSync('php', ['--version']).status !== 0) aptInstall(['php-cli']);
			sim = await startTestSimulator({ https: true });
			sim.addApp(APP);
			demos = demoFolder();
			const [bind, unbind, query, recording] = extractPrograms(readSeed('003_'), '<?php', '?>');
			programs = { bind, unbind, query, recording };
		}, 300_000);
		afterAll(async () => {
			await sim?.close();
			demos?.remove();
		});

		const keys = () => ({ $APP_KEY: APP.appKey, $APP_SECRET: APP.appSecret });
		/** Runs one demo and returns what it printed last (the platform's answer). */
		const runPhp = async (name, values) => {
			const output = await demos.run(
				'php',
				name,
				fillAssignments(programs[name], { ...keys(), ...values }),
			);
			return output.trim().split('\n').pop();
		};

		test("the demo's buildAKSKHeader, with uniqid() and date() held still, signs as the simulator does", async () => {
			const script = [
				'<?php',
				'namespace Seed;', // unqualified calls resolve to these first, then to PHP's own functions
				'function date_default_timezone_set($zone) {}',
				"function date($format) { return '2023-01-13T08:00:00Z'; }",
				"function uniqid() { return '5c4b1a2f3e4d5'; }",
				extractJsFunction(programs.bind, 'buildAKSKHeader'), // a PHP function has the same braces
				`echo buildAKSKHeader('${APP.appKey}', '${APP.appSecret}');`,
			].join('\n');
			const ours = signedHeaders({
				appKey: APP.appKey,
				appSecret: APP.appSecret,
				nonce: '5c4b1a2f3e4d5',
				created: '2023-01-13T08:00:00Z',
			});
			expect(await demos.run('php', 'sign', script)).toBe(ours['X-AKSK']);
		});

		test('AXYB bind (AX step), query and unbind', async () => {
			const realUrl = `${sim.httpsUrl}${URI}`;
			const bound = JSON.parse(
				await runPhp('bind', { $realUrl: realUrl, $origNum_A: A, $origNum_B: B }),
			);
			expect(bound).toMatchObject({
				resultcode: '0',
				resultdesc: 'Success',
				subscriptionId: expect.any(String),
				relationNumber: '+8617070000001',
			});
			const found = JSON.parse(
				await runPhp('query', {
					$realUrl: realUrl,
					$relationNum: bound.relationNumber,
					$subscriptionId: bound.subscriptionId,
				}),
			);
			expect(found).toMatchObject({
				resultcode: '0',
				xyRelationNumList: [
					expect.objectContaining({
						bindId: bound.subscriptionId,
						numA: A,
						numX: bound.relationNumber,
					}),
				],
			});
			const removed = JSON.parse(
				await runPhp('unbind', { $realUrl: realUrl, $subscriptionId: bound.subscriptionId }),
			);
			expect(removed).toEqual({ resultcode: '0', resultdesc: 'Success' });
			expect(sim.state.requestLog.map((r) => [r.method, r.resultcode])).toEqual([
				['POST', '0'],
				['GET', '0'],
				['DELETE', '0'],
			]);
		});

		// The demo asks with get_headers($url, 1): an associative array, whose values it then searches for
		// "Location", so it finds nothing even in a correct 301. As published it prints only failures (the
		// status line of a 4xx/5xx); a 301 with Location passes silently.
		test('recording download link: the demo gets the 301 (it prints no failure)', async () => {
			const client = clientFor(sim, APP);
			const qs = { app_key: APP.appKey };
			const { subscriptionId } = (
				await client.post(URI, { origNum: A, areaCode: '0755', recordFlag: 'true' }, qs)
			).data;
			const y = (await client.post(URI, { origNum: B, subscriptionId }, qs)).data.relationNumber;
			const { cdr } = await adminFor(sim).call({ caller: A, called: y, talkSeconds: 20 });
			const values = {
				$realUrl: `${sim.httpsUrl}/rest/provision/voice/record/v1.0`,
				$recordDomain: cdr.recordDomain,
			};
			expect(await runPhp('recording', { ...values, $fileName: cdr.recordObjectName })).toBe('');
			expect(sim.state.requestLog.at(-1)).toMatchObject({
				method: 'GET',
				path: '/rest/provision/voice/record/v1.0',
				resultcode: '0',
			});
			expect(await runPhp('recording', { ...values, $fileName: 'missing.wav' })).toMatch(
				/^HTTP\/1\.1 404/,
			);
		});
	},
	['seeds'],
);
