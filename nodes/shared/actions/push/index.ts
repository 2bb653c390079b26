import type { TriggerProduct } from '../../trigger/product';
import type { Resource } from '../operation';
import { operationSelector } from '../operation';
import { verifyAndParseOperation } from './verifyAndParse';

const RESOURCE = 'push';

/** The Push resource of a service's action node: its pushes, read from n8n's own Webhook node. */
export function pushResource(product: TriggerProduct): Resource {
	return {
		option: {
			name: 'Push',
			value: RESOURCE,
			description: "A push from Huawei received by n8n's Webhook node",
		},
		selector: operationSelector(
			RESOURCE,
			[
				{
					name: 'Verify and Parse',
					value: 'verifyAndParse',
					action: 'Verify and parse push',
					description:
						'Check its signature and turn it into one item per event, as the trigger does',
				},
			],
			'verifyAndParse',
		),
		operations: { verifyAndParse: verifyAndParseOperation(product, RESOURCE) },
	};
}
