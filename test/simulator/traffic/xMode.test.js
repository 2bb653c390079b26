// X mode: every call to X is a Block push the customer answers (connect or close), in every form
// Huawei's documents and demos give; a bad answer fails the call with 8014.
const { eventsOf, useTraffic } = require('../../helpers/trafficReceiver');

const env = useTraffic();

test('X mode: the customer answers callin with connect or close; a bad answer fails with 8014', async () => {
	env.receiver.answerWith((push) =>
		push.body.eventType === 'callin'
			? {
					body: {
						operation: 'connect',
						connectInfo: { calleeNum: '+8613900000009', maxDuration: 60 },
					},
				}
			: { status: 200 },
	);
	expect(
		(await env.admin.call({ caller: '+8613800000001', called: '+8617050000001' })).cdr.fwdDstNum,
	).toBe('+8613900000009');
	env.receiver.answerWith((push) =>
		push.body.eventType === 'callin'
			? {
					body: {
						operation: 'connect',
						connectInfo: { calleeNum: '+8613900000009', maxDuration: 7200 },
					},
				}
			: {},
	);
	expect(
		(await env.admin.call({ caller: '+8613800000001', called: '+8617050000001' })).stateCode,
	).toBe(8014);
	env.receiver.clear();
	env.receiver.answerWith((push) =>
		push.body.eventType === 'callin' ? { body: { operation: 'close' } } : {},
	);
	await env.admin.call({ caller: '+8613800000001', called: '+8617050000001' });
	expect(eventsOf(env, 'x').map((e) => e.eventType)).toEqual(['callin']);
	expect(eventsOf(env, 'x')[0].statusInfo.notifyMode).toBe('Block');
});

describe('X mode: the forms of the callin answer', () => {
	const X = '+8617050000001';
	const answerCallin = (answer) =>
		env.receiver.answerWith((push) => (push.body.eventType === 'callin' ? { body: answer } : {}));
	const call = () => env.admin.call({ caller: '+8613800000001', called: X, talkSeconds: 20 });

	test("connectInfo as the Java demo's one-element array connects, with a boolean recordFlag; its userData comes back in later events and the CDR", async () => {
		answerCallin({
			operation: 'connect',
			connectInfo: [
				{
					displayCalleeNum: X,
					calleeNum: '+8613900000009',
					maxDuration: 60,
					recordFlag: true,
					waitVoice: 'wait.wav',
					userData: 'userflag001',
				},
			],
		});
		const result = await call();
		expect(result.cdr).toMatchObject({
			fwdDstNum: '+8613900000009',
			fwdDisplayNum: X,
			recordFlag: 1,
			userData: 'userflag001',
		});
		const later = eventsOf(env, 'x').filter((e) => e.eventType !== 'callin');
		expect(later.map((e) => e.eventType)).toEqual(['callout', 'alerting', 'answer', 'disconnect']);
		expect(later.every((e) => e.statusInfo.userData === 'userflag001')).toBe(true);
	});

	test('closeInfo (object or one-element array) closes the call; its userData is in the CDR, its tone is played', async () => {
		for (const closeInfo of [
			{ closeHintTone: 'closeHintTone.wav', userData: 'testuserdate' },
			[{ closeHintTone: 'closeHintTone001.wav', userData: 'userflag001' }],
		]) {
			env.receiver.clear();
			answerCallin({ operation: 'close', closeInfo });
			const result = await call();
			const info = Array.isArray(closeInfo) ? closeInfo[0] : closeInfo;
			expect(result).toMatchObject({
				stateCode: 0,
				closeHintTone: info.closeHintTone,
				cdr: { userData: info.userData, direction: 2 },
			});
			expect(eventsOf(env, 'x').map((e) => e.eventType)).toEqual(['callin']);
		}
	});

	test.each([
		[
			'a two-element connectInfo array',
			{
				operation: 'connect',
				connectInfo: [{ calleeNum: '+8613900000009' }, { calleeNum: '+8613900000008' }],
			},
		],
		['connect without connectInfo', { operation: 'connect' }],
		['no calleeNum', { operation: 'connect', connectInfo: { maxDuration: 5 } }],
		[
			'a calleeNum without country code',
			{ operation: 'connect', connectInfo: { calleeNum: '13900000009' } },
		],
		[
			'a displayCalleeNum that is no number',
			{ operation: 'connect', connectInfo: { calleeNum: '+8613900000009', displayCalleeNum: 'X' } },
		],
		[
			'maxDuration 7200',
			{ operation: 'connect', connectInfo: { calleeNum: '+8613900000009', maxDuration: 7200 } },
		],
		[
			'a waitVoice that is no file name',
			{
				operation: 'connect',
				connectInfo: { calleeNum: '+8613900000009', waitVoice: 'wait voice.wav' },
			},
		],
		[
			'recordFlag "yes"',
			{ operation: 'connect', connectInfo: { calleeNum: '+8613900000009', recordFlag: 'yes' } },
		],
		[
			'braces in userData',
			{ operation: 'connect', connectInfo: { calleeNum: '+8613900000009', userData: '{"a":1}' } },
		],
		[
			'userData of 257 characters',
			{
				operation: 'connect',
				connectInfo: { calleeNum: '+8613900000009', userData: 'u'.repeat(257) },
			},
		],
		[
			'a closeHintTone that is no file name',
			{ operation: 'close', closeInfo: { closeHintTone: 'close tone.wav' } },
		],
		['an unknown operation', { operation: 'transfer' }],
		['a JSON string instead of an object', 'connect please'],
	])('an invalid answer (%s) fails the call with 8014', async (_name, answer) => {
		answerCallin(answer);
		const result = await call();
		expect(result.stateCode).toBe(8014);
		expect(eventsOf(env, 'x').at(-1).statusInfo).toMatchObject({ stateCode: 8014 });
	});
});
