import type { IWebhookFunctions } from 'n8n-workflow';

/** Huawei's pushes nest 3 levels deep; anything much deeper is not a push and could not be serialised. */
const MAX_DEPTH = 16;

export type BodyResult =
	| { ok: true; body: unknown; size: number }
	| { ok: false; status: 400 | 413; reason: string };

/** Deepest nesting of `{`/`[` outside strings, scanned without recursion. */
function nestingDepth(text: string, stopAbove = Infinity): number {
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

/** Deepest nesting of objects and arrays in an already parsed value, walked without recursion. */
function valueDepth(value: unknown, stopAbove = Infinity): number {
	let deepest = 0;
	const stack: Array<[unknown, number]> = [[value, 1]];
	while (stack.length) {
		const [current, depth] = stack.pop()!;
		if (current === null || typeof current !== 'object') continue;
		if (depth > deepest) {
			deepest = depth;
			if (deepest > stopAbove) return deepest;
		}
		for (const child of Array.isArray(current) ? current : Object.values(current)) {
			if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
		}
	}
	return deepest;
}

/**
 * The push body: n8n's parsed JSON (parsing the raw bytes again only when n8n did not), refused with
 * 413 when the raw body is larger than `maxBytes` and 400 when it is not JSON or nests too deep.
 */
export function readPushBody(ctx: IWebhookFunctions, maxBytes: number): BodyResult {
	const raw = (ctx.getRequestObject() as unknown as { rawBody?: Buffer | string }).rawBody;
	const parsed = ctx.getBodyData() as unknown;
	if (
		raw !== undefined &&
		raw !== null &&
		parsed !== null &&
		typeof parsed === 'object' &&
		Object.keys(parsed).length
	) {
		const size = Buffer.isBuffer(raw) ? raw.length : Buffer.byteLength(String(raw));
		if (size > maxBytes)
			return {
				ok: false,
				status: 413,
				reason: `the body has ${size} bytes, more than ${maxBytes}`,
			};
		if (valueDepth(parsed, MAX_DEPTH) > MAX_DEPTH)
			return { ok: false, status: 400, reason: `the body nests deeper than ${MAX_DEPTH} levels` };
		return { ok: true, body: parsed, size };
	}
	let text: string;
	if (raw === undefined || raw === null) {
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
