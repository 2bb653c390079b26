import type { Resource } from '../../shared/actions/operation';
import { nodeProperties, registryOf, subtitleOf } from '../../shared/actions/operation';
import { callResource } from '../../shared/actions/call';
import { pushResource } from '../../shared/actions/push';
import { recordingResource } from '../../shared/actions/recording';
import { PRODUCT } from '../../HuaweiVoiceCallTrigger/product';
import { clickToCallResource } from './clickToCall';
import { notificationResource } from './notification';
import { verificationCodeResource } from './verificationCode';

/** Every resource of the node: the three call types, the call and recording APIs Private Number shares, and pushes. */
const RESOURCES: Resource[] = [
	verificationCodeResource,
	notificationResource,
	clickToCallResource,
	callResource,
	recordingResource,
	pushResource(PRODUCT),
];

export const properties = nodeProperties(RESOURCES, 'verificationCode');
export const registry = registryOf(RESOURCES);
export const subtitle = subtitleOf(RESOURCES);
