// What the node does when Huawei's answer is lost or is not Huawei's: a lost create is looked up
// (found: the result; not found: nothing was created), a delete gone after a lost answer is done,
// and an answer that is not a record of what was asked is never taken for one.
const { connectionFailure } = require('../../../nodes/shared/api/failures');
const {
	APPS,
	axbCreate,
	liveBindings,
	privateNumber,
	useSimulator,
} = require('../../helpers/actionNodes');
const { startStubServer, json } = require('../../helpers/stubServer');

const env = useSimulator(['axb']);
/** The Private Number node on the AXB resource unless `extra.resource` says otherwise. */
const pn = (operation, params, extra = {}) =>
	privateNumber(env)(extra.resource ?? 'axbBinding', operation, params, extra);

describe('lost answers are resolved, not guessed', () => {
	test('a Delete whose answer was lost: the retry finds it gone, and that is success', async () => {
		const { output } = await pn('create', axbCreate(1));
		await env.admin.faults({ nextDrops: 1 });
		const deleted = (
			await pn('delete', {
				lookupBy: 'subscriptionId',
				subscriptionId: output[0][0].json.subscriptionId,
			})
		).output[0][0].json;
		expect(deleted).toMatchObject({
			deleted: true,
			note: expect.stringMatching(/retry found no such binding/),
		});
		expect(liveBindings(env)).toHaveLength(0);
	});

	/**
	 * Deletes binding sub-1 on a platform that loses every answer to a DELETE and answers lookups
	 * with `answer`: the node's item or its error, and the methods the platform was sent.
	 * @param {object} answer
	 */
	async function deleteWithAnswersLost(answer, params = {}, resource = 'axbBinding') {
		const platform = await startStubServer((req, res) => {
			if (req.method === 'DELETE') return res.socket?.destroy();
			return json(res, 200, answer);
		});
		try {
			const outcome = await pn(
				'delete',
				{ lookupBy: 'subscriptionId', subscriptionId: 'sub-1', ...params },
				{ accessAddress: platform.url, resource },
			).then(
				({ output }) => ({ item: output[0][0].json, error: undefined }),
				(error) => ({ item: undefined, error }),
			);
			return { ...outcome, methods: platform.requests.map((r) => r.method) };
		} finally {
			await platform.close();
		}
	}

	test('a Delete whose every answer was lost is looked up afterwards: gone, it is reported deleted', async () => {
		const { item, methods } = await deleteWithAnswersLost({ resultcode: '0', relationNumList: [] });
		expect(item).toMatchObject({
			deleted: true,
			recoveredAfterLostAnswer: true,
			subscriptionId: 'sub-1',
		});
		expect(methods).toEqual([...Array(5).fill('DELETE'), 'GET']);
	});

	test('a Delete whose every answer was lost and whose binding is still there fails, saying so', async () => {
		const { error } = await deleteWithAnswersLost({
			resultcode: '0',
			relationNumList: [{ subscriptionId: 'sub-1', relationNum: '+8617010000001' }],
		});
		expect(error.description).toMatch(/found the binding still there: it was not deleted/);
	});

	test.each([
		['no list at all', { resultcode: '0' }],
		['a list that is null', { resultcode: '0', relationNumList: null }],
	])(
		'a Delete whose every answer was lost, looked up with an answer holding %s, is not reported done',
		async (_name, answer) => {
			const { error } = await deleteWithAnswersLost(answer);
			expect(error.description).toMatch(/may have been deleted, and looking it up failed too/);
		},
	);

	test('an AXYB relation deleted by Y is still there when Huawei writes its Y without the +', async () => {
		const { error } = await deleteWithAnswersLost(
			{
				resultcode: '0',
				xyRelationNumList: [{ bindId: 'sub-1', numY: '8617010000002', numB: '8613900000000' }],
			},
			{ scope: 'yNum', yNum: '+8617010000002' },
			'axybBinding',
		);
		expect(error.description).toMatch(/found the binding still there: it was not deleted/);
	});

	test('a Create whose answer was lost after the platform acted: the binding is looked up and returned', async () => {
		await env.admin.faults({ nextDrops: 1 });
		const [item] = (await pn('create', axbCreate(1))).output[0];
		expect(liveBindings(env)).toHaveLength(1);
		expect(item.json).toMatchObject({
			subscriptionId: liveBindings(env)[0].subscriptionId,
			xNumber: liveBindings(env)[0].relationNum,
			recoveredAfterLostAnswer: true,
		});
	});

	test('a Create whose connection broke before the platform acted: the error says nothing was created', async () => {
		await env.admin.faults({ nextResets: 1 });
		const error = await pn('create', axbCreate(1)).catch((e) => e);
		expect(error.message).toMatch(/nothing was created/);
		expect(error.context.outcome).toBe('failed');
		expect(liveBindings(env)).toHaveLength(0);
	});

	test('a Create by area code whose answer was lost says the binding may exist (it cannot be looked up)', async () => {
		await env.admin.faults({ nextDrops: 1 });
		const error = await pn('create', {
			...axbCreate(1),
			numberSource: 'areaCode',
			areaCode: '0755',
			areaMatchMode: '1',
		}).catch((e) => e);
		expect(error.description).toMatch(/may have been created/);
		expect(error.context.outcome).toBe('unknown');
	});
});

