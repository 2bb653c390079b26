// Subscription ID as a resource locator: "From List" lists the bindings of a typed X number per mode
// (through the node's listSearch methods, paging where Huawei pages). The value it gives the API:
// subscriptionIdValue.test.js.
const {
	HuaweiPrivateNumber,
} = require('../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const { APPS, startTestSimulator, seedApps } = require('../../helpers/simulator');
const { runNode } = require('../../helpers/nodeHarness');
const { sendAuthenticated } = require('../../helpers/n8nContext');
const { startStubServer, json } = require('../../helpers/stubServer');

let sim;
beforeAll(async () => {
	sim = await startTestSimulator();
});
beforeEach(() => {
	sim.state.reset();
	seedApps(sim, ['axb', 'ax', 'axe', 'axyb']);
});
afterAll(() => sim.close());

const credentialsOf = (app, accessAddress = sim.url) => ({
	appKey: app.appKey,
	appSecret: app.appSecret,
	accessAddress,
	authScheme: 'aksk',
	allowUnauthorizedCerts: false,
});
const appOf = (app) => sim.state.apps.get(app.appKey);
const node = new HuaweiPrivateNumber();

/** Calls a listSearch method the way n8n's editor does (ILoadOptionsFunctions). */
function search(app, method, filter, paginationToken, parameters = {}, sent = [], accessAddress) {
	const ctx = {
		getNode: () => ({
			id: 'n1',
			name: 'Huawei Private Number',
			type: 'huaweiPrivateNumber',
			typeVersion: 1,
			parameters,
		}),
		getNodeParameter: (name, fallback) =>
			name.split('.').reduce((value, key) => value?.[key], parameters) ?? fallback,
		getCredentials: async () => credentialsOf(app, accessAddress),
		helpers: {
			httpRequestWithAuthentication: (type, options) =>
				sendAuthenticated(type, credentialsOf(app, accessAddress), options, sent),
		},
	};
	return node.methods.listSearch[method].call(ctx, filter, paginationToken);
}

describe('From List', () => {
	test('every binding resource offers it on its Subscription ID, open by default (not an expression), with a hint of what to type', () => {
		/** @type {any[]} */
		const fields = node.description.properties.filter((p) => p.name === 'subscriptionId');
		expect(fields.length).toBeGreaterThan(0);
		expect(fields.filter((p) => p.type !== 'resourceLocator')).toEqual([]);
		const resources = new Set(fields.flatMap((p) => p.displayOptions.show.resource));
		expect([...resources].sort()).toEqual(['axBinding', 'axbBinding', 'axeBinding', 'axybBinding']);
		for (const locator of fields) {
			// not required in the editor: left empty, the input item's subscriptionId is used
			expect(locator).toMatchObject({ default: { mode: 'list', value: '' }, required: false });
			expect(locator.modes.map((m) => m.name)).toEqual(['list', 'id']);
			expect(locator.modes[0]).toMatchObject({
				placeholder: expect.stringMatching(/^Type the X number/),
				hint: expect.stringMatching(/A or B numbers list nothing/),
			});
			expect(node.methods.listSearch[locator.modes[0].typeOptions.searchListMethod]).toBeInstanceOf(
				Function,
			);
		}
	});

	test('AXB: the bindings of X, named by their numbers and user data, 100 per page', async () => {
		for (let i = 0; i < 130; i++) {
			sim.state.addBinding(appOf(APPS.axb), 'AXB', {
				relationNum: '+8617010000001',
				callerNum: `+86138000${String(i).padStart(5, '0')}`,
				calleeNum: '+8613900000001',
				userData: i === 0 ? 'order-1' : undefined,
			});
		}
		sim.state.addBinding(appOf(APPS.axb), 'AXB', {
			relationNum: '+8617010000002',
			callerNum: '+8613700000000',
			calleeNum: '+8613900000001',
		});
		const first = await search(APPS.axb, 'searchAxbBindings', '170 1000 0001');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({
			name: 'A +8613800000000 ↔ B +8613900000001 · order-1',
			value: expect.any(String),
		});
		expect(first.paginationToken).toEqual(expect.any(String));
		const second = await search(
			APPS.axb,
			'searchAxbBindings',
			'+8617010000001',
			first.paginationToken,
		);
		expect(second.results).toHaveLength(30);
		expect(second.paginationToken).toBeUndefined();
		const ids = new Set([...first.results, ...second.results].map((r) => r.value));
		expect(ids.size).toBe(130);
		expect(
			[...sim.state.bindings.values()]
				.filter((b) => ids.has(b.subscriptionId))
				.every((b) => b.relationNum === '+8617010000001'),
		).toBe(true);
	});

	test('AX, AXE and AXYB: the bindings of X in each mode', async () => {
		const ax = sim.state.addBinding(appOf(APPS.ax), 'AX', {
			origNum: '+8613800000001',
			privateNum: '+8617020000001',
		});
		expect(await search(APPS.ax, 'searchAxBindings', '17020000001')).toEqual({
			results: [{ name: 'A +8613800000001', value: ax.subscriptionId }],
		});

		const axe = await runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(APPS.axe),
			params: {
				resource: 'axeBinding',
				operation: 'create',
				bindNum: '13800000002',
				numberSource: 'number',
				virtualNum: '17030000001',
			},
		});
		const { subscriptionId, extension } = axe.output[0][0].json;
		expect((await search(APPS.axe, 'searchAxeBindings', '+8617030000001')).results).toEqual([
			{ name: `Extension ${extension} → A +8613800000002`, value: subscriptionId },
		]);

		const axyb = await runNode(HuaweiPrivateNumber, {
			credentials: credentialsOf(APPS.axyb),
			params: {
				resource: 'axybBinding',
				operation: 'createAx',
				origNum: '18612345678',
				areaCode: '0755',
			},
		});
		const { subscriptionId: bindId, xNumber } = axyb.output[0][0].json;
		expect((await search(APPS.axyb, 'searchAxybBindings', xNumber)).results).toEqual([
			{ name: 'A +8618612345678 (no YB yet)', value: bindId },
		]);
		for (const b of ['18612345679', '18612345680']) {
			await runNode(HuaweiPrivateNumber, {
				credentials: credentialsOf(APPS.axyb),
				params: { resource: 'axybBinding', operation: 'addYb', subscriptionId: bindId, origNum: b },
			});
		}
		expect((await search(APPS.axyb, 'searchAxybBindings', xNumber)).results).toEqual([
			{ name: 'A +8618612345678 ↔ B +8618612345679, +8618612345680', value: bindId },
		]);
	});

	test('an empty filter, or a number still being typed, lists nothing and asks Huawei nothing; an X with no bindings lists nothing', async () => {
		expect(await search(APPS.axb, 'searchAxbBindings', '')).toEqual({ results: [] });
		expect(await search(APPS.axb, 'searchAxbBindings', '+8617010000004')).toEqual({
			results: [],
			paginationToken: undefined,
		});
		const sent = [];
		for (const typing of ['abc', '170', '+86 170 10'])
			expect(await search(APPS.axb, 'searchAxbBindings', typing, undefined, {}, sent)).toEqual({
				results: [],
			});
		expect(sent).toHaveLength(0); // nothing is asked while the number is incomplete
	});

	test("numbers typed without a country code take the node's Default Country Code", async () => {
		const sent = [];
		await search(
			APPS.axb,
			'searchAxbBindings',
			'17010000001',
			undefined,
			{ options: { defaultCountryCode: '44' } },
			sent,
		).catch(() => {});
		await search(APPS.axb, 'searchAxbBindings', '17010000001', undefined, {}, sent);
		expect(sent.map((r) => new URL(r.url, 'http://x').searchParams.get('relationNum'))).toEqual([
			'+4417010000001',
			'+8617010000001',
		]);
	});
});

