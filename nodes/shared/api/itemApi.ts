import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INode,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { HuaweiCredentialType } from '../auth/credential';
import { withoutEnvelope } from './envelope';
import type { HuaweiRequest, HuaweiResponse } from './request';
import { huaweiApiRequest } from './request';

/** A request of an operation: what to send; the item and the retry class come from the method used. */
export type ApiCall = Omit<HuaweiRequest, 'itemIndex' | 'retry'>;

/** "The record does not exist" in the binding APIs. */
const NO_SUCH_BINDING = ['1012007', '1016001'];
/** "The number does not belong to the app": for a search, a number without bindings of this app. */
const NOT_THIS_APPS_NUMBER = ['1012001', '1011004'];
/** "Invalid sessionId": what Stop Call answers for a call that does not exist (or already ended). */
const NO_SUCH_CALL = ['1020152'];

/**
 * Huawei's API for one input item, through the node's credential: the only way an operation
 * talks to Huawei. Beside plain requests it carries what must happen when an answer is lost:
 * creates and call starts are never blindly retried, a lost create is looked up, and a removal
 * whose answer was lost counts as done once the thing is gone.
 */
/** A lookup's answer when Huawei says there is no such binding: empty, and told apart (by identity) from a success that lists nothing. */
export const NO_SUCH_BINDING_ANSWER: IDataObject = Object.freeze({});

export interface ItemApi {
	readonly itemIndex: number;
	readonly node: INode;
	/** A lookup, update or other safe request (retried): the answer's fields without the envelope. */
	request(call: ApiCall): Promise<IDataObject>;
	/** The full answer of a safe request (status, headers), e.g. for a redirect's Location. */
	response(call: ApiCall): Promise<HuaweiResponse>;
	credentials(): Promise<ICredentialDataDecryptedObject>;
	/** A binding lookup whose "does not exist" answer is {@link NO_SUCH_BINDING_ANSWER}. */
	lookupBinding(call: ApiCall): Promise<IDataObject>;
	/** The same API for a search the user types into: a number not of this app also finds nothing. */
	forSearch(): ItemApi;
	/**
	 * Creates a binding, never blindly retried. When its answer is lost (Huawei may have created
	 * it), `find` looks for it: found, it is the result (`recoveredAfterLostAnswer: true`); not
	 * found, the error says that nothing was created. Without `find` the error says it may exist.
	 */
	createBinding(call: ApiCall, find?: () => Promise<IDataObject | undefined>): Promise<IDataObject>;
	/**
	 * Deletes a binding (or one relation of it). When every answer was lost, `stillThere` looks it
	 * up: gone, the delete is reported done (`recoveredAfterLostAnswer: true`).
	 */
	deleteBinding(call: ApiCall, stillThere?: () => Promise<boolean>): Promise<IDataObject>;
	/** Stops a call; a call gone after an attempt whose answer was lost was stopped by that attempt. */
	stopCall(call: ApiCall): Promise<IDataObject>;
	/** Starts a call: never retried once it may have reached Huawei (calls cannot be looked up). */
	startCall(call: ApiCall): Promise<IDataObject>;
}

/** `error` as an n8n error (NodeApiError and NodeOperationError pass through), for rethrowing. */
function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error);
}

/** The result code of a failed request (undefined for connection errors). */
function resultCodeOf(error: unknown): string | undefined {
	const details = (error as { errorResponse?: JsonObject }).errorResponse;
	return typeof details?.resultcode === 'string' ? details.resultcode : undefined;
}

/** Whether Huawei may have carried out the request although it failed (its answer was lost). */
const mayHaveActed = (error: unknown) =>
	error instanceof NodeApiError && error.context.outcome === 'unknown';

/** Whether a not-found answer came after an earlier attempt that may have done the work. */
const goneAfterUncertainAttempt = (error: unknown, notFound: string[]) =>
	error instanceof NodeApiError &&
	error.context.afterUncertainAttempt === true &&
	notFound.includes(resultCodeOf(error) ?? '');

const isBindingId = (value: unknown) =>
	typeof value === 'string' && value.length > 0 && value.length <= 64;

/** Adds a sentence to an error's description (what the user should know about a lost answer). */
function noting(error: NodeApiError, sentence: string): NodeApiError {
	error.description = `${error.description ?? ''} ${sentence}`.trim();
	return error;
}

