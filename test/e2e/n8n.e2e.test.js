// Both packages inside a real n8n 2.41 process, driven as a user would: installed as n8n installs
// community packages, workflows imported and published, webhooks called over HTTP, calls placed on
// the simulator, what the trigger workflows emit collected by a sink, and the editor in Chromium.
// One n8n serves every suite (test/e2e/suites/).
const { startStack } = require('./harness/stack');

/** @type {{ stack: any }} */
const env = { stack: undefined };
beforeAll(async () => {
	env.stack = await startStack();
}, 900_000);
afterAll(async () => {
	await env.stack?.stop();
}, 60_000);

for (const suite of ['credentials', 'examples', 'triggers', 'blockAnswers', 'editor'])
	require(`./suites/${suite}`)(env);
