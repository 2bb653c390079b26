// Re-pushes start the workflow once: in the process (memory), and across processes and restarts
// (n8n's de-duplication table, in execute()); number statuses are states, so a real change runs.
const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { APPS, eventually } = require('../../helpers/simulator');
const {
	startTrigger,
	createProcessedStore,
	triggerCredentials,
	ALL_PN_EVENTS: ALL,
} = require('../../helpers/triggerHarness');
const { callEvent, post, signed } = require('../../helpers/triggerPushes');

const PN = APPS.axb;
/** @param {{ appKey: string, appSecret: string }} [app] */
const credentials = (app = PN) => triggerCredentials(app);

let trigger;
afterEach(async () => {
	jest.restoreAllMocks();
	await trigger?.close();
	trigger = undefined;
});

describe('number status: a re-push is recognised, a real change is not', () => {
	test('10 → (re-push 10) → 5 → 10 gives three items', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['numStatus'] },
		});
		const status = (value) => ({
			eventType: 'numStatus',
			numInfo: [
				{ number: '+8617010000001', status: value, ...(value === '10' ? { cause: '2' } : {}) },
			],
		});
		for (const value of ['10', '10', '5', '10'])
			expect((await post(trigger.url, status(value), signed())).status).toBe(200);
		expect(trigger.items().map((item) => item.status)).toEqual(['10', '5', '10']);
	});
});

