import type { IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { connectionProblemOf } from '../../api/failures';

/**
 * Downloads a recording from the link Huawei (or a CDR) gives, without trusting it: only https hosts
 * that are not loopback, link-local or private addresses — or the credential's own APP access
 * address — are contacted, redirects are followed only to such hosts, the size is capped, and the
 * file name becomes a plain base name.
 */

const MAX_REDIRECTS = 3;
const TIMEOUT_MS = 120_000;

function ipv4Private(address: string): boolean {
	const parts = address.split('.').map(Number);
	if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255))
		return false;
	const [a, b, c] = parts;
	return (
		a === 0 ||
		(a === 192 && b === 0 && c === 0) ||
		(a === 198 && (b === 18 || b === 19)) ||
		a === 10 ||
		a === 127 ||
		(a === 100 && b >= 64 && b <= 127) ||
		(a === 169 && b === 254) ||
		(a === 172 && b >= 16 && b <= 31) ||
		(a === 192 && b === 168) ||
		a >= 224
	);
}

function ipv6Private(address: string): boolean {
	const lower = address.toLowerCase();
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
	if (mapped) return ipv4Private(mapped[1]);
	if (/^::(ffff:)?[0-9a-f]{1,4}(:[0-9a-f]{1,4})?$/.test(lower)) return true; // IPv4-mapped or -compatible, hex form
	if (/^::\d+\.\d+\.\d+\.\d+$/.test(lower)) return true; // IPv4-compatible
	return (
		lower.startsWith('64:ff9b:') || // NAT64: reaches IPv4 hosts, private ones included
		lower === '::' ||
		lower === '::1' ||
		/^f[cd]/.test(lower) ||
		/^fe[89ab]/.test(lower) ||
		/^ff/.test(lower)
	);
}

/** Why the file host of `url` may not be contacted, or undefined when it may. */
export function downloadUrlProblem(url: string, accessAddress: string): string | undefined {
	let target: URL;
	try {
		target = new URL(url);
	} catch {
		return 'is not a URL';
	}
	try {
		if (target.origin === new URL(accessAddress).origin) return undefined;
	} catch {
		// no usable access address: judge the URL on its own
	}
	if (target.protocol !== 'https:') return `uses ${target.protocol.replace(':', '')}, not https`;
	const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
	if (
		host === 'localhost' ||
		host.endsWith('.localhost') ||
		host.endsWith('.local') ||
		host.endsWith('.internal')
	)
		return `points at a local host (${host})`;
	if (host.includes(':') ? ipv6Private(host) : ipv4Private(host))
		return `points at a loopback, link-local or private address (${host})`;
	return undefined;
}

/** The base name of `name` with control characters, quotes and path separators removed. */
export function safeFileName(name: string, fallback = 'recording.wav'): string {
	let base = name.split(/[/\\]/).pop() ?? '';
	try {
		base = decodeURIComponent(base);
	} catch {
		// keep it as it is
	}
	base = base
		.split(/[/\\]/)
		.pop()!
		.replace(/["'`<>|:*?]/g, '')
		.replace(/[^ -~\u0080-\uffff]/g, '') // control characters (below space, DEL)
		.replace(/^\.+/, '')
		.trim()
		.slice(0, 200);
	return base === '' || /^\.*$/.test(base) ? fallback : base;
}

export interface DownloadedFile {
	bytes: Buffer;
	contentType: string;
}

interface Options {
	accessAddress: string;
	allowInsecureTls: boolean;
	maxBytes: number;
	itemIndex: number;
}

function downloadError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
	details: JsonObject,
) {
	return new NodeApiError(ctx.getNode(), details, { message, description, itemIndex });
}

function connectionProblem(error: unknown): [string, string] {
	const { code, kind } = connectionProblemOf(error);
	if (kind === 'tls')
		return [
			"The recording host's TLS certificate is not trusted",
			`Connection error: ${code}. The link is not the problem; check the host, or turn on "Ignore SSL Issues" in the credential if you trust it.`,
		];
	if (kind === 'neverSent')
		return ['The recording host cannot be reached', `Connection error: ${code}.`];
	return [
		'The recording download broke off',
		`Connection error: ${code === 'unknown error' ? (error as Error).message : code}. Try again.`,
	];
}

async function readCapped(
	ctx: IExecuteFunctions,
	body: AsyncIterable<Buffer> & { destroy?: () => void },
	options: Options,
): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of body) {
		size += chunk.length;
		if (size > options.maxBytes) {
			body.destroy?.();
			throw downloadError(
				ctx,
				options.itemIndex,
				`The recording is larger than the limit of ${options.maxBytes} bytes`,
				'Raise "Max File Size (MB)" if such large recordings are expected.',
				{ size },
			);
		}
		chunks.push(Buffer.from(chunk));
	}
	return Buffer.concat(chunks);
}

/** Fetches `url` (a short-lived, pre-signed link: no Huawei signature is sent) within the rules above. */
export async function downloadFile(
	ctx: IExecuteFunctions,
	url: string,
	options: Options,
): Promise<DownloadedFile> {
	let current = url;
	try {
		current = new URL(url, options.accessAddress).toString(); // a Location may be relative to the API
	} catch {
		// judged (and refused) as it is below
	}
	for (let hop = 0; ; hop++) {
		const problem = downloadUrlProblem(current, options.accessAddress);
		if (problem)
			throw downloadError(
				ctx,
				options.itemIndex,
				`The recording link ${problem}; it was not downloaded`,
				'Recordings are only fetched from public https hosts (or the APP access address itself).',
				{ host: current.slice(0, 200) },
			);
		let response: {
			statusCode: number;
			headers: Record<string, unknown>;
			body: AsyncIterable<Buffer> & { destroy?: () => void };
		};
		try {
			response = await ctx.helpers.httpRequest({
				url: current,
				method: 'GET',
				encoding: 'stream',
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				disableFollowRedirect: true,
				skipSslCertificateValidation: options.allowInsecureTls,
				timeout: TIMEOUT_MS,
			});
		} catch (error) {
			const [message, description] = connectionProblem(error);
			throw downloadError(ctx, options.itemIndex, message, description, {
				downloadError: (error as Error).message,
			});
		}
		const { statusCode, headers } = response;
		if (
			statusCode >= 300 &&
			statusCode < 400 &&
			typeof headers.location === 'string' &&
			hop < MAX_REDIRECTS
		) {
			response.body.destroy?.();
			current = new URL(headers.location, current).toString();
			continue;
		}
		if (statusCode < 200 || statusCode >= 300) {
			response.body.destroy?.();
			const expired = statusCode === 403 || statusCode === 404 || statusCode === 410;
			throw downloadError(
				ctx,
				options.itemIndex,
				expired
					? `The recording link was refused (HTTP ${statusCode}): it expired or the recording was removed`
					: `The recording host answered HTTP ${statusCode}`,
				expired
					? 'Links are short-lived (about 3 days) and recordings are kept 7 days; get a new link and download again.'
					: 'Try again later.',
				{ httpStatus: statusCode },
			);
		}
		const type =
			typeof headers['content-type'] === 'string'
				? headers['content-type'].split(';')[0].trim()
				: '';
		return { bytes: await readCapped(ctx, response.body, options), contentType: type };
	}
}
