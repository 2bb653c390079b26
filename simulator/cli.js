#!/usr/bin/env node
// `npm run simulator -- [--port 18080] [--https-port 18443] [--time-scale 0.01]`
// Starts the local Huawei platform with a sample app per mode and prints how to use it.
const { Simulator } = require('./server');
const { sampleApps } = require('./sampleApps');

function flag(name, fallback) {
	const index = process.argv.indexOf(`--${name}`);
	return index === -1 ? fallback : process.argv[index + 1];
}

async function main() {
	const sim = new Simulator({
		port: Number(flag('port', 18080)),
		httpsPort: Number(flag('https-port', 18443)),
		host: flag('host', '127.0.0.1'),
		timeScale: Number(flag('time-scale', 1)),
		eventGapMs: Number(flag('event-gap-ms', 200)),
	});
	await sim.start();
	const callbackBase = flag('callback-base', undefined);
	for (const app of sampleApps(callbackBase)) sim.addApp(app);
	const lines = [
		`Huawei platform simulator on ${sim.url} and ${sim.httpsUrl} (self-signed)`,
		'Sample apps (App Key / App Secret / mode / numbers):',
		...[...sim.state.apps.values()].map(
			(app) =>
				`  ${app.appKey} / ${app.appSecret} / ${app.mode} / ${[...app.numbers.keys(), ...app.displayNumbers].join(', ')}`,
		),
		`Admin API: ${sim.url}/admin/state, POST ${sim.url}/admin/calls {"caller":"+8613800000001","called":"+8617010000001"}`,
	];
	process.stdout.write(`${lines.join('\n')}\n`);
	const stop = async () => {
		await sim.close();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	process.stderr.write(`${error.stack}\n`);
	process.exit(1);
});