describe("answers that are not Huawei's are never taken for results", () => {
	/** A platform that answers creates with `createAnswer` and lookups with `found` bindings. */
	const platformAnswering = (createAnswer, found) =>
		startStubServer((req, res) => {
			if (req.method === 'POST') {
				if (typeof createAnswer === 'string') {
					res.writeHead(200, { 'Content-Type': 'text/html' });
					return res.end(createAnswer);
				}
				return json(res, 200, createAnswer);
			}
			return json(res, 200, { resultcode: '0', relationNumList: found });
		});
	const pair = axbCreate(1);
	const binding = {
		subscriptionId: 'sub-found-1',
		relationNum: pair.relationNum,
		callerNum: pair.callerNum,
		calleeNum: pair.calleeNum,
	};

	test.each([
		['no subscriptionId', { resultcode: '0', resultdesc: 'Success' }],
		['a subscriptionId that is not text', { resultcode: '0', subscriptionId: { a: 1 } }],
		['a proxy’s HTML page with status 200', '<html>Service temporarily unavailable</html>'],
	])('a Create answered with %s is looked up: found, it is the result', async (_name, answer) => {
		const platform = await platformAnswering(answer, [binding]);
		try {
			const [item] = (await pn('create', pair, { accessAddress: platform.url })).output[0];
			expect(item.json).toMatchObject({
				subscriptionId: 'sub-found-1',
				recoveredAfterLostAnswer: true,
			});
			expect(platform.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
		} finally {
			await platform.close();
		}
	});

	test('a Create answered success without an ID, and not found afterwards: nothing was created', async () => {
		const platform = await platformAnswering({ resultcode: '0' }, []);
		try {
			const error = await pn('create', pair, { accessAddress: platform.url }).catch((e) => e);
			expect(error.message).toMatch(/without a valid subscriptionId; nothing was created/);
			expect(error.context.outcome).toBe('failed');
		} finally {
			await platform.close();
		}
	});

	test.each([
		[
			'axbBinding',
			'get',
			{ lookupBy: 'subscriptionId', subscriptionId: 's' },
			'relationNumList',
			[null],
		],
		['axbBinding', 'getMany', { relationNum: '+8617010000001' }, 'relationNumList', 'abc'],
		['axeBinding', 'getMany', { virtualNum: '+8617030000001' }, 'bindInfoList', 5],
		['axeBinding', 'getMany', { virtualNum: '+8617030000001' }, 'bindInfoList', 'abc'],
		['axeBinding', 'count', { countScope: 'all' }, 'virtualNumList', 7],
	])(
		'%s %s: a %s that is not a list of records is an error naming it',
		async (resource, operation, params, field, value) => {
			const platform = await startStubServer((_req, res) =>
				json(res, 200, { resultcode: '0', [field]: value, nextCursor: 'c1' }),
			);
			try {
				const error = await pn(operation, params, {
					resource,
					accessAddress: platform.url,
					app: resource === 'axeBinding' ? APPS.axe : APPS.axb,
				}).catch((e) => e);
				expect(error.message).toContain(`Huawei's answer has an invalid ${field}`);
				expect(error.context.itemIndex).toBe(0);
			} finally {
				await platform.close();
			}
		},
	);

	test.each(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'EPROTO', 'ERR_SSL_WRONG_VERSION_NUMBER'])(
		'the TLS failure %s says the certificate or TLS is the problem, and nothing is retried',
		(code) => {
			const failure = connectionFailure(
				/** @type {import('n8n-workflow').INode} */ ({
					id: 'n1',
					name: 'Huawei',
					type: 'huaweiPrivateNumber',
					typeVersion: 1,
					position: [0, 0],
					parameters: {},
				}),
				{ itemIndex: 0, retry: 'safe', method: 'GET', uri: '/x' },
				Object.assign(new Error('tls'), { code }),
			);
			expect(failure.error.message).toMatch(/TLS certificate/);
			expect(failure.retryable).toBe(false);
			expect(failure.uncertain).toBe(false);
		},
	);
});
