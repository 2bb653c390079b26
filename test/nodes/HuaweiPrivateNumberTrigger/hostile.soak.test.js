// The hostile-input soak (npm run soak:hostile, smaller): generated workflow answers to Block
// pushes and badly answered binding lists; its figures in the test output.
const { runHostileSoak } = require('../../helpers/hostileSoak');

test('generated hostile answers fall back, and hostile binding lists offer only usable IDs, each once, and end', async () => {
	const report = await runHostileSoak({ answers: 400, searches: 40 });
	process.stdout.write(`hostile soak: ${JSON.stringify(report)}\n`);
	expect(report.invalidAnswers).toBeGreaterThan(report.answers * 0.3);
	expect(report.entriesOffered).toBeGreaterThan(0);
	expect(report).toMatchObject({
		obeyedThatShouldHaveFallenBack: 0,
		validNotObeyed: 0,
		offeredWithoutUsableId: 0,
		searchesThatDidNotEnd: 0,
		offeredTwice: 0,
	});
}, 120_000);
