// Block pushes answered from the workflow: the last node's first item is Huawei's answer only when it
// is a decision in a documented shape (its own fields, documented types, phone numbers shaped as
// phone numbers); anything else gets the decision set on the node, and the reason is logged.
const {
	HuaweiPrivateNumberTrigger,
} = require('../../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const { APPS } = require('../../helpers/simulator');
const { startTrigger, triggerCredentials } = require('../../helpers/triggerHarness');
const { callEvent, signed } = require('../../helpers/triggerPushes');

const X = '+8617050000001';
const callin = () => callEvent('callin', { called: X, notifyMode: 'Block', sessionId: 'x-1' });
const smsBlock = () => ({
	appKey: APPS.x.appKey,
	smsEvent: {
		smsIdentifier: 'sms-1',
		notificationMode: 'Block',
		calling: '+8613800000003',
		virtualNumber: X,
		event: 'Text SMS',
		timeStamp: '2026-11-25T10:00:00.000Z',
	},
});
const FALLBACK_CALL = {
	operation: 'connect',
	connectInfo: { displayCalleeNum: X, calleeNum: '+8613900000777' },
};
const FALLBACK_SMS = {
	actions: [
		{ operation: 'vNumberRoute', message: { called: '+8613900000555', calling: '+8613800000003' } },
	],
};

let trigger;
let answerOfWorkflow;
const warnings = [];
beforeAll(async () => {
	trigger = await startTrigger(HuaweiPrivateNumberTrigger, {
		credentials: triggerCredentials(APPS.x),
		params: {
			events: ['callin', 'smsBlock'],
			blockAnswer: 'workflow',
			callinAction: 'connect',
			callinConnectTo: '+8613900000777',
			smsBlockAction: 'forward',
			smsForwardTo: '+8613900000555',
			options: { answerWithinSeconds: 2 },
		},
		workflow: () => answerOfWorkflow,
		logger: { warn: (message) => warnings.push(message) },
	});
});
afterAll(() => trigger.close());

/** Pushes `push` with the workflow answering `answer`; Huawei's answer as an object. */
async function decided(push, answer) {
	answerOfWorkflow = answer;
	warnings.length = 0;
	const { status, body } = await trigger.pushDirect(push, signed({}, APPS.x));
	expect(status).toBe(200);
	return JSON.parse(body);
}

describe('a decision in a documented shape is sent as Huawei wants it', () => {
	test.each([
		[
			'connectTo, typed as people type numbers',
			{ operation: 'connect', connectTo: '139 0000 0111' },
			{ operation: 'connect', connectInfo: { displayCalleeNum: X, calleeNum: '+8613900000111' } },
		],
		[
			"Huawei's connectInfo with its options",
			{
				operation: 'Connect',
				connectInfo: { calleeNum: '+8613900000111', maxDuration: 30, recordFlag: true },
			},
			{
				operation: 'connect',
				connectInfo: {
					displayCalleeNum: X,
					calleeNum: '+8613900000111',
					maxDuration: 30,
					recordFlag: 'true',
				},
			},
		],
		[
			"Huawei's connectInfo as a one-element list",
			{ operation: 'connect', connectInfo: [{ calleeNum: '13900000111' }] },
			{ operation: 'connect', connectInfo: { displayCalleeNum: X, calleeNum: '+8613900000111' } },
		],
		[
			'the X as the number shown, typed without the +',
			{ operation: 'connect', connectTo: '13900000111', displayCalleeNum: X.slice(1) },
			{ operation: 'connect', connectInfo: { displayCalleeNum: X, calleeNum: '+8613900000111' } },
		],
		['close', { operation: 'close' }, { operation: 'close' }],
		[
			'close with user data',
			{ operation: 'close', userData: 'no courier' },
			{ operation: 'close', closeInfo: { userData: 'no courier' } },
		],
	])('a call: %s', async (_name, answer, expected) => {
		expect(await decided(callin(), answer)).toEqual(expected);
		expect(warnings).toEqual([]);
	});

	test.each([
		[
			'forwardTo',
			{ operation: 'forward', forwardTo: '139 0000 0222' },
			{
				actions: [
					{
						operation: 'vNumberRoute',
						message: { called: '+8613900000222', calling: '+8613800000003' },
					},
				],
			},
		],
		['discard', { operation: 'discard' }, { actions: [{ operation: 'DiscardMessage' }] }],
		[
			"Huawei's actions",
			{ actions: [{ operation: 'vNumberRoute', message: { called: '+8613900000222' } }] },
			{
				actions: [
					{
						operation: 'vNumberRoute',
						message: { called: '+8613900000222', calling: '+8613800000003' },
					},
				],
			},
		],
	])('an SMS: %s', async (_name, answer, expected) => {
		expect(await decided(smsBlock(), answer)).toEqual(expected);
	});
});

describe('anything else gets the decision set on the node, and says why', () => {
	const inherited = Object.create({ operation: 'connect', connectTo: '+8613900000111' });
	const printsAsConnect = { toString: () => 'connect' };
	test.each([
		[
			'an operation that is a list',
			{ operation: ['connect'], connectTo: '13900000111' },
			/"operation" must be text/,
		],
		[
			'an operation that prints as "connect"',
			{ operation: printsAsConnect, connectTo: '13900000111' },
			/"operation" must be text/,
		],
		['fields inherited through the prototype', inherited, /not an object built from a prototype/],
		[
			'a negative number as the callee',
			{ operation: 'connect', connectTo: -13900000111 },
			/"connectTo" must be a phone number/,
		],
		[
			'a callee that is not a number',
			{ operation: 'connect', connectTo: '<script>' },
			/"connectTo" may only contain digits/,
		],
		['no callee', { operation: 'connect' }, /"connectTo" must be a phone number/],
		['the old flat calleeNum', { operation: 'connect', calleeNum: '13900000111' }, /"connectTo"/],
		[
			'user data with a line break',
			{ operation: 'connect', connectTo: '13900000111', userData: 'a\nb' },
			/"userData" must not contain control characters/,
		],
		[
			'user data that is an object',
			{ operation: 'connect', connectTo: '13900000111', userData: { order: 42 } },
			/"userData" must be text/,
		],
		[
			'a max duration over a day',
			{ operation: 'connect', connectTo: '13900000111', maxDuration: 7200 },
			/"maxDuration"/,
		],
		[
			'a record flag that is not a flag',
			{ operation: 'connect', connectTo: '13900000111', recordFlag: 'yes' },
			/"recordFlag"/,
		],
		['an unknown operation', { operation: 'transfer' }, /must be "connect" or "close"/],
		['text instead of an object', 'connect', /one JSON object/],
		[
			'a callee with line breaks inside',
			{ operation: 'connect', connectTo: '139\r\n0000\n0003' },
			/"connectTo" may only contain digits/,
		],
		[
			'a callee with an invisible character',
			{ operation: 'connect', connectTo: '\ufeff13900000003' },
			/"connectTo" may only contain digits/,
		],
		[
			'a callee that is a fraction',
			{ operation: 'connect', connectTo: 1390000000.3 },
			/"connectTo" must be a phone number/,
		],
		[
			'a number shown to the callee that is not the X (Huawei fails the call)',
			{ operation: 'connect', connectTo: '13900000111', displayCalleeNum: '13900000222' },
			/"displayCalleeNum" must be the X number the call reached/,
		],
		[
			'a connectInfo that is not an object',
			{ operation: 'connect', connectInfo: 'junk', connectTo: '13900000111' },
			/"connectInfo" must be one JSON object/,
		],
		[
			'a connectInfo beside a field it would override',
			{ operation: 'connect', connectInfo: { calleeNum: '13900000111' }, maxDuration: 9999 },
			/"maxDuration" must go inside "connectInfo"/,
		],
		[
			'a closeInfo of two entries',
			{ operation: 'close', closeInfo: [{}, {}] },
			/"closeInfo" must be one JSON object/,
		],
		[
			'an answer that throws when read',
			{
				get operation() {
					throw new Error('boom');
				},
			},
			/could not be read/,
		],
	])('a call: %s', async (_name, answer, why) => {
		expect(await decided(callin(), answer)).toEqual(FALLBACK_CALL);
		expect(warnings).toEqual([expect.stringMatching(why)]);
	});

	test.each([
		['an operation that is a list', { operation: ['discard'] }, /"operation" must be text/],
		[
			'the old key "called" (the SMS item\'s own field)',
			{ operation: 'forward', called: X },
			/"forwardTo"/,
		],
		[
			'a forward target that is an object',
			{ operation: 'forward', forwardTo: { n: 1 } },
			/"forwardTo" must be a phone number/,
		],
		[
			'two actions',
			{ actions: [{ operation: 'DiscardMessage' }, { operation: 'DiscardMessage' }] },
			/"actions" must hold one action/,
		],
		['inherited fields', Object.create({ operation: 'discard' }), /built from a prototype/],
		[
			'a message that is not an object',
			{ operation: 'forward', message: 'x', forwardTo: '13900000111' },
			/"message" must be one JSON object/,
		],
		[
			'actions beside a decision of ours',
			{ actions: [{ operation: 'DiscardMessage' }], operation: 'forward', forwardTo: '139' },
			/"operation" must go inside "actions"/,
		],
		[
			'a forward target with a line break',
			{ operation: 'forward', forwardTo: '13900000111\n' },
			/"forwardTo" may only contain digits/,
		],
	])('an SMS: %s', async (_name, answer, why) => {
		expect(await decided(smsBlock(), answer)).toEqual(FALLBACK_SMS);
		expect(warnings).toEqual([expect.stringMatching(why)]);
	});
});
