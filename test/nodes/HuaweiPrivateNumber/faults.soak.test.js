// The fault-injection soak of the action nodes, with its figures in the test output.
const { runSoak } = require('../../helpers/faultSoak');

test('under 20 % injected faults: nothing duplicated, orphaned or misreported', async () => {
	const report = await runSoak({ bindings: 200, calls: 60 });
	process.stdout.write(
		`fault soak: ${JSON.stringify({ ...report, problems: report.problems.slice(0, 5) })}\n`,
	);
	expect(report.injectedFaults).toBeGreaterThan(report.operations * 0.1);
	expect(report).toMatchObject({ duplicated: 0, orphaned: 0, misreported: 0 });
}, 120_000);
