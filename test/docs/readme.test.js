// Each package's README, package.json and editor links are part of the product, read on the npm
// page: every link points somewhere real (Huawei's documentation, the package on npm, a file the
// package ships, or a repository file the publish step turns into an absolute link), every
// screenshot and example it names ships in the package, and nothing it says about the examples
// is untrue.
const fs = require('node:fs');
const path = require('node:path');

const { PACKAGE_NAMES, manifestOf } = require('../../scripts/build/packages');

const ROOT = path.join(__dirname, '..', '..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const cdnBase = (name) => `https://cdn.jsdelivr.net/npm/${name}/`;

/** Pages that exist independently of this repository. */
const EXTERNAL = [
	/^https:\/\/support\.huaweicloud\.com\/(api-PrivateNumber|devg-PrivateNumber|api-VoiceCall|devg-VoiceCall|usermanual-PrivateNumber|usermanual-VoiceCall|PrivateNumber_faq|VoiceCall_faq)\/[\w.-]+\.html$/,
	/^https:\/\/(rtcpns|rtcapi)\.cn-north-1\.myhuaweicloud\.com$/,
	/^https:\/\/rtccall\.cn-north-1\.myhuaweicloud\.cn(:443)?$/,
	/^https:\/\/docs\.n8n\.io\/[\w/.-]*$/,
];

const urlsIn = (text) =>
	[...text.matchAll(/https?:\/\/[^\s)"'`<>\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
const relativeLinksIn = (text) =>
	[...text.matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g)].map((m) => m[1]);

/** Whether the package ships `file` (a path relative to the package), per its "files" list. */
function ships(name, file) {
	const patterns = manifestOf(name).files.map(
		(glob) => new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*/g, '[^/]+')}(/.*)?$`),
	);
	return (
		['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'].includes(file) ||
		patterns.some((pattern) => pattern.test(file))
	);
}

/** Files of a package that carry links users or the editor follow. */
function linkedFiles(name) {
	const manifest = manifestOf(name);
	const sources = [...manifest.n8n.nodes, ...manifest.n8n.credentials].map((built) =>
		built.replace(/^dist\//, '').replace(/\.js$/, '.ts'),
	);
	const codex = manifest.n8n.nodes.map((built) =>
		built.replace(/^dist\//, '').replace(/\.js$/, '.json'),
	);
	return [`packages/${name}/README.md`, `packages/${name}/package.json`, ...sources, ...codex];
}

/** The numeric parameters of the package's nodes, by the name the editor shows: their defaults. */
function numberDefaults(name) {
	const defaults = new Map();
	const visit = (properties) => {
		for (const property of properties ?? []) {
			if (property.type === 'number') defaults.set(property.displayName, property.default);
			if (Array.isArray(property.options)) visit(property.options.filter((o) => o.type));
		}
	};
	for (const built of manifestOf(name).n8n.nodes) {
		const source = path.join(ROOT, built.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const NodeClass = Object.values(require(source))[0];
		visit(new NodeClass().description.properties);
	}
	return defaults;
}

describe.each(PACKAGE_NAMES)('%s', (name) => {
	const readme = read(`packages/${name}/README.md`);

	test("every default the README gives for a field is the field's default in the node", () => {
		const defaults = numberDefaults(name);
		const prose = readme.replace(/\s+/g, ' ');
		const stated = [...prose.matchAll(/\*(?:Options → )?([^*]+)\*,? \(?default ([\d,]+)/g)].filter(
			(m) => defaults.has(m[1]),
		);
		expect(stated.length).toBeGreaterThan(0);
		for (const [, field, value] of stated)
			expect({ field, default: Number(value.replace(/,/g, '')) }).toEqual({
				field,
				default: defaults.get(field),
			});
	});

	test.each(linkedFiles(name))(
		'%s links only to pages that exist, the two packages on npm, or files it ships',
		(file) => {
			for (const url of urlsIn(read(file))) {
				const shippedFile = url.startsWith(cdnBase(name)) ? url.slice(cdnBase(name).length) : '';
				const fine =
					EXTERNAL.some((pattern) => pattern.test(url)) ||
					PACKAGE_NAMES.some((pkg) =>
						new RegExp(`^https://www\\.npmjs\\.com/package/${pkg}(#[\\w-]+)?$`).test(url),
					) ||
					(shippedFile !== '' &&
						ships(name, shippedFile) &&
						fs.existsSync(path.join(ROOT, 'packages', name, shippedFile)));
				expect({ url, fine }).toEqual({ url, fine: true });
			}
		},
	);

	test("the README's relative links lead to repository files (made absolute when published)", () => {
		for (const link of relativeLinksIn(readme)) {
			const target = path.join(ROOT, 'packages', name, link.split('#')[0]);
			expect({ link, exists: fs.existsSync(target) }).toEqual({ link, exists: true });
		}
	});

	test('every screenshot it shows is one the package ships', () => {
		const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
		expect(images.length).toBeGreaterThanOrEqual(1);
		for (const image of images) {
			expect(image.startsWith(cdnBase(name))).toBe(true);
			const file = image.slice(cdnBase(name).length);
			expect(file).toMatch(/^docs\/images\/[\w-]+\.png$/);
			expect(fs.existsSync(path.join(ROOT, 'packages', name, file))).toBe(true);
		}
	});

	test('every example it ships is linked from the README, and every linked example ships', () => {
		const shipped = fs.readdirSync(path.join(ROOT, 'packages', name, 'examples')).sort();
		const linked = [
			...new Set(
				urlsIn(readme)
					.filter((url) => url.startsWith(`${cdnBase(name)}examples/`))
					.map((url) => url.slice(`${cdnBase(name)}examples/`.length)),
			),
		].sort();
		expect(linked).toEqual(shipped);
	});

	test('what the README says each example contains is true: the nodes it names are in it', () => {
		// "<file>.json … <Node Name> node(s)" claims are written as: [file](url): … `Node Name` …
		for (const match of readme.matchAll(/\[([\w-]+\.json)\]\([^)]+\)([^\n]*)/g)) {
			const [, file, claim] = match;
			const workflow = JSON.parse(read(`packages/${name}/examples/${file}`));
			const names = workflow.nodes.map((node) => node.name);
			for (const [, nodeName] of claim.matchAll(/\*\*([^*]+)\*\*/g))
				expect({ file, nodeName, present: names.includes(nodeName) }).toEqual({
					file,
					nodeName,
					present: true,
				});
		}
	});

	test("the editor's Docs link of each node is this package's README", () => {
		for (const file of linkedFiles(name).filter((f) => f.endsWith('.node.json'))) {
			const codex = JSON.parse(read(file));
			expect(codex.resources.primaryDocumentation).toEqual([
				{ url: `https://www.npmjs.com/package/${name}#readme` },
			]);
			expect(codex.alias).toEqual(expect.arrayContaining(['phone', 'call']));
		}
	});

	test("no e-mail address in the README; package.json's is a reserved placeholder the publish workflow refuses", () => {
		const addresses = [...readme.matchAll(/[\w.+-]+@([\w-]+\.[\w.-]+)/g)].map((m) => m[1]);
		// Huawei's session IDs look like addresses
		expect(addresses.filter((domain) => !/^callenabler\d+\.huaweicaas\.com$/.test(domain))).toEqual(
			[],
		);
		expect(manifestOf(name).author.email).toMatch(/\.example$/);
		expect(read('.github/workflows/publish.yml')).toContain('(example|invalid|test|localhost)');
	});

	test("a release checklist maps each of n8n's verification guidelines to where the package meets it", () => {
		const section = readme.split(/^## /m).find((part) => part.startsWith('Release checklist'));
		expect(section).toBeDefined();
		for (const guideline of [
			/one (third-party )?service/i,
			/English only/i,
			/no runtime dependencies/i,
			/MIT/,
			/provenance/i,
			/scan-community-package/,
			/repository/i,
		])
			expect(section).toMatch(guideline);
	});
});

test('the repository README links to both packages and to files that exist', () => {
	const readme = read('README.md');
	for (const name of PACKAGE_NAMES) expect(readme).toContain(`packages/${name}/README.md`);
	for (const link of relativeLinksIn(readme))
		expect({ link, exists: fs.existsSync(path.join(ROOT, link.split('#')[0])) }).toEqual({
			link,
			exists: true,
		});
	expect(readme).toMatch(/npm install && npm start/);
	expect(readme).toMatch(/npm install && npm test/);
});
