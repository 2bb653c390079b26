import type { IWebhookFunctions } from 'n8n-workflow';

/** Huawei's pushes nest 3 levels deep; anything much deeper is not a push and could not be serialised. */
export const MAX_DEPTH = 16;

export type BodyResult =
	| { ok: true; body: unknown; size: number }
	| { ok: false; status: 400 | 413; reason: string };

/** Deepest nesting of `{`/`[` outside strings, scanned without recursion. */
export function nestingDepth(text: string, stopAbove = Infinity): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		if (inString) {
			if (char === 92 /* \ */) i++;
			else if (char === 34 /* " */) inString = false;
		} else if (char === 34) inString = true;
		else if (char === 123 /* { */ || char === 91 /* [ */) {
			depth++;
			if (depth > deepest) {
				deepest = depth;
				if (deepest > stopAbove) return deepest;
			}
		} else if (char === 125 /* } */ || char === 93 /* ] */) depth--;
	}
	return deepest;
}

/**
 * The push body from the raw bytes n8n keeps (n8n's own parsed body when there are none), refused
 * with 413 when larger than `maxBytes` and 400 when it is not JSON or nests too deep.
 */
export function readPushBody(ctx: IWebhookFunctions, maxBytes: number): BodyResult {
	const raw = (ctx.getRequestObject() as unknown as { rawBody?: Buffer | string }).rawBody;
	let text: string;
	if (raw === undefined || raw === null) {
		const parsed = ctx.getBodyData() as unknown;
		try {
			text = typeof parsed === 'string' ? parsed : JSON.stringify(parsed ?? {});
		} catch {
			return { ok: false, status: 400, reason: 'the body cannot be read' };
		}
	} else {
		text = Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw);
	}
	const size = Buffer.byteLength(text);
	if (size > maxBytes)
		return { ok: false, status: 413, reason: `the body has ${size} bytes, more than ${maxBytes}` };
	if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH)
		return { ok: false, status: 400, reason: `the body nests deeper than ${MAX_DEPTH} levels` };
	try {
		return { ok: true, body: JSON.parse(text) as unknown, size };
	} catch {
		return { ok: false, status: 400, reason: 'the body is not valid JSON' };
	}
}
