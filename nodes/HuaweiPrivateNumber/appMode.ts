import type {
	ICredentialTestRequest,
	IExecuteFunctions,
	INode,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Resource } from '../shared/actions/operation';
import { STOP_CALL_URI } from '../shared/api/stopCall';
import {
	BASE_RULES,
	CALL_STOP_BODY,
	huaweiCredentialTest,
	rejectionRule,
} from '../shared/auth/credential';
import { BINDING_MODES } from './bindingModes';

/** The Private Number credential's optional "Binding Mode of the App". */
const APP_MODE_FIELD: INodeProperties = {
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
function assertAppMode(
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

/**
 * The runner's check of each item: a resource that needs an app of one binding mode is refused
 * before anything is sent when the credential declares another (the credential is read once).
 */
export function appModeCheck() {
	let declared: Promise<unknown> | undefined;
	return async (ctx: IExecuteFunctions, resource: Resource, itemIndex: number) => {
		if (!resource.appMode) return;
		declared ??= ctx.getCredentials('huaweiPrivateNumberApi').then((c) => c.appMode ?? '');
		assertAppMode(ctx.getNode(), itemIndex, await declared, resource.appMode, resource.option.name);
	};
}

/**
 * The Private Number test: with "Binding Mode of the App" set, it queries a binding that cannot
 * exist through that mode's API instead, so an app of another mode fails with 1010040 in the
 * credential form rather than in a workflow.
 */
export function appModeCredentialTest(): ICredentialTestRequest {
	const uris = JSON.stringify(
		Object.fromEntries(Object.entries(BINDING_MODES).map(([mode, { uri }]) => [mode, uri])),
	);
	const queried = `(${uris})[$credentials.appMode]`;
	return {
		request: {
			...huaweiCredentialTest.request,
			url: `={{ ${queried} ?? "${STOP_CALL_URI}" }}`,
			method: `={{ ${queried} ? "GET" : "POST" }}` as 'GET',
			qs: {
				subscriptionId: `={{ ${queried} ? "n8n-credential-test" : undefined }}`,
				app_key: '={{ $credentials.appMode === "AXYB" ? $credentials.appKey : undefined }}',
			},
			body: `={{ ${queried} ? {} : ${JSON.stringify(CALL_STOP_BODY)} }}` as unknown as object,
		},
		rules: [
			...BASE_RULES,
			rejectionRule(
				'1010040',
				'The app is not of the mode chosen in "Binding Mode of the App": choose the mode the app was created with on the console.',
			),
		],
	};
}
