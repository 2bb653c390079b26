// The simulator's signer against Huawei's own signing code in the seeds, run as written with a
// fixed nonce and time: the same pinning test/unit/signing.test.js does for the node's signer.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const vm = require('node:vm');

const { signedHeaders } = require('../../simulator/auth/signer');
const { readSeed, extractJsFunction, extractPythonFunction } = require('../helpers/seeds');
const { describeWithVendorFiles } = require('../helpers/vendorFiles');

const SECRET = 'cfc881cc704c4fba8d8fef5788e03e6b';

describeWithVendorFiles(
	"the simulator signs like Huawei's demo code",
	() => {
		test('Node.js seed (000) buildAKSKHeader', () => {
			const source = extractJsFunction(readSeed('000_'), 'buildAKSKHeader');
			const nonce = 'ac1c911c4792492687f8f6b2264a491e';
			const now = Date.UTC(2018, 4, 26, 0, 35, 30, 123);
			const fakeRequire = (name) =>
				name === 'crypto'
					? { ...crypto, randomBytes: () => Buffer.from(nonce, 'hex') }
					: require(name);
			/** The demo calls `new Date(Date.now())`: a constructor whose clock stands still. */
			function FixedDate(/** @type {number} */ ms) {
				return new Date(ms);
			}
			FixedDate.now = () => now;
			// runs the vendor's seed code as published, on purpose
			const seedHeader = vm.compileFunction(`${source}; return buildAKSKHeader;`, [
				'require',
				'Date',
			])(fakeRequire, FixedDate)('appkey1', SECRET);
			expect(
				signedHeaders({
					appKey: 'appkey1',
					appSecret: SECRET,
					nonce,
					created: '2018-05-26T00:35:30Z',
				})['X-AKSK'],
			).toBe(seedHeader);
		});

		test('Python seed (002) buildWSSEHeader (X-WSSE, Base64 of the hex digest)', () => {
			const script = [
				'import time, uuid, hashlib, base64',
				'time.strftime = lambda fmt: "2019-10-08T09:30:00Z"',
				'uuid.uuid4 = lambda: "5f0f2a8e-1c9b-4d2a-9d1e-0a1b2c3d4e5f"',
				extractPythonFunction(readSeed('002_'), 'buildWSSEHeader'),
				`print(buildWSSEHeader("a1d1f50cad21415fbdd13d8f53d36d60", "${SECRET}"))`,
			].join('\n');
			const seedHeader = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim();
			const ours = signedHeaders({
				appKey: 'a1d1f50cad21415fbdd13d8f53d36d60',
				appSecret: SECRET,
				scheme: 'wsse',
				wsseEncoding: 'hex',
				nonce: '5f0f2a8e1c9b4d2a9d1e0a1b2c3d4e5f',
				created: '2019-10-08T09:30:00Z',
			});
			expect(ours['X-WSSE']).toBe(seedHeader);
		});
	},
	['seeds'],
);
