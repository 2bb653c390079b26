// What attackers and broken pushes send: bodies too deep or unparsed, push lists with unusable
// entries (which never cost the others their events), and push content that tries to overwrite
// the trigger's own fields.
const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { APPS } = require('../../helpers/simulator');
const {
	startTrigger,
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

describe('hostile bodies', () => {
	test('JSON nested 10,000 levels deep is refused with 400 before it becomes an item', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL },
		});
		const deep = `{"eventType":"callout","statusInfo":{"sessionId":"s","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`;
		const res = await post(trigger.url, deep, signed());
		expect(res.status).toBe(400);
		expect(res.data.reason).toMatch(/nests deeper than 16 levels/);
		expect(trigger.executions).toHaveLength(0);
	});

	test('without a raw body (n8n not keeping one) the parsed body is used', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ALL },
		});
		trigger.state.rawBody = false;
		expect((await post(trigger.url, callEvent('callout'), signed())).status).toBe(200);
		expect(trigger.items()).toHaveLength(1);
	});
});

describe('one bad entry never costs a push its other events', () => {
	const cdr = (i, extra = {}) => ({
		sessionId: `s-${i}`,
		icid: `icid-${i}`,
		callerNum: '+8613800000001',
		calleeNum: '+8617010000001',
		callEndTime: '2026-11-25 10:00:00',
		...extra,
	});

	test('a CDR batch with unusable entries runs every CDR; one without a sessionId too', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['fee'] },
		});
		const feeLst = [
			...Array.from({ length: 48 }, (_, i) => cdr(i)),
			null,
			'nonsense',
			cdr(48, { sessionId: '' }),
			cdr(49, { sessionId: '', icid: undefined }),
		];
		const res = await post(trigger.url, { eventType: 'fee', feeLst }, signed());
		expect(res.status).toBe(200);
		expect(trigger.items()).toHaveLength(50);
		// A re-push of the same batch starts nothing new, the CDRs without sessionId included.
		expect((await post(trigger.url, { eventType: 'fee', feeLst }, signed())).status).toBe(200);
		expect(trigger.items()).toHaveLength(50);
	});

	test('more than 50 CDRs in one push all run (the platform said 50; nothing is dropped)', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['fee'], options: { maxBodySizeKb: 1024 } },
		});
		const feeLst = Array.from({ length: 60 }, (_, i) => cdr(i));
		expect((await post(trigger.url, { eventType: 'fee', feeLst }, signed())).status).toBe(200);
		expect(trigger.items()).toHaveLength(60);
	});

	test('number statuses without a number are left out, the others run', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['numStatus'] },
		});
		const numInfo = [{ number: '+8617010000001', status: '5' }, { status: '10' }, 7];
		expect((await post(trigger.url, { eventType: 'numStatus', numInfo }, signed())).status).toBe(
			200,
		);
		expect(trigger.items().map((item) => item.xNumber)).toEqual(['+8617010000001']);
		const none = await post(trigger.url, { eventType: 'numStatus', numInfo: [{}] }, signed());
		expect(none.status).toBe(400);
	});
});

describe('push content never overwrites the trigger’s own fields', () => {
	/** An SMS Notify push with these extension parameters, through a trigger that keeps all fields. */
	async function smsWith(extParas) {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['smsNotify'], simple: false },
		});
		const sms = {
			appKey: PN.appKey,
			smsEvent: {
				smsIdentifier: 'sms-2',
				notificationMode: 'Notify',
				calling: '+8613800000001',
				called: '+8613900000002',
				virtualNumber: '+8617020000001',
				timeStamp: '2026-11-25T10:00:00.000Z',
				extInfo: { extParas },
			},
		};
		// Sent as text: a __proto__ key stays a key of the JSON, as on the wire.
		await post(trigger.url, JSON.stringify(sms), signed());
		return trigger.items()[0];
	}

	test('an SMS extension parameter named eventType stays under extParams', async () => {
		const item = await smsWith([
			{ key: 'eventType', value: 'hijacked' },
			{ key: 'splitNum', value: '1' },
		]);
		expect(item).toMatchObject({
			eventType: 'smsNotify',
			extParams: { eventType: 'hijacked', splitNum: '1' },
		});
	});

	test('an SMS extension parameter named __proto__ stays an ordinary field', async () => {
		const { extParams } = await smsWith([{ key: '__proto__', value: { injected: 'yes' } }]);
		expect(Object.getPrototypeOf(extParams)).toBe(Object.prototype);
		expect(extParams.injected).toBeUndefined();
		expect(JSON.stringify(extParams)).toBe('{"__proto__":{"injected":"yes"}}');
	});

	test('a statusInfo with its own eventType or eventKey does not replace the trigger’s', async () => {
		trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
			credentials: credentials(),
			params: { events: ['callout'], simple: false },
		});
		await post(
			trigger.url,
			callEvent('callout', { eventType: 'fee', eventKey: 'forged' }),
			signed(),
		);
		expect(trigger.items()[0]).toMatchObject({
			eventType: 'callout',
			eventKey: expect.stringMatching(/^call\|s-1\|callout\|/),
		});
	});
});
