// The package inside a real n8n 2.41 process, driven as a user would: workflows imported and
// published with n8n's CLI, webhooks called over HTTP, calls placed on the simulator, and what the
// trigger workflows emit collected by a sink.
const { startStack } = require('./harness/stack');
const { request } = require('../../scripts/runtime/http');
const runtimeLib = require('../../scripts/runtime/n8n');
const { eventually } = require('../helpers/simulator');
const { buildAuthHeaders } = require('../../nodes/shared/auth/signing');
const { editorWorkflow } = require('./harness/workflows');
const { readmeSample } = require('../helpers/readmeSamples');

let stack;
beforeAll(async () => {
	stack = await startStack();
}, 900_000);
afterAll(async () => {
	await stack?.stop();
}, 60_000);

const post = async (url, body) => {
	const res = await request('POST', url, { body });
	return { status: res.status, body: res.data };
};
const sinkItems = (path) => stack.sink.received.filter((r) => r.path === path).map((r) => r.body);
const axbApp = () => stack.sim.state.apps.get(stack.apps.axb.appKey);

describe('credentials in n8n', () => {
	const test_ = async (data) => {
		const res = await stack.session.call('POST', '/rest/credentials/test', {
			credentials: {
				id: 'hpnDemoAxbCred01',
				name: 'PN',
				type: 'huaweiPrivateNumberApi',
				data: {
					appKey: stack.apps.axb.appKey,
					authScheme: 'aksk',
					allowUnauthorizedCerts: false,
					...data,
				},
			},
		});
		return res.data.data;
	};
	test('the credential test passes with the right pair, names the problem otherwise', async () => {
		expect(
			await test_({ appSecret: stack.apps.axb.appSecret, accessAddress: stack.sim.url }),
		).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(
			(await test_({ appSecret: 'wrong-secret', accessAddress: stack.sim.url })).message,
		).toMatch(/rejected the App Key \/ App Secret pair/);
		expect(await test_({ appSecret: 'x', accessAddress: 'http://127.0.0.1:1' })).toEqual({
			status: 'Error',
			message: 'ECONNREFUSED',
		});
	});
	test('with "Binding Mode of the App" set, n8n\'s expression engine picks that mode\'s probe: a wrong mode fails with 1010040', async () => {
		const app = { appSecret: stack.apps.axb.appSecret, accessAddress: stack.sim.url };
		expect(await test_({ ...app, appMode: 'AXB' })).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect((await test_({ ...app, appMode: 'AX' })).message).toMatch(
			/1010040.*"Binding Mode of the App"/,
		);
		expect(
			stack.sim.state.requestLog.filter((r) => r.appKey === stack.apps.axb.appKey).at(-1),
		).toMatchObject({ method: 'GET', path: '/rest/provision/caas/privatenumber/v1.0' });
	});
	test('the nodes are registered, including their AI-tool variants', async () => {
		const res = await request('GET', `${stack.n8n.url}/types/nodes.json`, {
			headers: { Cookie: stack.session.cookie() },
		});
		const names = res.data.map((n) => n.name).filter((n) => n.includes('huawei'));
		expect(names.sort()).toEqual([
			'n8n-nodes-huawei-private-number.huaweiPrivateNumber',
			'n8n-nodes-huawei-private-number.huaweiPrivateNumberTool',
			'n8n-nodes-huawei-private-number.huaweiPrivateNumberTrigger',
			'n8n-nodes-huawei-voice-call.huaweiVoiceCall',
			'n8n-nodes-huawei-voice-call.huaweiVoiceCallTool',
			'n8n-nodes-huawei-voice-call.huaweiVoiceCallTrigger',
		]);
	});
});

describe('the shipped examples', () => {
	test('each imports a second time, as it is, and both copies publish with webhooks of their own', async () => {
		const copies = [];
		for (const { file, workflow } of runtimeLib.exampleWorkflows()) {
			const copy = await runtimeLib.importWorkflow(stack.session, workflow);
			expect(copy.id).not.toBe(stack.examples[file].id);
			copies.push(copy);
		}
		const first = runtimeLib.webhookUrls(stack.n8n.url, Object.values(stack.examples));
		const second = runtimeLib.webhookUrls(stack.n8n.url, copies);
		expect(second).toHaveLength(first.length);
		expect(second.filter((url) => first.includes(url))).toEqual([]);
		await runtimeLib.waitForWebhooks(second);
		for (const copy of copies) {
			const saved = await stack.session.call('GET', `/rest/workflows/${copy.id}`);
			expect(saved.data.data.active).toBe(true);
		}
	}, 120_000);
});