describe('From List with a platform that answers badly', () => {
	/** A platform answering every list request with `page(n)` (n counts from 1). */
	const platform = async (page) =>
		startStubServer((_req, res, n) => json(res, 200, { resultcode: '0', ...page(n) }));
	/** Every result of a search, following the tokens as the editor does, at most 200 answers. */
	async function everything(app, method, url) {
		const results = [];
		let token;
		let answers = 0;
		do {
			const page = await search(app, method, '+8617010000001', token, {}, [], url);
			results.push(...page.results);
			token = page.paginationToken;
			answers += 1;
		} while (token && answers < 200);
		return { results, answers, ended: !token };
	}

	test.each([
		['AXB', APPS.axb, 'searchAxbBindings', 'relationNumList'],
		['AX', APPS.ax, 'searchAxBindings', 'privateNumList'],
		['AXE', APPS.axe, 'searchAxeBindings', 'bindInfoList'],
	])(
		'%s: entries without a usable ID are left out; entries without numbers show "?"',
		async (_mode, app, method, field) => {
			const stub = await platform(() => ({
				[field]: [
					{
						subscriptionId: 'ok-1',
						callerNum: '+8613800000001',
						origNum: '+8613800000001',
						bindNum: '+8613800000001',
					},
					{ subscriptionId: null },
					{ subscriptionId: { id: 1 } },
					{ subscriptionId: '' },
					{ subscriptionId: 'x'.repeat(65) },
					{ callerNum: '+8613800000009' },
					null,
					'text',
					7,
					{ subscriptionId: 'ok-2' },
				],
			}));
			try {
				const { results } = await everything(app, method, stub.url);
				expect(results.map((r) => r.value)).toEqual(['ok-1', 'ok-2']);
				expect(results[1].name).toMatch(/\?/);
				expect(results.map((r) => r.name).join(' ')).not.toMatch(/undefined|null|object Object/);
			} finally {
				await stub.close();
			}
		},
	);

	test('AXYB: relations without a binding ID are left out', async () => {
		const stub = await platform(() => ({
			xyRelationNumList: [
				{ bindId: 'b-1', numA: '+8613800000001', numB: '+8613900000001' },
				{ numA: '+8613800000002' },
				{ bindId: 7 },
				null,
				'text',
			],
		}));
		try {
			const { results } = await everything(APPS.axyb, 'searchAxybBindings', stub.url);
			expect(results.map((r) => r.value)).toEqual(['b-1']);
		} finally {
			await stub.close();
		}
	});

	test('a list that is no list lists nothing; user data and numbers are shown as short plain text', async () => {
		const notAList = await platform(() => ({ relationNumList: { subscriptionId: 's-1' } }));
		const odd = await platform(() => ({
			relationNumList: [
				{ subscriptionId: 's-1', callerNum: '+86138\n00000001', userData: { toString: 1 } },
				{
					subscriptionId: 's-2',
					callerNum: '9'.repeat(1000),
					userData: `a\r\nb${'x'.repeat(1000)}`,
				},
			],
		}));
		try {
			expect((await everything(APPS.axb, 'searchAxbBindings', notAList.url)).results).toEqual([]);
			const { results } = await everything(APPS.axb, 'searchAxbBindings', odd.url);
			expect(results.map((r) => r.value)).toEqual(['s-1', 's-2']);
			expect(results[0].name).toBe('A +86138 00000001 ↔ B ?');
			expect(results[1].name).toMatch(/^A 9{31}… ↔ B \? · a bx+…$/);
			expect(results[1].name.length).toBeLessThan(120);
		} finally {
			await notAList.close();
			await odd.close();
		}
	});

	test('100,000 bindings in one answer reach the editor 100 at a time, and at most 2,000 in all', async () => {
		const all = Array.from({ length: 100_000 }, (_, i) => ({
			subscriptionId: `s-${i}`,
			callerNum: '+8613800000001',
			calleeNum: '+8613900000001',
		}));
		const stub = await platform(() => ({ relationNumList: all, totalCount: 100_000 }));
		try {
			const first = await search(
				APPS.axb,
				'searchAxbBindings',
				'+8617010000001',
				undefined,
				{},
				[],
				stub.url,
			);
			expect(first.results).toHaveLength(100);
			const { results, ended } = await everything(APPS.axb, 'searchAxbBindings', stub.url);
			expect(ended).toBe(true);
			expect(results).toHaveLength(2000);
			expect(new Set(results.map((r) => r.value)).size).toBe(2000);
		} finally {
			await stub.close();
		}
	});

	test('AXB: a platform that gives the same page again ends the list, without duplicates', async () => {
		const page = Array.from({ length: 100 }, (_, i) => ({ subscriptionId: `s-${i}` }));
		const stub = await platform(() => ({ relationNumList: page, totalCount: 1_000_000 }));
		try {
			const { results, ended } = await everything(APPS.axb, 'searchAxbBindings', stub.url);
			expect(ended).toBe(true);
			expect(results).toHaveLength(100);
		} finally {
			await stub.close();
		}
	});

	test('AXE: a repeated cursor ends the list; new cursors forever end it after a bounded number of pages', async () => {
		const repeating = await platform((n) => ({
			bindInfoList: [{ subscriptionId: `r-${n}` }],
			nextCursor: '1234567890123_1',
		}));
		const endless = await platform((n) => ({
			bindInfoList: [{ subscriptionId: `e-${n}` }],
			nextCursor: `1234567890123_${n}`,
		}));
		try {
			const repeated = await everything(APPS.axe, 'searchAxeBindings', repeating.url);
			expect(repeated.ended).toBe(true);
			expect(repeated.results.map((r) => r.value)).toEqual(['r-1', 'r-2']);
			const forever = await everything(APPS.axe, 'searchAxeBindings', endless.url);
			expect(forever.ended).toBe(true);
			expect(forever.answers).toBeLessThanOrEqual(40);
		} finally {
			await repeating.close();
			await endless.close();
		}
	});

	test('a platform that goes round (pages 1, 2, 1, 2… or cursors c1, c2, c1…) ends the list without showing anything twice', async () => {
		const pageOf = (n) => Array.from({ length: 100 }, (_, i) => ({ subscriptionId: `p${n}-${i}` }));
		const alternating = await platform((n) => ({
			relationNumList: pageOf(n % 2),
			totalCount: 1_000_000,
		}));
		const cursors = await platform((n) => ({
			bindInfoList: [{ subscriptionId: `c-${n % 2}` }],
			nextCursor: `1234567890123_${n % 2}`,
		}));
		try {
			const axb = await everything(APPS.axb, 'searchAxbBindings', alternating.url);
			expect(axb.ended).toBe(true);
			expect(axb.results).toHaveLength(200);
			expect(new Set(axb.results.map((r) => r.value)).size).toBe(200);
			const axe = await everything(APPS.axe, 'searchAxeBindings', cursors.url);
			expect(axe.ended).toBe(true);
			expect(axe.results.map((r) => r.value)).toEqual(['c-1', 'c-0']);
		} finally {
			await alternating.close();
			await cursors.close();
		}
	});

	test('a token the editor did not get from the search starts it again', async () => {
		const forged = JSON.stringify({ page: '1', offset: -5, shown: -5, pages: -100, seen: '' });
		const first = await search(APPS.axb, 'searchAxbBindings', '+8617010000001');
		expect(await search(APPS.axb, 'searchAxbBindings', '+8617010000001', forged)).toEqual(first);
	});

	test('a number that is not an X number of this app lists nothing (no error: the search box stays)', async () => {
		const stub = await startStubServer((_req, res) =>
			json(res, 403, {
				resultcode: '1012001',
				resultdesc: 'The number does not belong to the app.',
			}),
		);
		try {
			expect(
				await search(APPS.axb, 'searchAxbBindings', '138 0000 0001', undefined, {}, [], stub.url),
			).toEqual({ results: [] });
		} finally {
			await stub.close();
		}
	});
});
