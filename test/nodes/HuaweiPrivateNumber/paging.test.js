// Get Many always ends: pages that bring nothing new end the walk, a repeated cursor or page ends
// it with a clear error, and each binding is returned once.
const { APPS, privateNumber, useSimulator } = require('../../helpers/actionNodes');
const { startStubServer, json } = require('../../helpers/stubServer');

const env = useSimulator(['axb']);
/** The Private Number node on the AXB resource unless `extra.resource` says otherwise. */
const pn = (operation, params, extra = {}) =>
	privateNumber(env)(extra.resource ?? 'axbBinding', operation, params, extra);

describe('paging always ends', () => {
	test('AXE Get Many: a cursor that repeats while the bindings change ends with a clear error', async () => {
		let n = 0;
		const platform = await startStubServer((_req, res) => {
			n += 1;
			json(res, 200, {
				resultcode: '0',
				bindInfoList: [{ subscriptionId: `s${n}`, bindNum: '+8613800000001' }],
				nextCursor: '1234567890123_1',
			});
		});
		try {
			const error = await pn(
				'getMany',
				{ virtualNum: '+8617030000001', returnAll: true },
				{ resource: 'axeBinding', accessAddress: platform.url, app: APPS.axe },
			).catch((e) => e);
			expect(error.message).toMatch(/returned the cursor "1234567890123_1" a second time/);
			expect(platform.requests.length).toBeLessThanOrEqual(3);
		} finally {
			await platform.close();
		}
	});

	test('AXE Get Many: pages that bring nothing new end the walk, each binding once', async () => {
		let n = 0;
		const page = Array.from({ length: 100 }, (_, i) => ({
			subscriptionId: `s${i}`,
			bindNum: '+8613800000001',
		}));
		const platform = await startStubServer((_req, res) => {
			n += 1;
			json(res, 200, { resultcode: '0', bindInfoList: page, nextCursor: `1234567890123_${n}` });
		});
		try {
			const { output } = await pn(
				'getMany',
				{ virtualNum: '+8617030000001', limit: 300 },
				{ resource: 'axeBinding', accessAddress: platform.url, app: APPS.axe },
			);
			expect(output[0]).toHaveLength(100);
			expect(new Set(output[0].map((item) => item.json.subscriptionId)).size).toBe(100);
			expect(platform.requests).toHaveLength(2);
		} finally {
			await platform.close();
		}
	});

	test('AXB Get Many: pages that repeat, or totals that never come, stop the walk', async () => {
		const page = Array.from({ length: 100 }, (_, i) => ({
			subscriptionId: `s${i}`,
			relationNum: '+8617010000001',
		}));
		const platform = await startStubServer((_req, res) =>
			json(res, 200, { resultcode: '0', totalCount: 1_000_000, relationNumList: page }),
		);
		try {
			const { output } = await pn(
				'getMany',
				{ relationNum: '+8617010000001', returnAll: true },
				{ accessAddress: platform.url },
			);
			expect(output[0]).toHaveLength(100);
			expect(platform.requests).toHaveLength(2);
		} finally {
			await platform.close();
		}
	});
});
