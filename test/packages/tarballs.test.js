// The two npm packages as users get them: each tarball `npm pack` makes is self-contained (no
// runtime dependency, the shared code compiled in, nothing of the other service), English only,
// ships only what n8n and the README need, and loads on its own beside n8n-workflow alone.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { buildPackages, PACKAGE_NAMES } = require('../../scripts/build/packages');

const ROOT = path.join(__dirname, '..', '..');
/** Han, kana, hangul, CJK punctuation and full-width forms. */
const CJK =
	/[\u2E80-\u303F\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/;
/** Each service's own node folders and credential: the other package must contain none of them. */
const OWN = {
	'n8n-nodes-huawei-private-number': ['HuaweiPrivateNumber', 'huaweiPrivateNumberApi'],
	'n8n-nodes-huawei-voice-call': ['HuaweiVoiceCall', 'huaweiVoiceCallApi'],
};

let workDir;
/** @type {Record<string, { dir: string, manifest: any, tarball?: string, files: string[], extracted: string }>} */
const packages = {};

beforeAll(() => {
	workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-packages-'));
	const built = buildPackages({ tarballs: true, outDir: path.join(workDir, 'build') });
	for (const [name, result] of Object.entries(built)) {
		const extracted = path.join(workDir, 'installed', name, 'node_modules', name);
		fs.mkdirSync(extracted, { recursive: true });
		const untar = spawnSync('tar', [
			'xzf',
			String(result.tarball),
			'-C',
			extracted,
			'--strip-components=1',
		]);
		if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
		const files = fs
			.readdirSync(extracted, { recursive: true, encoding: 'utf8' })
			.filter((file) => fs.statSync(path.join(extracted, file)).isFile())
			.sort();
		packages[name] = { ...result, files, extracted };
	}
}, 120_000);

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

test('there are two packages, one per Huawei service', () => {
	expect(PACKAGE_NAMES).toEqual(Object.keys(OWN).sort());
});

describe.each(Object.keys(OWN))('%s', (name) => {
	const other = Object.keys(OWN).find((n) => n !== name) ?? '';

	test('ships only the compiled code, the examples, the screenshots, README, CHANGELOG and LICENSE', () => {
		const { files } = packages[name];
		const unexpected = files.filter(
			(file) =>
				!/^dist\//.test(file) &&
				!/^examples\/[\w-]+\.json$/.test(file) &&
				!/^docs\/images\/[\w-]+\.png$/.test(file) &&
				!['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'].includes(file),
		);
		expect(unexpected).toEqual([]);
		expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
		expect(files.some((file) => file.startsWith('examples/'))).toBe(true);
		expect(files).toContain('CHANGELOG.md');
	});

	test('its README links only to pages on the web or anchors in itself: nothing dead on the npm page', () => {
		const readme = fs.readFileSync(path.join(packages[name].extracted, 'README.md'), 'utf8');
		const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
		expect(targets.length).toBeGreaterThan(0);
		expect(targets.filter((target) => !/^(https:\/\/|#)/.test(target))).toEqual([]);
		expect(readme).toContain('(`docs/console-guide.md` in the source repository)');
	});

	test('package.json: no runtime dependencies or install scripts, n8n-workflow as peer, every listed node and credential shipped', () => {
		const manifest = JSON.parse(
			fs.readFileSync(path.join(packages[name].extracted, 'package.json'), 'utf8'),
		);
		expect(manifest.name).toBe(name);
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(manifest.peerDependencies).toEqual({ 'n8n-workflow': '*' });
		expect(manifest.license).toBe('MIT');
		expect(manifest.keywords).toContain('n8n-community-node-package');
		expect(manifest.main).toBeUndefined();
		for (const script of ['prepare', 'preinstall', 'install', 'postinstall', 'prepublish'])
			expect(manifest.scripts?.[script]).toBeUndefined();
		for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials])
			expect(packages[name].files).toContain(file);
	});

	test('English only: no CJK character in any file it ships', () => {
		const { files, extracted } = packages[name];
		const withCjk = files.filter(
			(file) =>
				!file.endsWith('.png') && CJK.test(fs.readFileSync(path.join(extracted, file), 'utf8')),
		);
		expect(withCjk).toEqual([]);
	});

	test('contains nothing of the other service', () => {
		const { files, extracted } = packages[name];
		const [otherFolder, otherCredential] = OWN[other];
		expect(files.filter((file) => file.includes(`/${otherFolder}`))).toEqual([]);
		const mentioning = files.filter(
			(file) =>
				file.endsWith('.js') &&
				fs.readFileSync(path.join(extracted, file), 'utf8').includes(otherCredential),
		);
		expect(mentioning).toEqual([]);
	});

	test("each node's codex names it by this package, and its Docs link is this package's README", () => {
		const { files, extracted } = packages[name];
		const codexFiles = files.filter((file) => file.endsWith('.node.json'));
		expect(codexFiles).toHaveLength(2);
		for (const file of codexFiles) {
			const codex = JSON.parse(fs.readFileSync(path.join(extracted, file), 'utf8'));
			const nodeName = path.basename(file, '.node.json');
			expect(codex.node).toBe(`${name}.${nodeName[0].toLowerCase()}${nodeName.slice(1)}`);
			expect(codex.resources.primaryDocumentation).toEqual([
				{ url: `https://www.npmjs.com/package/${name}#readme` },
			]);
			expect(codex.resources.credentialDocumentation).toEqual([
				{ url: `https://www.npmjs.com/package/${name}#credentials` },
			]);
		}
	});

	test('loads on its own: only its own files and n8n-workflow are required', () => {
		const { extracted } = packages[name];
		const modules = path.dirname(extracted);
		fs.symlinkSync(
			path.join(ROOT, 'node_modules', 'n8n-workflow'),
			path.join(modules, 'n8n-workflow'),
			'dir',
		);
		// n8n-workflow and what it requires resolve (through the link) inside the repository's node_modules.
		const script = `
			const path = require('node:path');
			const manifest = require(${JSON.stringify(path.join(extracted, 'package.json'))});
			const loaded = [...manifest.n8n.nodes, ...manifest.n8n.credentials].map((file) => {
				const Class = Object.values(require(path.join(${JSON.stringify(extracted)}, file)))[0];
				const instance = new Class();
				return instance.description ? instance.description.name : instance.name;
			});
			const allowed = [${JSON.stringify(extracted + path.sep)}, ${JSON.stringify(path.join(ROOT, 'node_modules') + path.sep)}];
			const outside = Object.keys(require.cache).filter((file) => !allowed.some((dir) => file.startsWith(dir)));
			console.log(JSON.stringify({ loaded, outside }));
		`;
		const result = spawnSync(process.execPath, ['-e', script], { cwd: modules, encoding: 'utf8' });
		expect(result.stderr).toBe('');
		const report = JSON.parse(result.stdout);
		expect(report.outside).toEqual([]);
		expect(report.loaded).toHaveLength(3);
	});
});
