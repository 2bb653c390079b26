// Recording → Get Download Link and Download, straight from a CDR item or from its fields.
const {
	APPS,
	jsonOf,
	privateNumber,
	useSimulator,
	credentialsOf,
} = require('../../helpers/actionNodes');
const {
	HuaweiPrivateNumber,
} = require('../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { runNode } = require('../../helpers/nodeHarness');

const env = useSimulator(['axb']);
/** Runs the Private Number node with the credential of `app`; resolves with the items' JSON. */
const run = (app, resource, operation, params, extra = {}) =>
	jsonOf(privateNumber(env)(resource, operation, params, { app, ...extra }));

describe('Recording', () => {
	const axbNode = (resource, operation, params) => run(APPS.axb, resource, operation, params);
	test('Get Download Link and Download straight from a CDR item; bytes equal what the platform serves', async () => {
		await axbNode('axbBinding', 'create', {
			callerNum: '13800000001',
			calleeNum: '13900000002',
			numberSource: 'number',
			relationNum: '+8617010000001',
			additionalFields: { recordFlag: true },
		});
		const { cdr } = await env.admin.call({
			caller: '+8613800000001',
			called: '+8617010000001',
			talkSeconds: 12,
		});
		const [link] = await axbNode('recording', 'getLink', { source: 'cdr', cdr });
		expect(link).toMatchObject({
			fileName: cdr.recordObjectName,
			recordDomain: cdr.recordDomain,
			downloadUrl: expect.stringContaining('/sim-recordings/'),
		});
		const { output } = await runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(env, APPS.axb),
			params: {
				resource: 'recording',
				operation: 'download',
				source: 'fields',
				recordDomain: cdr.recordDomain,
				fileName: cdr.recordObjectName,
				binaryPropertyName: 'audio',
			},
		});
		const item = output[0][0];
		expect(item.json).toMatchObject({ fileName: cdr.recordObjectName, mimeType: 'audio/wav' });
		expect(item.binary.audio).toMatchObject({
			fileName: cdr.recordObjectName,
			mimeType: 'audio/wav',
		});
		expect(
			Buffer.from(item.binary.audio.data, 'base64').equals(
				env.sim.state.recordings.get(cdr.recordObjectName).bytes,
			),
		).toBe(true);
	});

	test('a CDR without a recording is refused with a clear reason; a CDR with only a direct URL uses it', async () => {
		await expect(
			axbNode('recording', 'getLink', { source: 'cdr', cdr: { recordFlag: 0 } }),
		).rejects.toThrow(/has no recording/);
		const [direct] = await axbNode('recording', 'getLink', {
			source: 'cdr',
			cdr: { recordDomain: '', recordFileDownloadUrl: 'https://obs.example.com/a/rec1.wav?sig=1' },
		});
		expect(direct).toEqual({
			downloadUrl: 'https://obs.example.com/a/rec1.wav?sig=1',
			fileName: 'rec1.wav',
		});
		await expect(
			axbNode('recording', 'getLink', {
				source: 'fields',
				recordDomain: 'x.com',
				fileName: 'missing.wav',
			}),
		).rejects.toThrow(/1012007/);
	});
});