describe('de-duplication across processes and restarts (n8n’s table, in execute())', () => {
	test('a push to one webhook process and its re-push to another start the workflow once', async () => {
		const database = createProcessedStore();
		const workflowId = 'wf-shared';
		const one = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: database,
			workflowId,
		});
		const two = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: database,
			workflowId,
		});
		try {
			const cdr = {
				eventType: 'fee',
				feeLst: [{ sessionId: 's-9', icid: 'icid-9', callEndTime: '2026-11-25 10:00:00' }],
			};
			expect((await post(one.url, cdr, signed())).status).toBe(200);
			expect((await post(two.url, cdr, signed())).status).toBe(200);
			expect(one.items().length + two.items().length).toBe(1);
		} finally {
			await one.close();
			await two.close();
		}
	});

	test('by default the table is used: a re-push after a restart (a new process) starts nothing', async () => {
		const database = createProcessedStore();
		const start = () =>
			startTrigger(HuaweiPrivateNumberTrigger, {
				credentials: credentials(),
				params: { events: ALL },
				processed: database,
				workflowId: 'wf-restarted',
			});
		const before = await start();
		await post(before.url, callEvent('callout'), signed());
		expect(before.items()).toHaveLength(1);
		await before.close();
		trigger = await start();
		await post(trigger.url, callEvent('callout'), signed());
		expect(trigger.items()).toHaveLength(0);
	});

	test.each([
		['off', { persistentDedupe: false }],
		['not set (off by default: each use costs more than the rest of a push)', {}],
	])('with "Remember Events Across Restarts" %s the table is not used', async (_, options) => {
		const database = createProcessedStore();
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options },
			processed: database,
		});
		await post(trigger.url, callEvent('callout'), signed());
		await post(trigger.url, callEvent('callout'), signed());
		expect(trigger.items()).toHaveLength(1); // the re-push: dropped by this process's memory
		expect([...database.rows.values()].flat()).toHaveLength(0);
	});

	test('"Remembered Events Across Restarts (Entries)" bounds the table', async () => {
		const database = createProcessedStore();
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['fee'], options: { persistentDedupe: true, persistentDedupeSize: 1000 } },
			processed: database,
		});
		for (let push = 0; push < 25; push++) {
			const feeLst = Array.from({ length: 50 }, (_, i) => ({ icid: `icid-${push}-${i}` }));
			await post(trigger.url, { eventType: 'fee', feeLst }, signed());
		}
		expect(trigger.items()).toHaveLength(1250);
		expect([...database.rows.values()].flat()).toHaveLength(1000);
	});

	test('manual test runs neither drop nor record events: the same sample push shows each time', async () => {
		const database = createProcessedStore();
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: database,
			mode: 'manual',
		});
		await post(trigger.url, callEvent('callout'), signed());
		await post(trigger.url, callEvent('callout'), signed());
		expect(trigger.items()).toHaveLength(2);
		expect([...database.rows.values()].flat()).toHaveLength(0);
	});

	/** Two webhook processes of one workflow sharing n8n's table. */
	async function twoProcesses(params, processed = createProcessedStore()) {
		const start = () =>
			startTrigger(HuaweiPrivateNumberTrigger, {
				credentials: credentials(),
				params: { ...params, options: { persistentDedupe: true } },
				processed,
				workflowId: 'wf-shared',
			});
		return [await start(), await start()];
	}
	const status = (...entries) => ({
		eventType: 'numStatus',
		numInfo: entries.map(([value, cause]) => ({
			number: '+8617010000009',
			status: value,
			...(cause ? { cause } : {}),
		})),
	});

	test.each([
		['a published cause', '2'],
		['a cause outside the catalogue', '20'],
	])(
		'a number going 10 → 5 → 10 (%s) across two processes gives three items',
		async (_name, cause) => {
			const [one, two] = await twoProcesses({ events: ['numStatus'] });
			try {
				await post(one.url, status(['10', cause]), signed());
				await post(two.url, status(['5']), signed());
				await post(one.url, status(['10', cause]), signed());
				await post(two.url, status(['10', cause]), signed()); // a re-push: nothing new
				const all = [...one.items(), ...two.items()].map((item) => item.status);
				expect(all.sort()).toEqual(['10', '10', '5']);
			} finally {
				await one.close();
				await two.close();
			}
		},
	);

	test('a push with two states of one number leaves the last one recorded', async () => {
		const [one, two] = await twoProcesses({ events: ['numStatus'] });
		try {
			await post(one.url, status(['10', '2'], ['5']), signed());
			expect(one.items().map((item) => item.status)).toEqual(['10', '5']);
			await post(two.url, status(['5']), signed());
			expect(two.items()).toHaveLength(0);
			await post(two.url, status(['10', '2']), signed());
			expect(two.items().map((item) => item.status)).toEqual(['10']);
		} finally {
			await one.close();
			await two.close();
		}
	});

	test('when n8n’s table fails, the events still run (a repeat is better than a loss)', async () => {
		const failing = {
			rows: new Map(),
			helpers: () => ({
				checkProcessedAndRecord: async () => {
					throw new Error('duplicate key value violates unique constraint');
				},
				removeProcessed: async () => {},
			}),
		};
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: failing,
		});
		await post(trigger.url, callEvent('callout'), signed());
		expect(trigger.items()).toHaveLength(1);
	});

	/** n8n's table as a stand-in whose check-and-record answers with `answer`. */
	const tableAnswering = (answer) => ({
		rows: new Map(),
		helpers: () => ({ checkProcessedAndRecord: answer, removeProcessed: async () => {} }),
	});

	test.each([
		['nothing new and nothing processed', async () => ({ new: [], processed: [] })],
		['a key it was not asked about', async () => ({ new: ['other'], processed: [] })],
		['no lists at all', async () => ({})],
		[
			'one key twice in place of another',
			async (keys) => ({ new: [keys[0], keys[0], keys[1]], processed: [] }),
		],
		[
			'one key both new and processed',
			async (keys) => ({ new: [keys[0], keys[1]], processed: [keys[0]] }),
		],
	])('when n8n’s table answers inconsistently (%s), the events run', async (_name, answer) => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: tableAnswering(answer),
		});
		const feeLst = [1, 2, 3].map((i) => ({ sessionId: `t-${i}`, icid: `icid-${i}` }));
		await post(trigger.url, { eventType: 'fee', feeLst }, signed());
		expect(trigger.items().map((item) => item.sessionId)).toEqual(['t-1', 't-2', 't-3']);
	});

	test('when n8n’s table never answers, each push waits at most a bounded time and its events run; later pushes are not held up', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL, options: { persistentDedupe: true } },
			processed: tableAnswering(() => new Promise(() => {})),
		});
		const started = Date.now();
		await Promise.all(
			[1, 2, 3, 4, 5, 6].map((i) =>
				post(trigger.url, callEvent('callout', { sessionId: `hang-${i}` }), signed()),
			),
		);
		// the answers go out at once; the workflow runs once the table's wait is over
		await eventually(() => trigger.items().length === 6, 6000);
		expect(Date.now() - started).toBeLessThan(4000);
	}, 10_000);
});
