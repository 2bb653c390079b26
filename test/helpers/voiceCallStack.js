// Voice Call as its tests use it: the node against the simulator, and a Voice Call Trigger (all
// events, Simplify off) listening for the pushes of the calls it starts. A fresh trigger per test.
const {
	HuaweiVoiceCallTrigger,
} = require('../../nodes/HuaweiVoiceCallTrigger/HuaweiVoiceCallTrigger.node');
const { APPS, eventually } = require('./simulator');
const { credentialsOf, jsonOf, useSimulator, voiceCall } = require('./actionNodes');
const { startTrigger } = require('./triggerHarness');

/** @returns {{ sim: any, admin: any, trigger?: any, [more: string]: any }} filled in as the tests run */
function useVoiceCallStack() {
	const env = useSimulator(['voice']);
	beforeEach(async () => {
		env.trigger = await startTrigger(HuaweiVoiceCallTrigger, {
			credentials: credentialsOf(env, APPS.voice),
			params: {
				events: ['callout', 'alerting', 'answer', 'collectInfo', 'disconnect', 'fee'],
				simple: false,
			},
		});
	});
	afterEach(async () => {
		await eventually(() => env.sim.pusher.busy === 0, 10000);
		await env.trigger.close();
	});
	return env;
}

/** Runs the Voice Call node; resolves with the items' JSON. */
const voiceItems = (env) => (resource, operation, params, extra) =>
	jsonOf(voiceCall(env)(resource, operation, params, extra));

/** The trigger's items of one call. */
const itemsOfSession = (env, sessionId) =>
	env.trigger.items().filter((item) => item.sessionId === sessionId);

/** Waits for the CDR of one call to reach the trigger. */
const cdrOf = (env, sessionId) =>
	eventually(() => itemsOfSession(env, sessionId).find((item) => item.eventType === 'fee'));

module.exports = { cdrOf, itemsOfSession, useVoiceCallStack, voiceItems };
