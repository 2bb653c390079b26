'use strict';
// Benchmark baseline Z (npm run bench:n8n): what n8n charges any community trigger. One static
// POST webhook whose webhook() returns the parsed body as the only item, answered at once.

class FloorTrigger {
	constructor() {
		this.description = {
			displayName: 'Bench Floor Trigger',
			name: 'floorTrigger',
			group: ['trigger'],
			version: 2,
			description: 'Benchmark baseline: the body as the only item',
			defaults: { name: 'Bench Floor Trigger' },
			inputs: [],
			outputs: ['main'],
			webhooks: [
				{ name: 'default', httpMethod: 'POST', path: 'floor', responseMode: 'onReceived' },
			],
			properties: [],
		};
	}

	/** @this {{ getBodyData(): Record<string, unknown> }} */
	async webhook() {
		return { workflowData: [[{ json: this.getBodyData() }]] };
	}
}

module.exports = { FloorTrigger };
