import type { Resource } from '../../shared/actions/operation';
import {
	listSearchOf,
	nodeProperties,
	registryOf,
	subtitleOf,
} from '../../shared/actions/operation';
import { callResource } from '../../shared/actions/call';
import { pushResource } from '../../shared/actions/push';
import { recordingResource } from '../../shared/actions/recording';
import { PRODUCT } from '../../HuaweiPrivateNumberTrigger/product';
import { axBindingResource } from './axBinding';
import { axbBindingResource } from './axbBinding';
import { axeBindingResource } from './axeBinding';
import { axybBindingResource } from './axybBinding';

/** Every resource of the node: the four binding modes, the call and recording APIs Voice Call shares, and pushes. */
const RESOURCES: Resource[] = [
	axbBindingResource,
	axBindingResource,
	axeBindingResource,
	axybBindingResource,
	callResource,
	recordingResource,
	pushResource(PRODUCT),
];

export const properties = nodeProperties(RESOURCES, 'axbBinding');
export const registry = registryOf(RESOURCES);
export const subtitle = subtitleOf(RESOURCES);
export const listSearch = listSearchOf(RESOURCES);
