import type { IDataObject, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemParameters } from '../../parameters/itemParameters';
import { describeType } from '../../parameters/itemParameters';
import { simplifyProperty } from '../../parameters/simplify';
import { readBodyValue } from '../../trigger/body';
import { unrecordedItems } from '../../trigger/dedupe';
import { eventsProperty, SIGNATURE_PROPERTIES } from '../../trigger/description';
import { memoryOf, triggerKeyOf } from '../../trigger/memory';
import type { TriggerProduct } from '../../trigger/product';
import { freshItems, receivePush, refusalHint } from '../../trigger/receive';
import type { ParameterReader, TriggerSettings } from '../../trigger/settings';
import { DEDUPE_TTL_MS, readSettings } from '../../trigger/settings';
import type { Operation } from '../operation';
import { forOperation } from '../operation';

/** One push as the Webhook node handed it over, and how to read it. */
interface PushPlan {
	headers: IDataObject;
	body: unknown;
	pushUrl?: string;
	settings: TriggerSettings;
	read: ParameterReader;
}

/** A parameter that only hands over a field of the input item, e.g. the default `={{ $json.body }}`. */
const ITEM_FIELD = /^=\{\{\s*\$json\.(\w+)\s*\}\}$/;

/**
 * Reads the operation's parameters for one item: a parameter that only hands over an input field
 * (the defaults) straight from the item, without the expression engine; the others as any item's.
 */
function pushParameters(item: ItemParameters): ParameterReader {
	const json = item.ctx.getInputData()[item.itemIndex]?.json ?? {};
	return (name, fallback) => {
		const value = item.parameters[name];
		const field = typeof value === 'string' ? ITEM_FIELD.exec(value)?.[1] : undefined;
		if (field !== undefined) return json[field] ?? fallback;
		return item.raw(name, fallback);
	};
}

function properties(product: TriggerProduct): INodeProperties[] {
	const signsUrl = product.verifyKind === 'voiceCallPush';
	return [
		{
			displayName:
				"For pushes received by n8n's own Webhook node (POST). This checks the signature, splits the push into one item per event and drops re-pushes, as the trigger does; the Webhook node answers Huawei.",
			name: 'verifyAndParseNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Headers',
			name: 'headers',
			type: 'json',
			default: '={{ $json.headers }}',
			description: "The push's HTTP headers, as the Webhook node puts them out",
		},
		{
			displayName: 'Body',
			name: 'body',
			type: 'json',
			default: '={{ $json.body }}',
			description: "The push's JSON body (or its text), as the Webhook node puts it out",
		},
		...(signsUrl
			? [
					{
						displayName: 'Push URL',
						name: 'pushUrl',
						type: 'string',
						default: '={{ $json.webhookUrl }}',
						description:
							"The URL Huawei sent the push to (Voice Call signs it): the Webhook node's URL, as given to Huawei",
					} satisfies INodeProperties,
				]
			: []),
		eventsProperty(product.events),
		simplifyProperty,
		...SIGNATURE_PROPERTIES,
	];
}

/**
 * Push → Verify and Parse: what the service's trigger does with a push, for a push n8n's Webhook
 * node received. One parser, one verifier and one de-duplication with the trigger; a refused push
 * fails its item (with Continue On Fail: an error item naming why).
 */
export function verifyAndParseOperation(
	product: TriggerProduct,
	resource: string,
): Operation<PushPlan> {
	return {
		description: forOperation(resource, 'verifyAndParse', properties(product)),
		prepare(item: ItemParameters) {
			const read = pushParameters(item);
			const settings = readSettings(read);
			if ('problem' in settings) item.fail('The settings', settings.problem);
			const headers = read('headers', undefined);
			if (headers === null || typeof headers !== 'object' || Array.isArray(headers))
				item.fail(
					'"Headers"',
					`must be the Webhook node's headers (an object), not ${describeType(headers)}`,
				);
			const pushUrl =
				product.verifyKind === 'voiceCallPush' ? read('pushUrl', undefined) : undefined;
			if (pushUrl !== undefined && typeof pushUrl !== 'string')
				item.fail('"Push URL"', `must be text, not ${describeType(pushUrl)}`);
			return {
				headers: headers as IDataObject,
				body: read('body', undefined),
				pushUrl: pushUrl as string | undefined,
				settings,
				read,
			};
		},
		async execute(plan, api) {
			const now = Date.now();
			const refused = (status: number, error: string, reason: string) =>
				new NodeOperationError(api.node, `${error}: ${reason} [item ${api.itemIndex}]`, {
					itemIndex: api.itemIndex,
					description: refusalHint(status, reason),
				});
			const body = readBodyValue(plan.body, plan.settings.maxBodyBytes);
			if (!body.ok)
				throw refused(
					body.status,
					body.status === 413 ? 'Push body too large' : 'Not a Huawei push',
					body.reason,
				);
			const received = await receivePush(
				{
					headers: plan.headers,
					body: body.body,
					pushUrls: () => (plan.pushUrl ? [plan.pushUrl] : []),
					node: api.node,
					credentials: api.credentials,
				},
				product,
				plan.settings,
				now,
			);
			if (!received.ok) throw refused(received.status, received.error, received.reason);
			if (this.getMode() === 'manual') return received.items.map(({ json }) => json);
			// A Block push waits for the workflow's answer every time it comes: it is never dropped.
			const fresh: INodeExecutionData[] = (
				received.push.block
					? received.items
					: freshItems(
							received.items,
							memoryOf(triggerKeyOf(this), plan.settings.dedupeCacheSize, DEDUPE_TTL_MS),
							plan.settings,
							now,
						)
			).map(({ json }) => ({ json }));
			const kept = await unrecordedItems(this, fresh, plan.read, product.stateOf);
			return kept.map(({ json }) => json);
		},
	};
}
