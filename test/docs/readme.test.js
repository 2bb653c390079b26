// The README, package.json and the editor's links are part of the product: every link points
// somewhere real (Huawei's documentation, this package on npm, n8n), every screenshot the README
// shows ships in the package, and the sample pushes it gives users work as it says.
const fs = require('node:fs');
const path = require('node:path');

const {
	HuaweiPrivateNumberTrigger,
} = require('../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { startTrigger } = require('../helpers/triggerHarness');
const { readmeSample } = require('../helpers/readmeSamples');

const ROOT = path.join(__dirname, '..', '..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const PACKAGE = 'n8n-nodes-huawei-private-number';
const IMAGE_BASE = `https://cdn.jsdelivr.net/npm/${PACKAGE}/`;

/** Where links may point: pages that exist independently of this repository, or this package itself once published. */
const ALLOWED = [
	/^https:\/\/support\.huaweicloud\.com\/(api-PrivateNumber|devg-PrivateNumber|api-VoiceCall|devg-VoiceCall|usermanual-PrivateNumber|usermanual-VoiceCall|PrivateNumber_faq|VoiceCall_faq)\/[\w.-]+\.html$/,
	new RegExp(`^https://www\\.npmjs\\.com/package/${PACKAGE}(#readme)?$`),
	new RegExp(`^${IMAGE_BASE.replace(/\./g, '\\.')}docs/images/[\\w-]+\\.png$`),
	/^https:\/\/(rtcpns|rtcapi)\.cn-north-1\.myhuaweicloud\.com$/,
	/^https:\/\/rtccall\.cn-north-1\.myhuaweicloud\.cn(:443)?$/,
];

const urlsIn = (text) =>
	[...text.matchAll(/https?:\/\/[^\s)"'`<>\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));

const shipped = [
	'README.md',
	'package.json',
	...fs
		.readdirSync(path.join(ROOT, 'nodes'))
		.flatMap((dir) =>
			fs.existsSync(path.join(ROOT, 'nodes', dir, `${dir}.node.json`))
				? [`nodes/${dir}/${dir}.node.json`]
				: [],
		),
	...fs
		.readdirSync(path.join(ROOT, 'credentials'))
		.filter((file) => file.endsWith('.ts'))
		.map((file) => `credentials/${file}`),
];

test.each(shipped)('%s links only to pages that exist', (file) => {
	for (const url of urlsIn(read(file)))
		expect({ url, allowed: ALLOWED.some((pattern) => pattern.test(url)) }).toEqual({
			url,
			allowed: true,
		});
});

test("the editor's Docs link of every node leads to the package's README", () => {
	for (const file of shipped.filter((f) => f.endsWith('.node.json'))) {
		const codex = JSON.parse(read(file));
		expect(codex.resources.primaryDocumentation).toEqual([
			{ url: `https://www.npmjs.com/package/${PACKAGE}#readme` },
		]);
		expect(codex.alias).toEqual(expect.arrayContaining(['phone', 'call']));
	}
});

test('every screenshot the README shows is in docs/images and shipped in the package', () => {
	const images = [...read('README.md').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
	expect(images.length).toBeGreaterThanOrEqual(4);
	const pkg = JSON.parse(read('package.json'));
	for (const image of images) {
		expect(image.startsWith(IMAGE_BASE)).toBe(true);
		const file = image.slice(IMAGE_BASE.length);
		expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
		expect(pkg.files).toContain('docs/images/*.png');
		expect(file).toMatch(/^docs\/images\/[\w-]+\.png$/);
	}
});

test("no e-mail address in the README, and package.json's is a reserved placeholder the publish workflow refuses", () => {
	const addresses = [...read('README.md').matchAll(/[\w.+-]+@([\w-]+\.[\w.-]+)/g)].map((m) => m[1]);
	expect(addresses.filter((domain) => !/^callenabler\d+\.huaweicaas\.com$/.test(domain))).toEqual(
		[],
	); // Huawei's session IDs look like addresses
	const { author } = JSON.parse(read('package.json'));
	expect(author.email).toMatch(/\.example$/);
	expect(read('.github/workflows/publish.yml')).toContain('(example|invalid|test|localhost)');
});

describe("the README's sample pushes", () => {
	let trigger;
	beforeAll(async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: {
				appKey: 'your-app-key',
				appSecret: 'unused-secret-0123456789',
				accessAddress: 'http://127.0.0.1:1',
				authScheme: 'aksk',
			},
			params: { verifySignature: false, options: {} },
		});
	});
	afterAll(() => trigger.close());

	test('with Verify Signature off, the CDR sample gives one simplified item, a second copy nothing', async () => {
		expect((await trigger.pushDirect(readmeSample('private-number-cdr'))).status).toBe(200);
		expect(trigger.items()).toHaveLength(1);
		expect(trigger.items()[0]).toMatchObject({
			eventType: 'fee',
			callerNumber: '+8613800000021',
			calleeNumber: '+8613900007021',
			connected: true,
			talkSeconds: 16,
			hasRecording: false,
		});
		expect((await trigger.pushDirect(readmeSample('private-number-cdr'))).status).toBe(200);
		expect(trigger.items()).toHaveLength(1);
	});

	test('the call event sample gives one item with the decoded state', async () => {
		trigger.clear();
		await trigger.pushDirect(readmeSample('private-number-disconnect'));
		expect(trigger.items()).toEqual([
			expect.objectContaining({
				eventType: 'disconnect',
				callerNumber: '+8613800000021',
				stateCode: 0,
				stateCodeMeaning: expect.any(String),
			}),
		]);
	});
});
