import type { INodePropertyOptions } from 'n8n-workflow';

import type { TriggerProduct } from '../../trigger/product';
import type { Operation, Resource } from '../operation';
import { operationSelector } from '../operation';
import { verifyAndParseOperation } from './verifyAndParse';

export const PUSH_RESOURCE = 'push';

/**
 * The Push resource of a service's action node: its pushes, read from n8n's own Webhook node, and
 * the service's own push operations (`more`, e.g. answering Block pushes).
 */
export function pushResource(
	product: TriggerProduct,
	more: { option: INodePropertyOptions; operation: Operation }[] = [],
): Resource {
	return {
		option: {
			name: 'Push',
			value: PUSH_RESOURCE,
			description: "A push from Huawei received by n8n's Webhook node",
		},
		selector: operationSelector(
			PUSH_RESOURCE,
			[
				...more.map(({ option }) => option),
				{
					name: 'Verify and Parse',
					value: 'verifyAndParse',
					action: 'Verify and parse push',
					description:
						'Check its signature and turn it into one item per event, as the trigger does',
				},
			].sort((a, b) => a.name.localeCompare(b.name)),
			'verifyAndParse',
		),
		operations: {
			verifyAndParse: verifyAndParseOperation(product, PUSH_RESOURCE),
			...Object.fromEntries(more.map(({ option, operation }) => [option.value, operation])),
		},
	};
}
