import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import type { WorkflowDecision } from './workflowDecision';

type Response = ReturnType<IWebhookFunctions['getResponseObject']>;

function parsed(body: unknown): unknown {
	if (typeof body !== 'string' && !Buffer.isBuffer(body)) return body;
	try {
		return JSON.parse(body.toString()) as unknown;
	} catch {
		return undefined;
	}
}

/**
 * Lets the workflow answer a Block push, but only with a valid decision and in time: n8n writes the
 * workflow's answer (its last node's first item, or an error) to the response; that write is taken
 * over here, `decide` turns it into Huawei's answer, and `fallback` is sent instead when it is not
 * a decision (the reason is logged), is an error, or has not come within `withinMs`.
 */
export function answerFromWorkflow(
	ctx: IWebhookFunctions,
	decide: (body: unknown) => WorkflowDecision,
	fallback: IDataObject,
	withinMs: number,
): void {
	const res = ctx.getResponseObject();
	const own = {
		status: res.status,
		json: res.json,
		send: res.send,
		end: res.end,
		setHeader: res.setHeader,
	};
	let state: 'waiting' | 'sending' | 'done' = 'waiting';
	let statusCode = 200;
	const deliver = (answer: IDataObject) => {
		if (state !== 'waiting') return;
		state = 'sending';
		own.status.call(res, 200);
		own.setHeader.call(res, 'Content-Type', 'application/json;charset=UTF-8');
		own.send.call(res, JSON.stringify(answer));
		state = 'done';
	};
	const answer = (body: unknown) => {
		if (!(statusCode >= 200 && statusCode < 300)) return deliver(fallback);
		let decision: WorkflowDecision;
		try {
			decision = decide(parsed(body));
		} catch {
			// An answer that throws when read (a getter, a Proxy) is no decision either.
			decision = { problem: 'it could not be read' };
		}
		if ('answer' in decision) return deliver(decision.answer);
		ctx.logger.warn(
			`The workflow's answer to a Block push was not a decision (${decision.problem}); the decision set on the trigger was sent instead`,
		);
		deliver(fallback);
	};
	const patched: Partial<Response> = {
		status(code: number) {
			if (state === 'sending') return own.status.call(res, code);
			statusCode = code;
			return res;
		},
		json(body?: unknown) {
			if (state === 'sending') return own.json.call(res, body);
			answer(body);
			return res;
		},
		send(body?: unknown) {
			if (state === 'sending') return own.send.call(res, body);
			answer(body);
			return res;
		},
		setHeader(name: string, value: number | string | readonly string[]) {
			if (state === 'sending') return own.setHeader.call(res, name, value);
			return res;
		},
	};
	Object.assign(res, patched, {
		end(...args: unknown[]) {
			if (state === 'sending') return (own.end as (...a: unknown[]) => Response).apply(res, args);
			deliver(fallback);
			return res;
		},
	});
	void sleep(withinMs).then(() => deliver(fallback));
}
