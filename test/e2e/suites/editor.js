// The editor in Chromium: the node panel, canvas subtitles, the action node's fields, the binding
// picker, the trigger's fields and test listen, and the credential form.
const { request } = require('../../../scripts/runtime/http');
const { eventually } = require('../../helpers/simulator');
const { editorWorkflow } = require('../harness/workflows');
const { readmeSample } = require('../../helpers/readmeSamples');

/** @param {{ stack: any }} env the running stack (set before the tests run) */
module.exports = (env) => {
	describe('the editor in a browser', () => {
		const fs = require('node:fs');
		const path = require('node:path');
		const { chromium, selectors } = require('playwright-core');
		selectors.setTestIdAttribute('data-test-id'); // n8n's attribute
		const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
		let browser;
		let page;

		beforeAll(async () => {
			fs.mkdirSync(ARTIFACTS, { recursive: true });
			browser = await chromium.launch({
				executablePath: process.env.CHROMIUM_PATH,
				args: [
					'--no-sandbox',
					'--disable-gpu',
					'--disable-quic',
					'--no-first-run',
					'--disable-background-networking',
					'--disable-component-update',
					'--disable-sync',
				],
			});
			const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
			const [name, value] = env.stack.session.cookie().split('=');
			await context.addCookies([{ name, value, url: env.stack.n8n.url }]);
			page = await context.newPage();
		}, 60_000);
		afterAll(async () => {
			await browser?.close();
		});

		const shot = (name) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
		const visible = (text) =>
			page.getByText(text, { exact: true }).first().waitFor({ state: 'visible', timeout: 20_000 });

		/** A node on the canvas by its name (not a sticky note that names it). */
		const canvasNode = (name) =>
			page
				.locator('.vue-flow__node', { hasText: name, hasNot: page.getByTestId('sticky') })
				.first();

		async function openNode(workflowId, nodeName) {
			await page.goto(`${env.stack.n8n.url}/workflow/${workflowId}`);
			const node = canvasNode(nodeName);
			await node.waitFor({ timeout: 30_000 });
			const box = await node.boundingBox();
			await page.mouse.dblclick(box.x + 20, box.y + 20);
			await visible('Parameters');
		}

		/** Names of the parameters the node panel shows, in order. */
		const shownParameters = async () =>
			(await page.getByTestId('parameter-item').allInnerTexts()).map((text) =>
				text.split('\n')[0].trim(),
			);
		const EDITOR = 'hpnE2eEditor0001';

		test('the node panel finds both nodes by name and by the words people search for', async () => {
			await page.goto(`${env.stack.n8n.url}/workflow/new`);
			await page.getByTestId('node-creator-plus-button').click({ timeout: 30_000 });
			await page.keyboard.type('Huawei');
			await visible('Huawei Private Number');
			await visible('Huawei Voice Call');
			await shot('node-panel');
			for (const word of ['phone', 'sms', 'call']) {
				await page.keyboard.press('Control+A');
				await page.keyboard.type(word);
				await visible('Huawei Private Number');
			}
		}, 60_000);

		test('canvas subtitles say what each node does, in the words of its selectors', async () => {
			await page.goto(`${env.stack.n8n.url}/workflow/${EDITOR}`);
			const subtitle = (name) => canvasNode(name).innerText();
			await canvasNode('On CDR').waitFor({ timeout: 30_000 });
			expect(await subtitle('Get Binding')).toContain('Get: AXB Binding');
			expect(await subtitle('Update Binding')).toContain('Update: AXB Binding');
			expect(await subtitle('On CDR')).toContain('Call Record (CDR)');
			await shot('canvas-subtitles');
		}, 60_000);

		test('the action node shows its fields', async () => {
			await openNode(env.stack.examples['bind-order-parties.json'].id, 'Bind Customer and Driver');
			for (const label of [
				'Credential',
				'Resource',
				'Operation',
				'A Number',
				'B Number',
				'Private Number Source',
				'Area Code',
				'Area Match',
				'Additional Fields',
			])
				await visible(label);
			await shot('action-node');
		}, 60_000);

		test('Get on the action node offers Simplify', async () => {
			await openNode(EDITOR, 'Get Binding');
			await visible('Find Binding By');
			expect(await shownParameters()).toEqual(
				expect.arrayContaining(['Subscription ID', 'Simplify']),
			);
			await shot('action-simplify');
		}, 60_000);

		test('Subscription ID: "From List" lists the bindings of a typed X number, and a pick fills the field', async () => {
			const app = env.stack.sim.state.apps.get(env.stack.apps.axb.appKey);
			const bindings = [0, 1, 2].map((i) =>
				env.stack.sim.state.addBinding(app, 'AXB', {
					relationNum: '+8617011000002',
					callerNum: `+861380000090${i}`,
					calleeNum: `+861390000090${i}`,
					userData: `order-90${i}`,
				}),
			);
			await openNode(EDITOR, 'Update Binding');
			await page.getByTestId('rlc-input').first().click();
			await page.keyboard.type('170 1100 0002');
			const entry = (i) =>
				page.getByText(`A +861380000090${i} ↔ B +861390000090${i} · order-90${i}`, {
					exact: true,
				});
			for (const i of [0, 1, 2]) await entry(i).waitFor({ timeout: 20_000 });
			await shot('resource-locator');
			await entry(1).click();
			await expect(page.getByTestId('rlc-input').first().inputValue()).resolves.toContain(
				'order-901',
			);
			expect(bindings[1].userData).toBe('order-901');
		}, 60_000);

		test('Subscription ID opens on "From List" with a hint of what to type; a customer\'s number lists nothing, and the search stays', async () => {
			await openNode(EDITOR, 'Update Binding');
			await page
				.getByText("Type the binding's private number (X): its bindings are listed.", {
					exact: false,
				})
				.first()
				.waitFor({ timeout: 20_000 });
			await page.getByTestId('rlc-input').first().click();
			const search = page.getByTestId('rlc-search').first();
			await search.waitFor({ timeout: 20_000 });
			expect(await search.getAttribute('placeholder')).not.toBeNull();
			await page.keyboard.type('138 0000 0900'); // A of a binding: not an X number of the app
			await page.waitForTimeout(1500); // the search's debounce and answer
			expect(await page.getByTestId('rlc-item').count()).toBe(0);
			expect(await page.getByTestId('rlc-error-container').count()).toBe(0);
			await search.waitFor({ state: 'visible', timeout: 5000 });
			await shot('resource-locator-hint');
		}, 60_000);

		test('the trigger shows the Block fields only while a Block event is chosen', async () => {
			await openNode(EDITOR, 'On CDR');
			const before = await shownParameters();
			expect(before).toEqual(expect.arrayContaining(['Events', 'Simplify', 'Verify Signature']));
			for (const blockField of ['Decided By', 'SMS Control Decision', 'Call Decision'])
				expect(before).not.toContain(blockField);
			await page.getByTestId('parameter-input-events').click();
			await page
				.locator('.el-select-dropdown__item:visible', { hasText: 'SMS Control' })
				.first()
				.click();
			await page.keyboard.press('Escape');
			await visible('SMS Control Decision');
			await eventually(
				async () => (await page.locator('.el-select-dropdown__item:visible').count()) === 0,
			);
			await page.waitForTimeout(500); // the dropdown's fade-out, for the screenshot
			const after = await shownParameters();
			expect(after).toEqual(expect.arrayContaining(['Decided By', 'SMS Control Decision']));
			expect(after).not.toContain('Call Decision');
			await shot('trigger-block-fields');
		}, 60_000);

		/** Turns a trigger's Verify Signature switch to `on`. */
		async function setVerifySignature(on) {
			const toggle = page.getByTestId('parameter-input-verifySignature').locator('input').first();
			if ((await toggle.isChecked()) !== on)
				await page.getByTestId('parameter-input-verifySignature').click();
			await eventually(async () => (await toggle.isChecked()) === on);
		}

		/** The Test URL of a trigger of the editor workflow, as the node panel shows it. */
		const testUrlOf = (nodeName, webhookPath) =>
			`${env.stack.n8n.url}/webhook-test/${editorWorkflow.nodes.find((n) => n.name === nodeName).webhookId}/${webhookPath}`;

		test('testing a trigger as its notice says: Verify Signature off, Execute step, a README sample push lands', async () => {
			await openNode(EDITOR, 'On CDR');
			await page
				.getByText(/To test here:/)
				.first()
				.waitFor({ timeout: 20_000 });
			await page
				.getByText(/A test catches one push/)
				.first()
				.waitFor({ timeout: 20_000 });
			await setVerifySignature(false);
			await page.getByTestId('trigger-execute-button').first().click();
			await visible('Listening for test event');
			const sample = readmeSample('private-number-cdr');
			const pushed = await request('POST', testUrlOf('On CDR', 'huawei-private-number'), {
				body: { ...sample, feeLst: [{ ...sample.feeLst[0], sessionId: 'browser-test-1' }] },
			});
			expect(pushed.status).toBe(200);
			const output = page.getByTestId('output-panel');
			await output.getByText('browser-test-1').first().waitFor({ timeout: 20_000 });
			const text = await output.innerText();
			for (const field of ['Call Record (CDR)', 'callerNumber', 'talkSeconds', 'endReason'])
				expect(text).toContain(field);
			expect(text).not.toContain('ulFailReason'); // a raw CDR field: Simplify is on
			await page
				.getByText('Listening for test event')
				.waitFor({ state: 'hidden', timeout: 10_000 });
			await page.waitForTimeout(1500); // transitions, for the screenshot
			await shot('trigger-test-event');
		}, 60_000);

		test('an unsigned push while Verify Signature is on: refused (401), and the editor shows why', async () => {
			await openNode(EDITOR, 'On CDR');
			await setVerifySignature(true);
			await page.getByTestId('trigger-execute-button').first().click();
			await visible('Listening for test event');
			const pushed = await request('POST', testUrlOf('On CDR', 'huawei-private-number'), {
				body: readmeSample('private-number-cdr'),
			});
			expect(pushed.status).toBe(401);
			const output = page.getByTestId('output-panel');
			await output.getByText('missingAuthorization').first().waitFor({ timeout: 20_000 });
			expect(await output.innerText()).toContain('pushRefused');
			await page.waitForTimeout(1000);
			await shot('trigger-test-refused');
		}, 60_000);

		test("the Voice Call Trigger: the README's sample CDR lands in a test listen", async () => {
			await openNode(EDITOR, 'On Voice CDR');
			await page
				.getByText(/To test here:/)
				.first()
				.waitFor({ timeout: 20_000 });
			await setVerifySignature(false);
			await page.getByTestId('trigger-execute-button').first().click();
			await visible('Listening for test event');
			const pushed = await request('POST', testUrlOf('On Voice CDR', 'huawei-voice-call'), {
				body: readmeSample('voice-call-cdr'),
			});
			expect(pushed.status).toBe(200);
			const output = page.getByTestId('output-panel');
			await output.getByText('displayNumber').first().waitFor({ timeout: 20_000 });
			expect(await output.innerText()).toContain('login-42');
			await page
				.getByText('Listening for test event')
				.waitFor({ state: 'hidden', timeout: 10_000 });
			await page.waitForTimeout(1500);
			await shot('voice-call-test-event');
		}, 60_000);

		test('the credential form renders and its test passes', async () => {
			await page.goto(`${env.stack.n8n.url}/home/credentials`);
			await page.getByText('Huawei Private Number (demo AXB app)', { exact: true }).click();
			for (const label of [
				'App Key',
				'App Secret',
				'App Access Address',
				'Authentication Scheme',
				'Ignore SSL Issues',
				'Binding Mode of the App',
			]) {
				await page
					.getByText(new RegExp(`^${label.replace(/[()]/g, '\\$&')}`))
					.first()
					.waitFor({ timeout: 20_000 });
			}
			await page.getByText('Connection tested successfully').waitFor({ timeout: 30_000 });
			await shot('credential');
		}, 60_000);

		test("a credential whose binding mode is not its app's fails its test, naming the field", async () => {
			await page.goto(`${env.stack.n8n.url}/home/credentials`);
			await page.getByText('Huawei Private Number (AXB app declared AX)', { exact: true }).click();
			await page.getByText('More details').click({ timeout: 30_000 });
			await page
				.getByText(/1010040.*"Binding Mode of the App"/)
				.first()
				.waitFor({ timeout: 30_000 });
			await visible('Binding Mode of the App');
			await shot('credential-mode-warning');
		}, 60_000);
	});
};
