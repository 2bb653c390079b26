import type { ICredentialTestRequest, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
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
		{ name: 'Any Mode (Not Set)', value: '', description: 'Any operation may be tried' },
		{ name: 'AX', value: 'AX' },
		{ name: 'AXB', value: 'AXB' },
		{ name: 'AXE', value: 'AXE' },
		{ name: 'AXYB', value: 'AXYB' },
		{ name: 'X (Calls to X Decided by a Workflow)', value: 'X' },
	],
	default: '',
	description:
		'The mode the app was created with (console: Application Management). When set, the node refuses binding operations of another mode before sending anything, and the credential test checks AX, AXB, AXE and AXYB against Huawei (an X app cannot be told apart by a test).',
};

/** The credential's fields with "Binding Mode of the App" right after the App Access Address. */
export function withAppModeField(properties: INodeProperties[]): INodeProperties[] {
	const after = properties.findIndex((property) => property.name === 'accessAddress') + 1;
	return [...properties.slice(0, after), APP_MODE_FIELD, ...properties.slice(after)];
}

/** The binding modes an app can be created with (X: calls to X decided by a workflow). */
const APP_MODES = ['AX', 'AXB', 'AXE', 'AXYB', 'X'];
const NOT_A_MODE =
	'"Binding Mode of the App" is not a binding mode: choose AX, AXB, AXE, AXYB or X (or Any Mode)';
/**
 * Where the credential test sends a value that is no mode: nowhere. n8n's HTTP client answers a
 * POST to a data: URL itself, with 405, which the test's rules turn into NOT_A_MODE.
 */
const NOWHERE = 'data:application/json,{}';

/**
 * The credential's Binding Mode of the App as the dropdown would give it: trimmed and in upper case
 * ("" when not set), or what is wrong with it (a value the dropdown cannot produce, which came
 * through the API or an imported credential). Only listed modes count: a name is never looked up.
 */
export function declaredAppMode(value: unknown): { mode: string } | { problem: string } {
	if (value === undefined || value === null) return { mode: '' };
	const mode = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
	if (mode === '' || (mode !== undefined && APP_MODES.includes(mode))) return { mode };
	return { problem: NOT_A_MODE };
}

/** Why an app of the credential's mode cannot serve `what`, which needs an app of `needed` (none: any app). */
export function appModeProblem(
	value: unknown,
	needed: string | undefined,
	what: string,
): { message: string; description: string } | undefined {
	const app = declaredAppMode(value);
	if ('problem' in app)
		return {
			message: app.problem,
			description: 'Correct "Binding Mode of the App" in the credential.',
		};
	if (!needed || app.mode === '' || app.mode === needed) return undefined;
	return {
		message: `"${what}" needs an ${needed} app, but the credential says its app is ${app.mode}`,
		description: `Choose the credential of an ${needed} app, or correct "Binding Mode of the App" in the credential if it is wrong. Huawei would refuse the request with 1010040 (the app_key is not allowed to invoke the API).`,
	};
}

/**
 * The runner's check of each item: a resource that needs an app of one binding mode is refused
 * before anything is sent when the credential declares another (Huawei would answer 1010040
 * after the fact); every resource is refused when the credential declares something that is no
 * mode at all. The credential is read once.
 */
export function appModeCheck() {
	let declared: Promise<unknown> | undefined;
	return async (ctx: IExecuteFunctions, resource: Resource, itemIndex: number) => {
		// A credential that cannot be read is the operation's to report, where it needs one.
		declared ??= ctx.getCredentials('huaweiPrivateNumberApi').then(
			(credentials) => credentials.appMode,
			() => undefined,
		);
		const problem = appModeProblem(await declared, resource.appMode, resource.option.name);
		if (problem)
			throw new NodeOperationError(ctx.getNode(), `${problem.message} [item ${itemIndex}]`, {
				itemIndex,
				description: problem.description,
			});
	};
}

/**
 * The Private Number test: with "Binding Mode of the App" set, it queries a binding that cannot
 * exist through that mode's API instead, so an app of another mode fails with 1010040 in the
 * credential form rather than in a workflow; a value that is no mode fails with the message the
 * operations give. (n8n evaluates these expressions: they repeat declaredAppMode's reading.)
 */
export function appModeCredentialTest(): ICredentialTestRequest {
	const modes = Object.keys(BINDING_MODES);
	const uris = JSON.stringify(
		Object.fromEntries(Object.entries(BINDING_MODES).map(([mode, { uri }]) => [mode, uri])),
	);
	// Text only, as declaredAppMode reads it (a list holding "AXB" is no mode).
	const mode =
		'(typeof $credentials.appMode === "string" ? $credentials.appMode.trim().toUpperCase() : $credentials.appMode == null ? "" : "-")';
	const queried = `${JSON.stringify(modes)}.includes(${mode})`;
	const known = `${JSON.stringify(['', 'X', ...modes])}.includes(${mode})`;
	return {
		request: {
			...huaweiCredentialTest.request,
			baseURL: `={{ ${known} ? $credentials.accessAddress : "${NOWHERE}" }}`,
			url: `={{ ${queried} ? (${uris})[${mode}] : ${known} ? "${STOP_CALL_URI}" : "" }}`,
			method: `={{ ${queried} ? "GET" : "POST" }}` as 'GET',
			qs: {
				subscriptionId: `={{ ${queried} ? "n8n-credential-test" : undefined }}`,
				app_key: `={{ ${mode} === "AXYB" ? $credentials.appKey : undefined }}`,
			},
			body: `={{ ${queried} ? {} : ${JSON.stringify(CALL_STOP_BODY)} }}` as unknown as object,
			// Huawei's answers are read whatever their status; only the local 405 above is an error.
			ignoreHttpStatusErrors: `={{ ${known} }}` as unknown as boolean,
		},
		// n8n applies both kinds of rule (its type lists one kind at a time).
		rules: [
			{ type: 'responseCode', properties: { value: 405, message: NOT_A_MODE } },
			...BASE_RULES,
			rejectionRule(
				'1010040',
				'The app is not of the mode chosen in "Binding Mode of the App": choose the mode the app was created with on the console.',
			),
		] as unknown as ICredentialTestRequest['rules'],
	};
}
