// Every item is read and checked before anything is sent: a bad item fails naming its field and
// item (or, with Continue On Fail, becomes an error item while the others go on), values of the
// wrong type are refused rather than sent as text, and a failure mid-batch says what was done.
const {
	HuaweiPrivateNumber,
} = require('../../../nodes/HuaweiPrivateNumber/HuaweiPrivateNumber.node');
const {
	axbCreate,
	credentialsOf,
	items,
	liveBindings,
	privateNumber,
	useSimulator,
} = require('../../helpers/actionNodes');
const { runNode } = require('../../helpers/nodeHarness');

const env = useSimulator(['axb', 'voice']);
/** The Private Number node on the AXB resource unless `extra.resource` says otherwise. */
const pn = (operation, params, extra = {}) =>
	privateNumber(env)(extra.resource ?? 'axbBinding', operation, params, extra);

describe('a bad item never leaves the items before it orphaned', () => {
	test('1,000 creates whose last item is invalid: the node fails naming it, and nothing is sent', async () => {
		const params = (i) =>
			i === 999 ? { ...axbCreate(i), calleeNum: 'not a number' } : axbCreate(i);
		await expect(pn('create', params, { items: items(1000) })).rejects.toMatchObject({
			message: expect.stringMatching(/"B Number" may only contain digits.*\[item 999\]/),
			description: expect.stringMatching(
				/Fix "B Number" for item 999\. Nothing was sent to Huawei: every item is checked/,
			),
		});
		expect(env.sim.state.requestLog).toHaveLength(0);
		expect(liveBindings(env)).toHaveLength(0);
	});

	test('with Continue On Fail the bad item is an error item and the 999 good ones are created', async () => {
		const params = (i) =>
			i === 999
				? { ...axbCreate(i), calleeNum: 'not a number' }
				: { ...axbCreate(i), options: { concurrency: 10 } };
		const { output } = await pn('create', params, { items: items(1000), continueOnFail: true });
		expect(output[0].filter((item) => item.json.subscriptionId)).toHaveLength(999);
		expect(output[0][999].json.error).toMatch(/\[item 999\]/);
		expect(liveBindings(env)).toHaveLength(999);
	}, 60_000);

	test('when the platform fails mid-batch, the error lists what the earlier items already created', async () => {
		const params = (i) => (i === 10 ? axbCreate(0) : axbCreate(i)); // item 10 repeats item 0's pair: 1012010
		const error = await pn('create', params, { items: items(20) }).catch((e) => e);
		expect(error.message).toMatch(/1012010/);
		const created = liveBindings(env).map((b) => b.subscriptionId);
		expect(created).toHaveLength(10);
		for (const id of created) expect(error.description).toContain(id);
		expect(error.description).toMatch(/9 later item\(s\) were not sent/);
		expect(error.context.completedItems).toHaveLength(10);
	});
});

describe('values of the wrong type are refused, never sent as text', () => {
	test.each([
		[
			'User Data from an object',
			'create',
			{ ...axbCreate(1), additionalFields: { userData: { order: 42 } } },
			/"User Data" must be text, not an object/,
		],
		[
			'User Data from a list',
			'create',
			{ ...axbCreate(1), additionalFields: { userData: ['a'] } },
			/"User Data" must be text, not a list/,
		],
		[
			'a Subscription ID from an object',
			'delete',
			{ lookupBy: 'subscriptionId', subscriptionId: { id: 1 } },
			/"Subscription ID" must be text, not an object/,
		],
		[
			'a phone number from an object',
			'create',
			{ ...axbCreate(1), callerNum: { n: 1 } },
			/"A Number" must be a phone number, not an object/,
		],
		[
			'a lifetime from text',
			'create',
			{ ...axbCreate(1), additionalFields: { duration: 'one day' } },
			/"Binding Lifetime \(Seconds\)" must be a whole number, not "one day"/,
		],
		[
			'a toggle from a number',
			'create',
			{ ...axbCreate(1), additionalFields: { recordFlag: 1 } },
			/"Record Calls" must be true or false/,
		],
	])('%s', async (_name, operation, params, message) => {
		await expect(pn(operation, params)).rejects.toThrow(message);
		expect(env.sim.state.requestLog).toHaveLength(0);
	});

	test('numbers become their digits and null means not set, as n8n users expect', async () => {
		const { output } = await pn('create', {
			...axbCreate(1),
			additionalFields: { userData: 42, recordHintTone: null },
		});
		expect(liveBindings(env)[0]).toMatchObject({
			userData: '42',
			subscriptionId: output[0][0].json.subscriptionId,
		});
		expect(liveBindings(env)[0]).not.toHaveProperty('recordHintTone');
	});

	test.each([
		[
			'Session ID from a list',
			{ resource: 'call', operation: 'stop', sessionId: ['a'] },
			/"Session ID" must be text, not a list/,
		],
		[
			'a CDR that is null',
			{ resource: 'recording', operation: 'getLink', source: 'cdr', cdr: null },
			/"CDR" must be a CDR object .*not null/,
		],
		[
			'a CDR without recording fields',
			{ resource: 'recording', operation: 'getLink', source: 'cdr', cdr: { sessionId: 's' } },
			/"CDR" has no recording/,
		],
		[
			'a CDR whose recordDomain is an object',
			{
				resource: 'recording',
				operation: 'getLink',
				source: 'cdr',
				cdr: { recordObjectName: 'a.wav', recordDomain: {} },
			},
			/recordDomain that is an object, not text/,
		],
	])('%s', async (_name, params, message) => {
		await expect(
			runNode(HuaweiPrivateNumber, { credentials: credentialsOf(env), params }),
		).rejects.toThrow(message);
	});
});

describe('non-ASCII User Data is sent Base64-encoded, as Huawei requires', () => {
	test('Chinese text on a binding', async () => {
		await pn('create', { ...axbCreate(1), additionalFields: { userData: '订单 A-1' } });
		expect(liveBindings(env)[0].userData).toBe(Buffer.from('订单 A-1').toString('base64'));
	});

	test('too long once encoded is refused, saying why', async () => {
		await expect(
			pn('create', { ...axbCreate(1), additionalFields: { userData: '订'.repeat(70) } }),
		).rejects.toThrow(/is 280 characters after Base64 encoding/);
	});
});