describe('action workflows', () => {
	test('example: bind a customer and a driver for an order, then unbind after delivery', async () => {
		const bound = await post(stack.urls.orderAssigned, {
			orderId: 'A-1001',
			customerPhone: '138 0000 0001',
			driverPhone: '139-0000-0002',
		});
		expect(bound.status).toBe(200);
		expect(bound.body).toEqual([
			expect.objectContaining({
				mode: 'AXB',
				callerNum: '+8613800000001',
				calleeNum: '+8613900000002',
				relationNum: expect.stringMatching(/^\+86170/),
				subscriptionId: expect.any(String),
			}),
		]);
		const binding = stack.sim.state
			.liveBindings(axbApp(), 'AXB')
			.find((b) => b.subscriptionId === bound.body[0].subscriptionId);
		expect(binding).toMatchObject({ userData: 'A-1001', recordFlag: 'true', duration: 86400 });
		const unbound = await post(stack.urls.orderDelivered, {
			subscriptionId: binding.subscriptionId,
		});
		expect(unbound.body).toEqual([
			{ mode: 'AXB', deleted: true, subscriptionId: binding.subscriptionId },
		]);
		expect(stack.sim.state.liveBindings(axbApp(), 'AXB')).toHaveLength(0);
	});

	test('example: send a voice verification code; the Voice Call trigger workflow gets its events and CDR', async () => {
		const sent = await post(stack.urls.voiceCode, {
			phone: '135 0000 0001',
			code: '4711',
			reference: 'login-9',
		});
		const sessionId = sent.body[0].sessionId;
		expect(sent.body[0]).toMatchObject({
			calleeNbr: '+8613500000001',
			displayNbr: '+8675528880001',
		});
		await eventually(
			() => sinkItems('/vc').some((i) => i.sessionId === sessionId && i.eventType === 'fee'),
			20_000,
		);
		const items = sinkItems('/vc').filter((i) => i.sessionId === sessionId);
		expect(items.map((i) => i.eventType)).toEqual([
			'callout',
			'alerting',
			'answer',
			'disconnect',
			'fee',
		]);
		expect(items[4]).toMatchObject({ userData: 'login-9', connected: true });
	});
});

