import type { INode, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** The Private Number credential's optional "Binding Mode of the App". */
export const APP_MODE_FIELD: INodeProperties = {
	displayName: 'Binding Mode of the App',
	name: 'appMode',
	type: 'options',
	options: [
		{ name: 'AX', value: 'AX' },
		{ name: 'AXB', value: 'AXB' },
		{ name: 'AXE', value: 'AXE' },
		{ name: 'AXYB', value: 'AXYB' },
		{ name: 'Not Set', value: '', description: 'Any operation may be tried' },
		{ name: 'X (Calls to X Decided by a Workflow)', value: 'X' },
	],
	default: '',
	description:
		'The mode the app was created with (console: Application Management). When set, the node refuses binding operations of another mode before sending anything, and the credential test checks AX, AXB, AXE and AXYB against Huawei (an X app cannot be told apart by a test).',
};

/** The credential's fields with "Binding Mode of the App" right after the APP Access Address. */
export function withAppModeField(properties: INodeProperties[]): INodeProperties[] {
	const after = properties.findIndex((property) => property.name === 'accessAddress') + 1;
	return [...properties.slice(0, after), APP_MODE_FIELD, ...properties.slice(after)];
}

/**
 * Fails an item whose resource needs an app of another mode than the credential declares, before
 * anything is sent (Huawei would answer 1010040 after the fact).
 */
export function assertAppMode(
	node: INode,
	itemIndex: number,
	declared: unknown,
	needed: string,
	resourceName: string,
): void {
	if (typeof declared !== 'string' || declared === '' || declared === needed) return;
	throw new NodeOperationError(
		node,
		`"${resourceName}" needs an ${needed} app, but the credential says its app is ${declared} [item ${itemIndex}]`,
		{
			itemIndex,
			description: `Choose the credential of an ${needed} app, or correct "Binding Mode of the App" in the credential if it is wrong. Huawei would refuse the request with 1010040 (the app_key is not allowed to invoke the API).`,
		},
	);
}
