import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { itemApi } from '../api/itemApi';
import type { HuaweiCredentialType } from '../auth/credential';
import { ItemParameters } from '../parameters/itemParameters';
import { storedOrResolved } from '../parameters/stored';
import type { Operation, OperationRegistry, OperationResult, Resource } from './operation';

export interface RunOptions {
	credentialType: HuaweiCredentialType;
	defaultCountryCode: string;
	concurrency: number;
	/** A check of each item's resource before it is read (e.g. the app's binding mode). */
	checkItem?: (ctx: IExecuteFunctions, resource: Resource, itemIndex: number) => Promise<void>;
}

interface Planned {
	itemIndex: number;
	operation: Operation;
	plan: unknown;
}

interface Failure {
	itemIndex: number;
	error: NodeApiError | NodeOperationError;
}

const earliest = (a: Failure | undefined, b: Failure) => (a && a.itemIndex < b.itemIndex ? a : b);

/** IDs that identify what an item did on the platform, for the "already done" list of a failed run. */
const ID_FIELDS = ['subscriptionId', 'sessionId'];
const LISTED_IN_MESSAGE = 100;

function toItems(result: OperationResult, itemIndex: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((entry) => {
		const item =
			typeof (entry as INodeExecutionData).json === 'object' &&
			(entry as INodeExecutionData).json !== null
				? (entry as INodeExecutionData)
				: { json: entry as IDataObject };
		return { ...item, pairedItem: { item: itemIndex } };
	});
}

/**
 * The item of a failed input item under "Continue On Fail". Its JSON holds only `error` and
 * `details`: that is the shape n8n routes to the error output ("Continue (using error output)").
 */
function errorItem(
	error: NodeApiError | NodeOperationError,
	itemIndex: number,
): INodeExecutionData {
	const response = (error as NodeApiError).errorResponse as JsonObject | undefined;
	const details: IDataObject = {};
	if (error.description) details.hint = error.description;
	for (const key of ['resultcode', 'resultdesc', 'httpStatus'])
		if (response?.[key] !== undefined && response[key] !== null) details[key] = response[key];
	if (error.context.outcome === 'unknown')
		details.outcome = 'unknown: Huawei may have carried the request out';
	const json: IDataObject = { error: error.message };
	if (Object.keys(details).length > 0) json.details = details;
	return { json, pairedItem: { item: itemIndex } };
}

/** Adds a sentence to an error's description. */
function noting<T extends NodeApiError | NodeOperationError>(error: T, sentence: string): T {
	error.description = [error.description, sentence].filter(Boolean).join(' ');
	return error;
}

function withItemIndex(
	ctx: IExecuteFunctions,
	error: Error,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error, { itemIndex });
}

/** "item 3: subscriptionId abc" lines for the items already carried out before a failure. */
function doneList(results: INodeExecutionData[][]): string[] {
	const lines: string[] = [];
	results.forEach((items, itemIndex) => {
		if (!items) return;
		for (const { json } of items) {
			const ids = ID_FIELDS.filter((key) => typeof json[key] === 'string').map(
				(key) => `${key} ${String(json[key])}`,
			);
			lines.push(`item ${itemIndex}${ids.length ? `: ${ids.join(', ')}` : ''}`);
		}
	});
	return lines;
}

/** The first failure, saying what the earlier items already did on the platform (nothing is orphaned silently). */
function failureWithProgress(
	error: NodeApiError | NodeOperationError,
	results: INodeExecutionData[][],
	total: number,
) {
	const done = doneList(results);
	if (done.length === 0) return error;
	const shown = done.slice(0, LISTED_IN_MESSAGE).join('; ');
	const more =
		done.length > LISTED_IN_MESSAGE
			? ` … and ${done.length - LISTED_IN_MESSAGE} more (see the error's context)`
			: '';
	const notSent = total - results.filter(Boolean).length - 1;
	error.description = [
		error.description,
		`Already carried out before this failure (not undone): ${shown}${more}.`,
		notSent > 0 ? `${notSent} later item(s) were not sent.` : '',
		'Turn on "Continue On Fail" to get one output item per input item instead.',
	]
		.filter(Boolean)
		.join(' ');
	error.context.completedItems = done;
	return error;
}

/**
 * Runs the chosen operation for every input item. First every item's parameters are read and
 * checked: a bad item fails the node with nothing sent (with "Continue On Fail" it becomes an error
 * item and the others go on). Then the plans are carried out, at most `concurrency` at a time,
 * outputs in input order. Without "Continue On Fail" the first failure stops the run once running
 * items finish, and its error lists what the earlier items already did.
 */
export async function runOperations(
	this: IExecuteFunctions,
	registry: OperationRegistry,
	options: RunOptions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const continueOnFail = this.continueOnFail();
	const results: INodeExecutionData[][] = new Array(items.length);
	const planned: Planned[] = [];

	const parameters = this.getNode().parameters;
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const read = (name: string) =>
				storedOrResolved(parameters, name, () => this.getNodeParameter(name, itemIndex)) as string;
			const resource = read('resource');
			const name = read('operation');
			const operation = registry[resource]?.operations[name];
			if (!operation)
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${name}" is not known for "${resource}"`,
					{ itemIndex },
				);
			await options.checkItem?.(this, registry[resource], itemIndex);
			const item = new ItemParameters(this, itemIndex, options.defaultCountryCode, parameters);
			planned.push({ itemIndex, operation, plan: operation.prepare.call(this, item) });
		} catch (error) {
			const failure = withItemIndex(this, error as Error, itemIndex);
			if (!continueOnFail)
				throw noting(
					failure,
					'Nothing was sent to Huawei: every item is checked before the first one is sent.',
				);
			results[itemIndex] = [
				errorItem(noting(failure, 'This item was not sent to Huawei.'), itemIndex),
			];
		}
	}

	let failure: Failure | undefined;
	let next = 0;
	const worker = async () => {
		while (next < planned.length && failure === undefined) {
			const { itemIndex, operation, plan } = planned[next++];
			try {
				const api = itemApi(this, options.credentialType, itemIndex);
				results[itemIndex] = toItems(await operation.execute.call(this, plan, api), itemIndex);
			} catch (error) {
				const itemError = withItemIndex(this, error as Error, itemIndex);
				if (continueOnFail) results[itemIndex] = [errorItem(itemError, itemIndex)];
				else failure = earliest(failure, { itemIndex, error: itemError });
			}
		}
	};
	const workers = Math.max(1, Math.min(options.concurrency, planned.length));
	await Promise.all(Array.from({ length: workers }, worker));
	if (failure) throw failureWithProgress(failure.error, results, items.length);
	return [results.flat()];
}
