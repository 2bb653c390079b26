import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { ItemInput } from './fields';
import type { OperationResult, ResourceOperations } from './operation';

export interface RunOptions {
	defaultCountryCode: string;
	concurrency: number;
}

function toItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((entry) => {
		const item =
			(entry as INodeExecutionData).json !== undefined &&
			typeof (entry as INodeExecutionData).json === 'object'
				? (entry as INodeExecutionData)
				: { json: entry as IDataObject };
		return { ...item, pairedItem: { item: itemIndex } };
	});
}

function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const details = (error as NodeApiError).errorResponse as JsonObject | undefined;
	const json: IDataObject = { error: error.message };
	const description = (error as NodeApiError).description;
	if (description) json.hint = description;
	if (details?.resultcode) json.resultcode = details.resultcode;
	if (details?.resultdesc) json.resultdesc = details.resultdesc;
	if (details?.httpStatus) json.httpStatus = details.httpStatus;
	return { json, pairedItem: { item: itemIndex } };
}

function withItemIndex(ctx: IExecuteFunctions, error: Error, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error, { itemIndex });
}

/**
 * Runs the chosen operation for every input item, at most `concurrency` at a time, and returns the
 * outputs in input order. With "Continue On Fail" each failure becomes an error item and the other
 * items go on; otherwise the first failure (by item) stops the run once running items finish.
 */
export async function runOperations(
	this: IExecuteFunctions,
	registry: Record<string, ResourceOperations>,
	options: RunOptions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const results: INodeExecutionData[][] = new Array(items.length);
	const failures: Array<{ index: number; error: Error }> = [];
	let next = 0;

	const runOne = async (itemIndex: number) => {
		try {
			const resource = this.getNodeParameter('resource', itemIndex) as string;
			const operationName = this.getNodeParameter('operation', itemIndex) as string;
			const operation = registry[resource]?.[operationName];
			if (!operation) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${operationName}" is not known for "${resource}"`,
					{ itemIndex },
				);
			}
			const input = new ItemInput(this, itemIndex, options.defaultCountryCode);
			results[itemIndex] = toItems(await operation.execute.call(this, input), itemIndex);
		} catch (error) {
			const failure = withItemIndex(this, error as Error, itemIndex);
			if (this.continueOnFail()) results[itemIndex] = [errorItem(failure, itemIndex)];
			else failures.push({ index: itemIndex, error: failure });
		}
	};

	const worker = async () => {
		while (next < items.length && failures.length === 0) {
			const itemIndex = next++;
			await runOne(itemIndex);
		}
	};
	const workers = Math.max(1, Math.min(options.concurrency, items.length));
	await Promise.all(Array.from({ length: workers }, worker));
	if (failures.length) {
		failures.sort((a, b) => a.index - b.index);
		throw failures[0].error;
	}
	return [results.flat()];
}