export function itemApi(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	credentialType: HuaweiCredentialType,
	itemIndex: number,
): ItemApi {
	const node = ctx.getNode();
	const send = (call: ApiCall, retry: HuaweiRequest['retry']) =>
		huaweiApiRequest.call(ctx, credentialType, { ...call, retry, itemIndex });
	const request = async (call: ApiCall, retry: HuaweiRequest['retry'] = 'safe') =>
		withoutEnvelope((await send(call, retry)).body);

	/** A create answered "success" without the binding's ID: it may exist, but cannot be managed. */
	const answerWithoutId = () => {
		const error = new NodeApiError(node, {} as JsonObject, {
			message: 'Huawei answered the create with success but without a valid subscriptionId',
			description: 'The binding may have been created.',
			itemIndex,
		});
		error.context.outcome = 'unknown';
		return error;
	};

	const lookup = async (call: ApiCall, empty: string[]) => {
		try {
			return await request(call);
		} catch (error) {
			if (empty.includes(resultCodeOf(error) ?? '')) return NO_SUCH_BINDING_ANSWER;
			throw asNodeError(node, error);
		}
	};

	const api: ItemApi = {
		itemIndex,
		node,
		request: (call) => request(call),
		response: (call) => send(call, 'safe'),
		credentials: () => ctx.getCredentials(credentialType, itemIndex),
		lookupBinding: (call) => lookup(call, NO_SUCH_BINDING),
		forSearch: () => ({
			...api,
			lookupBinding: (call) => lookup(call, [...NO_SUCH_BINDING, ...NOT_THIS_APPS_NUMBER]),
		}),

		async createBinding(call, find) {
			try {
				const answer = await request(call, 'create');
				if (isBindingId(answer.subscriptionId)) return answer;
				throw answerWithoutId();
			} catch (error) {
				if (!mayHaveActed(error)) throw asNodeError(node, error);
				const lost = error as NodeApiError;
				if (!find)
					throw noting(
						lost,
						'The binding may have been created; it cannot be looked up without its private number, so check the console before creating it again.',
					);
				let found: IDataObject | undefined;
				try {
					found = await find();
				} catch {
					throw noting(
						lost,
						'The binding may have been created, and looking it up failed too; check before creating it again.',
					);
				}
				if (found) return { ...found, recoveredAfterLostAnswer: true };
				const nothing = new NodeApiError(node, lost.errorResponse ?? {}, {
					message: `${lost.message}; nothing was created`,
					description: 'A lookup afterwards found no such binding: it is safe to create it again.',
					itemIndex,
				});
				nothing.context.outcome = 'failed';
				throw nothing;
			}
		},

		async deleteBinding(call, stillThere) {
			try {
				await request(call);
				return { deleted: true };
			} catch (error) {
				if (goneAfterUncertainAttempt(error, NO_SUCH_BINDING))
					return {
						deleted: true,
						note: 'An earlier attempt got no answer and the retry found no such binding: that attempt deleted it (or it was already gone).',
					};
				if (!mayHaveActed(error) || !stillThere) throw asNodeError(node, error);
				let there: boolean;
				try {
					there = await stillThere();
				} catch {
					throw noting(
						error as NodeApiError,
						'The binding may have been deleted, and looking it up failed too.',
					);
				}
				if (there)
					throw noting(
						error as NodeApiError,
						'A lookup afterwards found the binding still there: it was not deleted.',
					);
				return { deleted: true, recoveredAfterLostAnswer: true };
			}
		},

		async stopCall(call) {
			try {
				await request(call);
				return { stopped: true };
			} catch (error) {
				if (!goneAfterUncertainAttempt(error, NO_SUCH_CALL)) throw asNodeError(node, error);
				return {
					stopped: true,
					note: 'An earlier attempt got no answer and the retry found no such call: that attempt ended it (or it had already ended).',
				};
			}
		},

		async startCall(call) {
			try {
				return await request(call, 'create');
			} catch (error) {
				if (mayHaveActed(error))
					noting(error as NodeApiError, 'The call may have been placed; it was not started again.');
				throw asNodeError(node, error);
			}
		},
	};
	return api;
}
