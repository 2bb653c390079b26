import type { INodeParameters } from 'n8n-workflow';

/** Whether a stored parameter value is, or holds, an expression n8n would resolve. */
export const holdsExpression = (value: unknown): boolean =>
	typeof value === 'string'
		? value.startsWith('=')
		: typeof value === 'object' && value !== null && Object.values(value).some(holdsExpression);

/**
 * A parameter read as stored on the node when it is a plain value, else (an expression, or not
 * stored) through `resolve`, n8n's getNodeParameter. n8n resolves even a plain value at a cost
 * larger than a node's whole work on a push, so the nodes read plain values directly.
 */
export function storedOrResolved(
	parameters: INodeParameters,
	name: string,
	resolve: () => unknown,
): unknown {
	const stored = parameters[name];
	return stored === undefined || holdsExpression(stored) ? resolve() : stored;
}
