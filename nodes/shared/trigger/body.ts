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

const tooLarge = (size: number, maxBytes: number): BodyResult => ({
	ok: false,
	status: 413,
	reason: `the body has ${size} bytes, more than ${maxBytes}`,
});
const tooDeep: BodyResult = {
	ok: false,
	status: 400,
	reason: `the body nests deeper than ${MAX_DEPTH} levels`,
};

/** A body given as text: refused when larger than `maxBytes`, nested too deep, or not JSON. */
function parseBodyText(text: string, maxBytes: number): BodyResult {
	const size = Buffer.byteLength(text);
	if (size > maxBytes) return tooLarge(size, maxBytes);
	if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH) return tooDeep;
	try {
		return { ok: true, body: JSON.parse(text) as unknown, size };
	} catch {
		return { ok: false, status: 400, reason: 'the body is not valid JSON' };
	}
}

/** A body already parsed: refused when nested too deep, or larger than `maxBytes` as JSON. */
function checkParsedBody(body: object, size: number, maxBytes: number): BodyResult {
	if (size > maxBytes) return tooLarge(size, maxBytes);
	if (valueDepth(body, MAX_DEPTH) > MAX_DEPTH) return tooDeep;
	return { ok: true, body, size };
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
		return checkParsedBody(parsed, size, maxBytes);
	}
	if (raw === undefined || raw === null) {
		try {
			return parseBodyText(
				typeof parsed === 'string' ? parsed : JSON.stringify(parsed ?? {}),
				maxBytes,
			);
		} catch {
			return { ok: false, status: 400, reason: 'the body cannot be read' };
		}
	}
	return parseBodyText(Buffer.isBuffer(raw) ? raw.toString('utf8') : String(raw), maxBytes);
}

/**
 * A push body handed over as a value, as n8n's Webhook node puts it out: its parsed JSON, or the
 * body's text. Checked like a body the trigger receives.
 */
export function readBodyValue(value: unknown, maxBytes: number): BodyResult {
	if (typeof value === 'string') return parseBodyText(value, maxBytes);
	if (value === null || typeof value !== 'object')
		return { ok: false, status: 400, reason: 'the body is not a JSON object' };
	if (valueDepth(value, MAX_DEPTH) > MAX_DEPTH) return tooDeep;
	let text: string;
	try {
		text = JSON.stringify(value);
	} catch {
		return { ok: false, status: 400, reason: 'the body cannot be read' };
	}
	return checkParsedBody(value, Buffer.byteLength(text), maxBytes);
}
