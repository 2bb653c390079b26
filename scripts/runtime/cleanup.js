// Starting a stack of servers and processes so that a failure half-way leaves nothing running:
// each started thing registers how to stop it; stopAll() stops them in reverse order.
class Cleanup {
	constructor() {
		this.steps = [];
	}

	/** Registers `stop` and returns `thing`, e.g. `const sim = cleanup.add(await startSim(), () => sim.close())`. */
	add(thing, stop) {
		this.steps.push(stop);
		return thing;
	}

	async stopAll() {
		const errors = [];
		while (this.steps.length) {
			try {
				await this.steps.pop()();
			} catch (error) {
				errors.push(error);
			}
		}
		if (errors.length) throw errors[0];
	}

	/** Runs `start(cleanup)`; if it throws, stops what it had started and rethrows. */
	static async guard(start) {
		const cleanup = new Cleanup();
		try {
			return await start(cleanup);
		} catch (error) {
			await cleanup.stopAll().catch(() => {});
			throw error;
		}
	}
}

module.exports = { Cleanup };
