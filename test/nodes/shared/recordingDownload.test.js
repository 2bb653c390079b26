// Recording downloads trust nothing they are told: only public https hosts (or the APP access
// address itself), a capped size, safe file names, and TLS failures reported as such.
const https = require('node:https');

const selfsigned = require('selfsigned');

const {
	downloadFile,
	downloadUrlProblem,
	safeFileName,
} = require('../../../nodes/shared/actions/recording/fileDownload');
const { privateNumber, useSimulator } = require('../../helpers/actionNodes');
const { startStubServer } = require('../../helpers/stubServer');

const env = useSimulator(['axb']);
/** The Private Number node on the AXB resource unless `extra.resource` says otherwise. */
const pn = (operation, params, extra = {}) =>
	privateNumber(env)(extra.resource ?? 'axbBinding', operation, params, extra);

describe('recording downloads', () => {
	test.each([
		[
			'loopback',
			'https://127.0.0.1:1/r.wav',
			/loopback, link-local or private address \(127\.0\.0\.1\)/,
		],
		['loopback written as a number', 'https://2130706433/r.wav', /\(127\.0\.0\.1\)/],
		['a private address', 'https://10.1.2.3/r.wav', /\(10\.1\.2\.3\)/],
		['link-local metadata', 'https://169.254.169.254/latest/meta-data', /\(169\.254\.169\.254\)/],
		['IPv6 loopback', 'https://[::1]/r.wav', /\(::1\)/],
		['a local name', 'https://localhost/r.wav', /local host/],
		['plain http', 'http://files.example.com/r.wav', /uses http, not https/],
	])('a link to %s is refused', async (_name, location, message) => {
		const platform = await startStubServer((_req, res) => {
			res.writeHead(301, { Location: location });
			res.end();
		});
		try {
			const error = await pn(
				'download',
				{ source: 'fields', recordDomain: 'd.example.com', fileName: 'r.wav' },
				{ resource: 'recording', accessAddress: platform.url },
			).catch((e) => e);
			expect(error.message).toMatch(message);
			expect(platform.requests).toHaveLength(1);
		} finally {
			await platform.close();
		}
	});

	test("a CDR's direct download URL to a private address is refused", async () => {
		const cdr = { recordObjectName: 'r.wav', recordFileDownloadUrl: 'https://192.168.1.5/r.wav' };
		await expect(pn('download', { source: 'cdr', cdr }, { resource: 'recording' })).rejects.toThrow(
			/\(192\.168\.1\.5\)/,
		);
	});

	test('the APP access address itself may serve the file; its name becomes a safe base name; the size is capped', async () => {
		const wav = Buffer.alloc(2 * 1024 * 1024, 1);
		const platform = await startStubServer((req, res) => {
			if (req.url.startsWith('/rest/')) {
				res.writeHead(301, { Location: '/files/r.wav' });
				return res.end();
			}
			res.writeHead(200, { 'Content-Type': 'audio/wav' });
			return res.end(wav);
		});
		try {
			const params = {
				source: 'fields',
				recordDomain: 'd.example.com',
				fileName: '../../etc/pass\r\nwd".wav',
			};
			const [item] = (
				await pn('download', params, { resource: 'recording', accessAddress: platform.url })
			).output[0];
			expect(item.json.fileName).toBe('pass wd.wav'.replace(' ', ''));
			expect(item.binary.data.fileName).not.toMatch(/[/\\\r\n"]|\.\./);
			expect(item.json.fileSize).toBe(wav.length);
			await expect(
				pn(
					'download',
					{ ...params, maxFileSizeMb: 1 },
					{ resource: 'recording', accessAddress: platform.url },
				),
			).rejects.toThrow(/larger than the limit of 1048576 bytes/);
		} finally {
			await platform.close();
		}
	});

	test('a TLS failure is reported as such, not as an expired link', async () => {
		const pems = selfsigned.generate([{ name: 'commonName', value: 'files.example.com' }], {
			days: 1,
			keySize: 2048,
		});
		const server = https.createServer({ key: pems.private, cert: pems.cert }, (_req, res) =>
			res.end('x'),
		);
		await /** @type {Promise<void>} */ (
			new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
		);
		const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
		const accessAddress = `https://127.0.0.1:${port}`;
		try {
			const { httpRequest } = require(
				require('node:path').join(
					require('node:path').dirname(require.resolve('@n8n/backend-network')),
					'http/axios/request.js',
				),
			);
			// Only what downloadFile uses.
			const ctx = /** @type {import('n8n-workflow').IExecuteFunctions} */ ({
				getNode: () => ({ name: 'Huawei' }),
				helpers: { httpRequest },
			});
			const error = await downloadFile(ctx, `${accessAddress}/r.wav`, {
				accessAddress,
				allowInsecureTls: false,
				maxBytes: 1e6,
				itemIndex: 0,
			}).catch((e) => e);
			expect(error.message).toBe("The recording host's TLS certificate is not trusted");
			expect(error.message).not.toMatch(/expired/);
		} finally {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	});

	test('safe names and host rules, directly', () => {
		expect(safeFileName('../../x/..\\y\u0000z.wav')).toBe('yz.wav');
		expect(safeFileName('..')).toBe('recording.wav');
		expect(
			downloadUrlProblem(
				'https://obs.cn-north-1.myhuaweicloud.com/r.wav',
				'https://rtcpns.cn-north-1.myhuaweicloud.com',
			),
		).toBeUndefined();
		expect(
			downloadUrlProblem('https://[::ffff:10.0.0.1]/r.wav', 'https://rtcpns.example.com'),
		).toMatch(/private/);
	});
});