describe('trigger workflows', () => {
	beforeEach(() => {
		stack.sink.received.length = 0;
	});

	test('a recorded call: the sink gets each event and the CDR once, in order, with derived fields', async () => {
		const app = axbApp();
		const binding = stack.sim.state.addBinding(app, 'AXB', {
			relationNum: '+8617010000002',
			callerNum: '+8613800000101',
			calleeNum: '+8613900000102',
			recordFlag: 'true',
			userData: 'order-77',
		});
		const { sessionId, done } = stack.sim.traffic.placePrivateCall(app, {
			caller: '+8613800000101',
			called: '+8617010000002',
			ringSeconds: 5,
			talkSeconds: 61,
		});
		await done;
		await eventually(() => sinkItems('/pn').length >= 6, 20_000);
		const items = sinkItems('/pn');
		expect(items.map((i) => i.eventType)).toEqual([
			'callin',
			'callout',
			'alerting',
			'answer',
			'disconnect',
			'fee',
		]);
		expect(items.every((i) => i.sessionId === sessionId)).toBe(true);
		expect(items[0]).toMatchObject({
			subscriptionId: binding.subscriptionId,
			userData: 'order-77',
			callerNumber: '+8613800000101',
		});
		expect(items[5]).toMatchObject({
			connected: true,
			ringSeconds: 5,
			talkSeconds: 61,
			hasRecording: true,
			serviceTypeMeaning: 'AXB or X',
		});
	});

	test('a 50-CDR push: 50 items in order', async () => {
		const app = axbApp();
		const cdrs = [];
		stack.sim.traffic.eventGapMs = 0; // only the merged CDR push matters here
		for (let i = 0; i < 50; i++) {
			const caller = `+86138001${String(i).padStart(5, '0')}`;
			stack.sim.state.addBinding(app, 'AXB', {
				relationNum: '+8617010000003',
				callerNum: caller,
				calleeNum: `+86139001${String(i).padStart(5, '0')}`,
			});
			cdrs.push(
				(
					await stack.sim.traffic.placePrivateCall(app, {
						caller,
						called: '+8617010000003',
						deferFee: true,
					}).done
				).cdr,
			);
		}
		stack.sim.traffic.eventGapMs = 250;
		await eventually(() => sinkItems('/pn').length >= 250, 60_000); // the calls' own events reach the sink first
		stack.sink.received.length = 0;
		await stack.sim.traffic.pushFees(app, cdrs);
		const fees = () => sinkItems('/pn').filter((i) => i.eventType === 'fee');
		await eventually(() => fees().length >= 50, 30_000);
		expect(fees().map((i) => i.sessionId)).toEqual(cdrs.map((c) => c.sessionId));
		expect(sinkItems('/pn')).toHaveLength(50);
	}, 180_000);

	test('a re-pushed CDR is answered but starts nothing; a push with a bad signature is refused', async () => {
		const app = axbApp();
		const { cdr } = await stack.sim.traffic.placePrivateCall(app, {
			caller: '+8613700000001',
			called: '+8617010000001',
		}).done;
		await eventually(() => sinkItems('/pn').some((i) => i.eventType === 'fee'), 20_000);
		const before = sinkItems('/pn').length;
		const repeat = await stack.sim.pusher.push(app, stack.urls.pnSink, 'fee', {
			eventType: 'fee',
			feeLst: [cdr],
		});
		expect(repeat.status).toBe(200);
		const forged = await request('POST', stack.urls.pnSink, {
			headers: buildAuthHeaders({ appKey: app.appKey, appSecret: 'guessed' }),
			body: { eventType: 'fee', feeLst: [{ ...cdr, icid: 'forged' }] },
		});
		expect(forged.status).toBe(401);
		await new Promise((resolve) => setTimeout(resolve, 1500));
		expect(sinkItems('/pn')).toHaveLength(before);
	});

	test("an SMS control push gets the trigger's forward decision and the SMS is forwarded", async () => {
		const ax = stack.sim.state.apps.get(stack.apps.ax.appKey);
		stack.sim.state.addBinding(ax, 'AX', {
			origNum: '+8613800000401',
			privateNum: '+8617020000001',
		});
		const outcome = await stack.sim.traffic.sendSms(ax, {
			from: '+8613800000401',
			to: '+8617020000001',
			content: 'no target suffix',
		});
		expect(outcome).toEqual({ forwarded: true, to: '+8613900000555' });
	});

	test('examples: the CDR summary downloads the recording; the alert decodes a failed call', async () => {
		const app = axbApp();
		stack.sim.state.addBinding(app, 'AXB', {
			relationNum: '+8617011000001',
			callerNum: '+8613800000301',
			calleeNum: '+8613900000302',
			recordFlag: 'true',
			userData: 'order-88',
		});
		const recorded = await stack.sim.traffic.placePrivateCall(app, {
			caller: '+8613800000301',
			called: '+8617011000001',
			talkSeconds: 33,
			deferFee: true,
		}).done;
		const busy = await stack.sim.traffic.placePrivateCall(app, {
			caller: '+8613900000302',
			called: '+8617011000001',
			outcome: 'busy',
			deferFee: true,
		}).done;
		expect(
			(
				await stack.sim.pusher.push(app, stack.urls.cdrSummary, 'fee', {
					eventType: 'fee',
					feeLst: [recorded.cdr],
				})
			).status,
		).toBe(200);
		const disconnect = stack.sim.state.pushLog.find(
			(p) => p.body.eventType === 'disconnect' && p.body.statusInfo.sessionId === busy.sessionId,
		).body;
		expect(
			(await stack.sim.pusher.push(app, stack.urls.failedCalls, 'call', disconnect)).status,
		).toBe(200);
		const executions = async (workflowId) => {
			const res = await stack.session.call(
				'GET',
				`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=10`,
			);
			return res.data.data.results ?? res.data.data;
		};
		const finished = (workflowId) =>
			eventually(async () => {
				const list = await executions(workflowId);
				return list.length && list.every((e) => !['running', 'new'].includes(e.status))
					? list
					: undefined;
			}, 20_000);
		const [summary] = await finished(stack.examples['cdr-recording-summary.json'].id);
		const [alert] = await finished(stack.examples['alert-failed-calls.json'].id);
		expect(summary.status).toBe('success');
		expect(alert.status).toBe('success');
		const details = async (id) =>
			JSON.stringify((await stack.session.call('GET', `/rest/executions/${id}`)).data);
		expect(await details(summary.id)).toContain(recorded.cdr.recordObjectName);
		expect(await details(alert.id)).toContain('failed: Callee busy (code 8102)');
	});
});

