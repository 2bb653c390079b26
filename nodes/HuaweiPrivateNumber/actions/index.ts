import type { Resource } from '../../shared/actions/operation';
import {
	listSearchOf,
	nodeProperties,
	registryOf,
	subtitleOf,
} from '../../shared/actions/operation';
import { callResource } from '../../shared/actions/call';
import { PUSH_RESOURCE, pushResource } from '../../shared/actions/push';
import { recordingResource } from '../../shared/actions/recording';
import { PRODUCT } from '../../HuaweiPrivateNumberTrigger/product';
import { axBindingResource } from './axBinding';
import { axbBindingResource } from './axbBinding';
import { axeBindingResource } from './axeBinding';
import { axybBindingResource } from './axybBinding';
import { answerBlockPushOperation } from './push/answerBlockPush';

/** Every resource of the node: the four binding modes, the call and recording APIs Voice Call shares, and pushes. */
const RESOURCES: Resource[] = [
	axbBindingResource,
	axBindingResource,
	axeBindingResource,
	axybBindingResource,
	callResource,
	recordingResource,
	pushResource(PRODUCT, [
		{
			option: {
				name: 'Answer Block Push',
				value: 'answerBlockPush',
				action: 'Answer block push',
				description:
					'Forward or discard an SMS, connect or end a call: the answer for a Respond to Webhook node',
			},
			operation: answerBlockPushOperation(PUSH_RESOURCE),
		},
	]),
];

export const properties = nodeProperties(RESOURCES, 'axbBinding');
export const registry = registryOf(RESOURCES);
export const subtitle = subtitleOf(RESOURCES);
export const listSearch = listSearchOf(RESOURCES);
