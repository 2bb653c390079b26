const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const vm = require('node:vm');

const {
	akskDigest,
	buildAuthHeaders,
	createNonce,
	formatCreated,
	voiceCallPushDigest,
	wsseDigest,
} = require('../../nodes/shared/auth/signing');
const { readSeed, extractJsFunction, extractPythonFunction } = require('../helpers/seeds');
const { describeWithVendorFiles } = require('../helpers/vendorFiles');

const NONCE = '66C92B11FF8A425FB8D4CCFE0ED9ED1F';
const CREATED = '2018-02-12T15:30:20Z';
const SECRET = 'cfc881cc704c4fba8d8fef5788e03e6b';

describe('known-answer vectors', () => {
	// Computed once with openssl (dgst -sha256 [-hmac SECRET]) over the same strings
	test('X-AKSK digest', () => {
		expect(akskDigest(SECRET, NONCE, CREATED)).toBe('qMO+SlJCBqpyYcBSyVkLNzXkk6yh2B+TA9kH8I2GG8Q=');
	});
	test('X-WSSE digest, Base64 of the hex string (Python demo form)', () => {
		expect(wsseDigest(SECRET, NONCE, CREATED, 'hex')).toBe(
			'ZjY0OGQ2YWQyNTQyYjVmNGY2ODQwMjYzMmY0ZDMzM2U1NTlmZWRlYWJhMzc5NWQ1YjBjNDgyNDI1MmEwYTQyMA==',
		);
	});
	test('X-WSSE digest, Base64 of the raw bytes (PHP demo form)', () => {
		expect(wsseDigest(SECRET, NONCE, CREATED, 'raw')).toBe(
			'9kjWrSVCtfT2hAJjL00zPlWf7eq6N5XVsMSCQlKgpCA=',
		);
		expect(Buffer.from(wsseDigest(SECRET, NONCE, CREATED, 'raw'), 'base64').toString('hex')).toBe(
			Buffer.from(wsseDigest(SECRET, NONCE, CREATED, 'hex'), 'base64').toString('utf8'),
		);
	});
	test('Voice Call push digest with and without newlines differ and use the URL', () => {
		const url = 'https://example.com/status';
		const withNl = voiceCallPushDigest(SECRET, url, NONCE, CREATED, '\n');
		const plain = voiceCallPushDigest(SECRET, url, NONCE, CREATED, '');
		expect(withNl).toBe(
			crypto.createHmac('sha256', SECRET).update(`${url}\n${NONCE}\n${CREATED}`).digest('base64'),
		);
		expect(plain).toBe(
			crypto.createHmac('sha256', SECRET).update(`${url}${NONCE}${CREATED}`).digest('base64'),
		);
		expect(withNl).not.toBe(plain);
	});
});

describe('nonce and Created', () => {
	test('nonce is 32 alphanumeric characters and fresh each time', () => {
		const a = createNonce();
		const b = createNonce();
		expect(a).toMatch(/^[0-9A-Z]{32}$/);
		expect(a).not.toBe(b);
	});
	test('Created is UTC without milliseconds', () => {
		expect(formatCreated(new Date(Date.UTC(2019, 0, 24, 7, 3, 28, 456)))).toBe(
			'2019-01-24T07:03:28Z',
		);
	});
	test('headers carry the documented Authorization and a token without spaces', () => {
		const headers = buildAuthHeaders({
			appKey: 'key1',
			appSecret: SECRET,
			nonce: NONCE,
			created: CREATED,
		});
		expect(headers.Authorization).toBe('AKSK realm="SDP",profile="UsernameToken",type="Appkey"');
		expect(headers['X-AKSK']).toBe(
			`UsernameToken Username="key1",PasswordDigest="${akskDigest(SECRET, NONCE, CREATED)}",Nonce="${NONCE}",Created="${CREATED}"`,
		);
		const wsse = buildAuthHeaders({
			appKey: 'key1',
			appSecret: SECRET,
			scheme: 'wsse',
			nonce: NONCE,
			created: CREATED,
		});
		expect(wsse.Authorization).toBe('WSSE realm="SDP",profile="UsernameToken",type="Appkey"');
		expect(wsse['X-WSSE']).toContain(
			`PasswordDigest="${wsseDigest(SECRET, NONCE, CREATED, 'hex')}"`,
		);
	});
	test('a fresh nonce and time are used when none is given', () => {
		const one = buildAuthHeaders({ appKey: 'k', appSecret: 's' })['X-AKSK'];
		const two = buildAuthHeaders({ appKey: 'k', appSecret: 's' })['X-AKSK'];
		expect(one).not.toBe(two);
		const created = /** @type {RegExpExecArray} */ (/Created="([^"]+)"/.exec(one))[1];
		expect(Math.abs(Date.parse(created) - Date.now())).toBeLessThan(5000);
	});
});