describe('Block pushes answered by the workflow', () => {
	const xApp = () => stack.sim.state.apps.get(stack.apps.x.appKey);
	const callX = async (caller, statusUrl = stack.urls.xRoute) => {
		xApp().callbacks.status = statusUrl;
		const started = Date.now();
		const result = await stack.sim.traffic.placePrivateCall(xApp(), {
			caller,
			called: '+8617050000001',
			talkSeconds: 5,
		}).done;
		return { result, ms: Date.now() - started };
	};

	test("example: an X-mode call is routed to the courier of the caller's order", async () => {
		const { result } = await callX('+8613800000001');
		expect(result.cdr.fwdDstNum).toBe('+8613900000002');
		expect(result.cdr.userData).toBe('courier-route');
		const unknown = await callX('+8613700000009');
		expect(unknown.result.cdr.fwdDstNum).toBeUndefined();
	});

	test('example: an SMS to X is forwarded to the courier, advertising is discarded', async () => {
		expect(
			await stack.sim.traffic.sendSms(xApp(), {
				from: '+8613800000003',
				to: '+8617050000001',
				content: 'Please ring the bell',
			}),
		).toEqual({ forwarded: true, to: '+8613900000004' });
		expect(
			await stack.sim.traffic.sendSms(xApp(), {
				from: '+8613800000003',
				to: '+8617050000001',
				content: 'Big promotion today',
			}),
		).toMatchObject({ forwarded: false, decision: 'DiscardMessage' });
	});

	test("a failing workflow: the node's fallback decision answers", async () => {
		expect((await callX('+8613800000001', stack.urls.xFailing)).result.cdr.fwdDstNum).toBe(
			'+8613900000777',
		);
	});

	test('a workflow slower than "Answer Within": the fallback is sent in time', async () => {
		const { result, ms } = await callX('+8613800000001', stack.urls.xSlow);
		expect(result.cdr.fwdDstNum).toBe('+8613900000888');
		expect(ms).toBeLessThan(4500);
	});

	test('an invalid answer from the workflow is never passed on: the fallback (end the call) is', async () => {
		expect(
			(await callX('+8613800000001', stack.urls.xInvalid)).result.cdr.fwdDstNum,
		).toBeUndefined();
	});

	test('Respond to Webhook (version 1) answers, normalised', async () => {
		expect((await callX('+8613800000001', stack.urls.xRespondNode)).result.cdr.fwdDstNum).toBe(
			'+8613900000666',
		);
	});
});

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
		const [name, value] = stack.session.cookie().split('=');
		await context.addCookies([{ name, value, url: stack.n8n.url }]);
		page = await context.newPage();
	}, 60_000);
	afterAll(async () => {
		await browser?.close();
	});

	const shot = (name) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
	const visible = (text) =>
		page.getByText(text, { exact: true }).first().waitFor({ state: 'visible', timeout: 20_000 });

	async function openNode(workflowId, nodeName) {
		await page.goto(`${stack.n8n.url}/workflow/${workflowId}`);
		const node = page.locator('.vue-flow__node', { hasText: nodeName }).first();
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
		await page.goto(`${stack.n8n.url}/workflow/new`);
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
		await page.goto(`${stack.n8n.url}/workflow/${EDITOR}`);
		const subtitle = (name) =>
			page.locator('.vue-flow__node', { hasText: name }).first().innerText();
		await page
			.locator('.vue-flow__node', { hasText: 'On CDR' })
			.first()
			.waitFor({ timeout: 30_000 });
		expect(await subtitle('Get Binding')).toContain('Get: AXB Binding');
		expect(await subtitle('Update Binding')).toContain('Update: AXB Binding');
		expect(await subtitle('On CDR')).toContain('Call Record (CDR)');
		await shot('canvas-subtitles');
	}, 60_000);

	test('the action node shows its fields', async () => {
		await openNode(stack.examples['bind-order-parties.json'].id, 'Bind Customer and Driver');
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
		const app = stack.sim.state.apps.get(stack.apps.axb.appKey);
		const bindings = [0, 1, 2].map((i) =>
			stack.sim.state.addBinding(app, 'AXB', {
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
			page.getByText(`A +861380000090${i} ↔ B +861390000090${i} · order-90${i}`, { exact: true });
		for (const i of [0, 1, 2]) await entry(i).waitFor({ timeout: 20_000 });
		await shot('resource-locator');
		await entry(1).click();
		await expect(page.getByTestId('rlc-input').first().inputValue()).resolves.toContain(
			'order-901',
		);
		expect(bindings[1].userData).toBe('order-901');
	}, 60_000);

	test('the trigger shows the Block fields only while a Block event is chosen', async () => {
		await openNode(EDITOR, 'On CDR');
		const before = await shownParameters();
		expect(before).toEqual(expect.arrayContaining(['Events', 'Simplify', 'Verify Signature']));
		for (const blockField of ['Block Answer', 'SMS Control Decision', 'X-Mode Callin Decision'])
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
		expect(after).toEqual(expect.arrayContaining(['Block Answer', 'SMS Control Decision']));
		expect(after).not.toContain('X-Mode Callin Decision');
		await shot('trigger-block-fields');
	}, 60_000);

	test('"Test this trigger" works: the notice says how, the node listens, and a sample push lands simplified', async () => {
		await openNode(EDITOR, 'On CDR');
		await page
			.getByText(/To test: turn Verify Signature off for the moment, click "Execute step"/)
			.first()
			.waitFor({ timeout: 20_000 });
		await page.getByTestId('trigger-execute-button').first().click();
		await visible('Listening for test event');
		const node = editorWorkflow.nodes.find((n) => n.name === 'On CDR');
		const testUrl = `${stack.n8n.url}/webhook-test/${node.webhookId}/huawei-private-number`;
		const app = stack.apps.axb;
		const sample = readmeSample('private-number-cdr');
		const cdr = {
			...sample,
			feeLst: [
				{
					...sample.feeLst[0],
					appKey: app.appKey,
					icid: 'browser-test-icid',
					sessionId: 'browser-test-1',
				},
			],
		};
		const pushed = await request('POST', testUrl, {
			headers: buildAuthHeaders({ appKey: app.appKey, appSecret: app.appSecret }),
			body: cdr,
		});
		expect(pushed.status).toBe(200);
		const output = page.getByTestId('output-panel');
		await output.getByText('browser-test-1').first().waitFor({ timeout: 20_000 });
		const text = await output.innerText();
		for (const field of ['callerNumber', 'talkSeconds', 'endReason']) expect(text).toContain(field);
		expect(text).not.toContain('ulFailReason'); // a raw CDR field: Simplify is on
		await page.getByText('Listening for test event').waitFor({ state: 'hidden', timeout: 10_000 });
		await page.waitForTimeout(1500); // transitions, for the screenshot
		await shot('trigger-test-event');
	}, 60_000);

	test('the credential form renders and its test passes', async () => {
		await page.goto(`${stack.n8n.url}/home/credentials`);
		await page.getByText('Huawei Private Number (demo AXB app)', { exact: true }).click();
		for (const label of [
			'App Key',
			'App Secret',
			'APP Access Address',
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
		await page.goto(`${stack.n8n.url}/home/credentials`);
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
