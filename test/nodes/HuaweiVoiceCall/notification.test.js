// Notification → Send: segments of audio files and TTS templates, digit collection and the
// collected digits arriving as an event; a workflow branching on the digits or the hang-up cause.
const { eventually } = require('../../helpers/simulator');
const {
	cdrOf,
	itemsOfSession,
	useVoiceCallStack,
	voiceItems,
} = require('../../helpers/voiceCallStack');

const env = useVoiceCallStack();
const voice = voiceItems(env);

test('Notification with a template and digit collection; the collected digits arrive', async () => {
	await env.admin.behaviour({ number: '+8613500000002', digits: '1' });
	const [sent] = await voice('notification', 'send', {
		displayNbr: '+8653159511234',
		calleeNbr: '13500000002',
		segments: {
			segment: [
				{ content: 'notifyVoice', notifyVoice: 'intro.wav' },
				{
					content: 'templateId',
					templateId: 'tpl01',
					templateParas: ['3', 'gate 1'],
					collectInd: 1,
					replayAfterCollection: true,
					collectContentTriggerReplaying: '9',
				},
			],
		},
		additionalFields: { statusUrl: env.trigger.url, feeUrl: env.trigger.url },
	});
	expect(env.sim.state.sessions.get(sent.sessionId).request.playInfoList).toEqual([
		{ notifyVoice: 'intro.wav', collectInd: 0 },
		{
			templateId: 'tpl01',
			templateParas: ['3', 'gate 1'],
			collectInd: 1,
			replayAfterCollection: 'true',
			collectContentTriggerReplaying: '9',
		},
	]);
	const cdr = await cdrOf(env, sent.sessionId);
	expect(
		itemsOfSession(env, sent.sessionId).find((i) => i.eventType === 'collectInfo').digitInfo,
	).toBe('1');
	expect(cdr.dynIVRPath).toBe('1');
});

test('Notification segment rules', async () => {
	const send = (segments) =>
		voice('notification', 'send', {
			displayNbr: '+8653159511234',
			calleeNbr: '13500000002',
			segments: { segment: segments },
		});
	await expect(send([])).rejects.toThrow(/"Segments" must have 1 to 5 entries, not 0/);
	await expect(
		send(Array(6).fill({ content: 'notifyVoice', notifyVoice: 'a.wav' })),
	).rejects.toThrow(/not 6/);
	await expect(
		send([{ content: 'templateId', templateId: 't1', templateParas: ['ok', '号'.repeat(11)] }]),
	).rejects.toThrow(/"Segment 1: Template Parameter 2" is over 32 bytes/);
	await expect(
		send([{ content: 'templateId', templateId: 't1', templateParas: [{ gate: 1 }] }]),
	).rejects.toThrow(/"Segment 1: Template Parameter 1" must be text, not an object/);
	await expect(send('not a list')).rejects.toThrow(
		/"Segments" must be a list of segments, not string/,
	);
	await expect(send([null])).rejects.toThrow(/"Segment 1" must be a set of fields, not null/);
	await expect(send([{ content: 'templateId', templateId: '' }])).rejects.toThrow(
		/"Segment 1: Template ID" is required/,
	);
});

test('a template parameter may contain a comma', async () => {
	const [sent] = await voice('notification', 'send', {
		displayNbr: '+8653159511234',
		calleeNbr: '13500000002',
		segments: {
			segment: [{ content: 'templateId', templateId: 'tpl01', templateParas: ['3, gate 1'] }],
		},
	});
	expect(env.sim.state.sessions.get(sent.sessionId).request.playInfoList[0].templateParas).toEqual([
		'3, gate 1',
	]);
});

test('workflow: send a code, wait for the disconnect, branch on the digits or the hang-up cause', async () => {
	const verifyByPhone = async (callee, behaviour) => {
		await env.admin.behaviour({ number: callee, ...behaviour });
		const [sent] = await voice('notification', 'send', {
			displayNbr: '+8653159511234',
			calleeNbr: callee,
			segments: {
				segment: [
					{ content: 'templateId', templateId: 'otp', templateParas: '4711', collectInd: 1 },
				],
			},
			additionalFields: { statusUrl: env.trigger.url, feeUrl: env.trigger.url },
		});
		const disconnect = await eventually(() =>
			itemsOfSession(env, sent.sessionId).find((i) => i.eventType === 'disconnect'),
		);
		const digits = itemsOfSession(env, sent.sessionId).find(
			(i) => i.eventType === 'collectInfo',
		)?.digitInfo;
		if (digits === '1') return 'confirmed';
		if (digits !== undefined) return 'rejected';
		return `failed: ${disconnect.endReason}`;
	};
	expect(await verifyByPhone('+8613500000011', { digits: '1' })).toBe('confirmed');
	expect(await verifyByPhone('+8613500000012', { digits: '2' })).toBe('rejected');
	expect(await verifyByPhone('+8613500000013', { outcome: 'busy' })).toBe('failed: Callee busy');
	expect(await verifyByPhone('+8613500000014', {})).toBe(
		'failed: No digits collected within 5 seconds after playback',
	);
});