describeWithVendorFiles(
	"the vendor's own sample code computes the same digest",
	() => {
		test('Node.js seed (000, AXYB) buildAKSKHeader, run as written', () => {
			const source = extractJsFunction(readSeed('000_'), 'buildAKSKHeader');
			const fixedNonceBytes = Buffer.from('ac1c911c4792492687f8f6b2264a491e', 'hex');
			const fakeRequire = (name) => {
				if (name === 'crypto') return { ...crypto, randomBytes: () => fixedNonceBytes };
				return require(name);
			};
			const RealDate = Date;
			const fixedNow = RealDate.UTC(2018, 4, 26, 0, 35, 30, 123);
			// runs the vendor's seed code as published, on purpose
			const seedFn = vm.compileFunction(`${source}; return buildAKSKHeader;`, ['require', 'Date'])(
				fakeRequire,
				Object.assign(
					function (...args) {
						return Reflect.construct(RealDate, args);
					},
					{ now: () => fixedNow },
				),
			);
			const seedHeader = seedFn('appkey1', SECRET);
			const ours = buildAuthHeaders({
				appKey: 'appkey1',
				appSecret: SECRET,
				nonce: 'ac1c911c4792492687f8f6b2264a491e',
				created: formatCreated(new Date(fixedNow)),
			})['X-AKSK'];
			expect(seedHeader).toBe(ours);
		});

		test('Python seed (002, AXE) buildWSSEHeader, run by python3 as written', () => {
			const source = extractPythonFunction(readSeed('002_'), 'buildWSSEHeader');
			const script = [
				'import time, uuid, hashlib, base64',
				'time.strftime = lambda fmt: "2019-10-08T09:30:00Z"',
				'class FixedUuid:',
				'    def __str__(self): return "5f0f2a8e-1c9b-4d2a-9d1e-0a1b2c3d4e5f"',
				'uuid.uuid4 = lambda: FixedUuid()',
				source,
				'print(buildWSSEHeader("a1d1f50cad21415fbdd13d8f53d36d60", "cfc881cc704c4fba8d8fef5788e03e6b"))',
			].join('\n');
			const seedHeader = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim();
			const ours = buildAuthHeaders({
				appKey: 'a1d1f50cad21415fbdd13d8f53d36d60',
				appSecret: SECRET,
				scheme: 'wsse',
				wsseEncoding: 'hex',
				nonce: '5f0f2a8e1c9b4d2a9d1e0a1b2c3d4e5f',
				created: '2019-10-08T09:30:00Z',
			})['X-WSSE'];
			expect(seedHeader).toBe(ours);
		});

		test('PHP seed (003) buildAKSKHeader, ported line by line', () => {
			const php = readSeed('003_');
			expect(php).toContain(
				"base64_encode(hash_hmac('sha256', ($nonce . $Created), $appSecret, TRUE))",
			);
			// hash_hmac(algo, data, key, raw=TRUE) then base64_encode; uniqid() gives a 13-hex-digit nonce.
			const nonce = '5c4b1a2f3e4d5';
			const created = '2023-01-13T08:00:00Z';
			const phpDigest = crypto
				.createHmac('sha256', SECRET)
				.update(nonce + created)
				.digest()
				.toString('base64');
			expect(akskDigest(SECRET, nonce, created)).toBe(phpDigest);
		});

		test('C# seed (004) buildAKSKHeader, ported line by line', () => {
			const cs = readSeed('004_');
			expect(cs).toContain('new HMACSHA256(keyByte)');
			expect(cs).toContain('String str = nonce + now;');
			// Guid.NewGuid().ToString().Replace("-", "") and DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ")
			const nonce = '0f8fad5bd9cb469fa16570867728950e';
			const now = '2023-01-13T08:00:00Z';
			const keyByte = Buffer.from(SECRET, 'utf8');
			const messageBytes = Buffer.from(nonce + now, 'utf8');
			const hashmessage = crypto.createHmac('sha256', keyByte).update(messageBytes).digest();
			expect(akskDigest(SECRET, nonce, now)).toBe(hashmessage.toString('base64'));
		});
	},
	['seeds'],
);
