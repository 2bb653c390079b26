// The sample pushes each package README gives users for testing its trigger by hand: posted with
// Verify Signature off, as the README says, each gives one simplified item per event it holds, and
// a second copy of it starts nothing.
const fs = require('node:fs');
const path = require('node:path');

const {
	HuaweiPrivateNumberTrigger,
} = require('../../nodes/HuaweiPrivateNumberTrigger/HuaweiPrivateNumberTrigger.node');
const {
	HuaweiVoiceCallTrigger,
} = require('../../nodes/HuaweiVoiceCallTrigger/HuaweiVoiceCallTrigger.node');
const { startTrigger } = require('../helpers/triggerHarness');

const PACKAGES = path.join(__dirname, '..', '..', 'packages');
const TRIGGERS = {
	'n8n-nodes-huawei-private-number': HuaweiPrivateNumberTrigger,
	'n8n-nodes-huawei-voice-call': HuaweiVoiceCallTrigger,
};

/** Every `<!-- sample push: name -->` JSON block of a README, with its name. */
function samplesOf(name) {
	const readme = fs.readFileSync(path.join(PACKAGES, name, 'README.md'), 'utf8');
	return [...readme.matchAll(/<!-- sample push: ([\w-]+) -->\s*```json\n([\s\S]*?)```/g)].map(
		(m) => [m[1], JSON.parse(m[2])],
	);
}

describe.each(Object.keys(TRIGGERS))('%s', (name) => {
	let trigger;
	beforeAll(async () => {
		trigger = await startTrigger(TRIGGERS[name], {
			credentials: {
				appKey: 'your-app-key',
				appSecret: 'unused-secret-0123456789',
				accessAddress: 'http://127.0.0.1:1',
				authScheme: 'aksk',
			},
			params: { verifySignature: false, options: {} },
		});
	});
	afterAll(() => trigger.close());

	test('the README gives a call event and a CDR to test with', () => {
		const kinds = samplesOf(name).map(([, body]) => body.eventType);
		expect(kinds).toEqual(expect.arrayContaining(['fee', 'disconnect']));
	});

	/** A Block push (SMS Control, X-mode callin) is a question: each copy is answered and runs. */
	const isBlock = (body) =>
		body.smsEvent?.notificationMode === 'Block' || body.statusInfo?.notifyMode === 'Block';

	test.each(samplesOf(name))(
		'sample "%s": one simplified item per event; a second copy nothing (a Block push: answered again)',
		async (_, body) => {
			trigger.clear();
			expect((await trigger.pushDirect(body)).status).toBe(200);
			const events = body.feeLst?.length ?? 1;
			expect(trigger.items()).toHaveLength(events);
			const eventType = body.smsEvent ? 'smsBlock' : body.eventType;
			for (const item of trigger.items())
				expect(item).toMatchObject({
					eventType,
					[body.smsEvent ? 'smsId' : 'sessionId']: expect.any(String),
				});
			expect((await trigger.pushDirect(body)).status).toBe(200);
			expect(trigger.items()).toHaveLength(isBlock(body) ? 2 * events : events);
		},
	);
});
