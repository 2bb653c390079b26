import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { HuaweiRequest } from '../../shared/api/request';
import {
	asNodeError,
	goneAfterUncertainAttempt,
	mayHaveActed,
	resultCodeOf,
} from '../../shared/api/request';
import type { ItemApi, Operation } from '../../shared/actions/operation';
import { forOperation } from '../../shared/actions/operation';
import { answerList } from '../../shared/api/envelope';
import { withIsoTimes } from '../../shared/format';
import type { ItemParameters } from '../../shared/parameters/itemParameters';
import type { LookupChoice } from '../../shared/parameters/lookup';
import { lookupProperties, readLookup } from '../../shared/parameters/lookup';
import { pick, simplifyOn, simplifyProperty } from '../../shared/parameters/simplify';

/** "The record does not exist" in the binding APIs. */
export const NOT_FOUND = ['1012007', '1016001'];

type Request = Omit<HuaweiRequest, 'itemIndex' | 'retry'>;

/** What Simplify keeps of a binding: its ID, its numbers in every mode's names, and what a workflow checks. */
const SIMPLE_FIELDS = [
	'mode',
	'subscriptionId',
	...['relationNum', 'callerNum', 'calleeNum'], // AXB
	...['privateNum', 'origNum'], // AX
	...['virtualNum', 'extendNum', 'bindNum'], // AXE
	...['numX', 'numA', 'numY', 'numB'], // AXYB
	'recordFlag',
	'userData',
	'subscribeTimeIso',
	'bindExpiredTime',
];

/** Get's and Get Many's plan: the query, and whether to simplify the items. */
export interface BindingQuery<Query = IDataObject> {
	query: Query;
	simple: boolean;
}

/** A list field of an answer (absent: none; not a list of records: an error). */
export function list(answer: IDataObject, field: string): IDataObject[] {
	return answerList(answer, field) ?? [];
}

/** What sets one mode's Get apart: where it asks, how a binding is found, where the answer lists bindings. */
export interface GetBindingSpec {
	resource: string;
	mode: string;
	uri: string;
	lookup: LookupChoice[];
	bindingsIn: (answer: IDataObject) => IDataObject[];
	/** Adds what the query needs beyond the lookup (e.g. the app key). */
	completeQuery?: (api: ItemApi, query: IDataObject) => Promise<IDataObject>;
}

/** Get of one mode: its "Find Binding By" fields and Simplify; one safe query; one item per binding found. */
export function getBindingOperation(spec: GetBindingSpec): Operation<BindingQuery> {
	return {
		description: forOperation(spec.resource, 'get', [
			...lookupProperties(spec.lookup),
			simplifyProperty,
		]),
		prepare(item) {
			return { query: readLookup(item, spec.lookup), simple: readSimple(item) };
		},
		async execute({ query, simple }, api) {
			const qs = spec.completeQuery ? await spec.completeQuery(api, query) : query;
			const answer = await api.request({ method: 'GET', uri: spec.uri, qs, retry: 'safe' });
			return spec.bindingsIn(answer).map((binding) => bindingItem(spec.mode, binding, simple));
		},
	};
}

/** Reads Simplify for a Get / Get Many item. */
export function readSimple(item: ItemParameters): boolean {
	return simplifyOn(item.raw('simple', true));
}

/** One output item per binding: the platform's fields, the mode, and ISO times beside raw ones. */
export function bindingItem(mode: string, binding: IDataObject, simple = false): IDataObject {
	const item = { mode, ...withIsoTimes(binding, ['subscribeTime']) };
	return simple ? pick(item, SIMPLE_FIELDS) : item;
}

/** A lookup whose "does not exist" answer means an empty list (Get Many, lost-answer checks). */
export async function lookupOrEmpty(api: ItemApi, request: Request): Promise<IDataObject> {
	try {
		return await api.request({ ...request, retry: 'safe' });
	} catch (error) {
		if (NOT_FOUND.includes(resultCodeOf(error) ?? '')) return {};
		throw asNodeError(api.node, error);
	}
}

/**
 * A delete (or another removal) that counts as done when a retry finds the binding gone after an
 * attempt whose answer was lost: that attempt removed it.
 */
export async function removeBinding(api: ItemApi, request: Request): Promise<IDataObject> {
	try {
		await api.request({ ...request, retry: 'safe' });
		return { deleted: true };
	} catch (error) {
		if (!goneAfterUncertainAttempt(error, NOT_FOUND)) throw asNodeError(api.node, error);
		return {
			deleted: true,
			note: 'An earlier attempt got no answer and the retry found no such binding: that attempt deleted it (or it was already gone).',
		};
	}
}

const isBindingId = (value: unknown) =>
	typeof value === 'string' && value.length > 0 && value.length <= 64;

/** A create answered "success" without the binding's ID: it may exist, but cannot be managed. */
function answerWithoutId(api: ItemApi): NodeApiError {
	const error = new NodeApiError(api.node, {} as JsonObject, {
		message: 'Huawei answered the create with success but without a valid subscriptionId',
		description: 'The binding may have been created.',
		itemIndex: api.itemIndex,
	});
	error.context.outcome = 'unknown';
	return error;
}

/**
 * A create, never blindly retried. When its answer is lost (Huawei may have created the binding),
 * `findCreated` looks for it: found, it is returned as the result; not found, the error says that
 * nothing was created. Without `findCreated` (no way to look it up) the error says it may exist.
 */
export async function createBinding(
	ctx: IExecuteFunctions,
	api: ItemApi,
	request: Request,
	findCreated?: () => Promise<IDataObject | undefined>,
): Promise<IDataObject> {
	try {
		const answer = await api.request({ ...request, retry: 'create' });
		if (isBindingId(answer.subscriptionId)) return answer;
		throw answerWithoutId(api);
	} catch (error) {
		if (!mayHaveActed(error)) throw asNodeError(api.node, error);
		const lost = error as NodeApiError;
		if (!findCreated) {
			lost.description =
				`${lost.description ?? ''} The binding may have been created; it cannot be looked up without its private number, so check the console before creating it again.`.trim();
			throw lost;
		}
		let found: IDataObject | undefined;
		try {
			found = await findCreated();
		} catch {
			lost.description =
				`${lost.description ?? ''} The binding may have been created, and looking it up failed too; check before creating it again.`.trim();
			throw lost;
		}
		if (found) return { ...found, recoveredAfterLostAnswer: true };
		const nothing = new NodeApiError(ctx.getNode(), lost.errorResponse ?? {}, {
			message: `${lost.message}; nothing was created`,
			description: 'A lookup afterwards found no such binding: it is safe to create it again.',
			itemIndex: api.itemIndex,
		});
		nothing.context.outcome = 'failed';
		throw nothing;
	}
}
