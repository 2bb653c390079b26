// n8n in queue mode, as production deployments scale it: PostgreSQL and Redis, a main process that
// only serves the editor and activates workflows (N8N_DISABLE_PRODUCTION_MAIN_PROCESS), workers
// that runs the executions, and several `n8n webhook` processes that take the pushes. Every process
// shares the database, Redis and the encryption key, and has the packages installed in its own
// user folder, as each machine of such a deployment would.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { Cleanup } = require('./cleanup');
const runtimeLib = require('./n8n');
const { startPostgres, startRedis } = require('./services');

/**
 * options: runtime, webhookProcesses (2), workers (1), credentials and workflows to import and
 * publish with n8n's CLI before start, `examples` imported through the REST API as a user imports
 * them (logged in as `owner`), env (extra variables for every n8n process), mainPort (the
 * editor's port; default any). Resolves with the processes, the saved `examples`, a logged-in
 * `session`, `restartWebhook(i)` and `stop()`.
 * @param {object} options
 * @param {any} options.runtime
 * @param {number} [options.webhookProcesses]
 * @param {number} [options.workers]
 * @param {object[]} [options.credentials]
 * @param {Array<{ id: string, nodes: any[] } & Record<string, any>>} [options.workflows]
 * @param {object[]} [options.examples]
 * @param {{ email: string, password: string, firstName: string, lastName: string }} [options.owner]
 * @param {Record<string, string>} [options.env]
 * @param {number} [options.mainPort]
 */
async function startQueueStack({
	runtime,
	webhookProcesses = 2,
	workers = 1,
	credentials = [],
	workflows = [],
	examples = [],
	owner = runtimeLib.OWNER,
	env = {},
	mainPort,
}) {
	return Cleanup.guard(async (cleanup) => {
		const postgres = cleanup.add(await startPostgres(await runtimeLib.freePort()), () =>
			postgres.stop(),
		);
		const redis = cleanup.add(await startRedis(await runtimeLib.freePort()), () => redis.stop());
		const root = cleanup.add(fs.mkdtempSync(path.join(os.tmpdir(), 'hpn-queue-')), () =>
			fs.rmSync(root, { recursive: true, force: true }),
		);
		const shared = {
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_DATABASE: postgres.database,
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			...env,
		};
		/**
		 * One n8n process's options: its own user folder, ports and role.
		 * @param {'start' | 'worker' | 'webhook'} role
		 * @param {number} index
		 * @param {number} [fixedPort]
		 * @returns {Promise<import('./n8n').N8nProcessOptions>}
		 */
		const processOptions = async (role, index, fixedPort) => {
			const port = fixedPort ?? (await runtimeLib.freePort());
			const userFolder = path.join(root, `${role}-${index}`);
			fs.mkdirSync(userFolder, { recursive: true });
			runtimeLib.installPackages(userFolder);
			/** @type {Record<string, string>} */
			const roleEnv =
				role === 'worker'
					? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port) }
					: {};
			return {
				role,
				userFolder,
				port,
				brokerPort: await runtimeLib.freePort(),
				owner,
				env: { ...shared, ...roleEnv },
			};
		};

		const mainOptions = await processOptions('start', 0, mainPort);
		mainOptions.env = { ...mainOptions.env, N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true' };
		runtimeLib.importAndPublish(runtime, mainOptions, { credentials, workflows });
		const main = cleanup.add(await runtimeLib.startN8n(runtime, mainOptions), () => main.stop());
		const session = await runtimeLib.login(main.url, owner);
		const savedExamples = [];
		for (const example of examples)
			savedExamples.push(await runtimeLib.importWorkflow(session, example));
		const published = [...workflows, ...savedExamples];
		const workerProcesses = [];
		cleanup.add(workerProcesses, () =>
			Promise.all(workerProcesses.map((process) => process.stop())),
		);
		for (let i = 0; i < workers; i++)
			workerProcesses.push(await runtimeLib.startN8n(runtime, await processOptions('worker', i)));
		const webhookOptions = [];
		const webhooks = [];
		for (let i = 0; i < webhookProcesses; i++) {
			const options = await processOptions('webhook', i);
			webhookOptions.push(options);
			webhooks.push(await runtimeLib.startN8n(runtime, options));
		}
		cleanup.add(webhooks, () => Promise.all(webhooks.map((process) => process.stop())));
		const ready = (i) =>
			runtimeLib.waitForWebhooks(runtimeLib.webhookUrls(webhooks[i].url, published));
		for (let i = 0; i < webhooks.length; i++) await ready(i);

		return {
			postgres,
			redis,
			main,
			session,
			examples: savedExamples,
			workers: workerProcesses,
			webhooks,
			/** Stops webhook process `i` and starts it again on the same port (its memory is gone). */
			async restartWebhook(i) {
				await webhooks[i].stop();
				webhooks[i] = await runtimeLib.startN8n(runtime, webhookOptions[i]);
				await ready(i);
			},
			stop: () => cleanup.stopAll(),
		};
	});
}

module.exports = { startQueueStack };
