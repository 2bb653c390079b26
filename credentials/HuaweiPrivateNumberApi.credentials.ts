import type {
	IAuthenticate,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { huaweiCredentialProperties, signHuaweiRequest } from '../nodes/shared/auth/credential';
import { appModeCredentialTest, withAppModeField } from '../nodes/HuaweiPrivateNumber/appMode';

export class HuaweiPrivateNumberApi implements ICredentialType {
	name = 'huaweiPrivateNumberApi';

	displayName = 'Huawei Private Number API';

	icon: Icon = { light: 'file:huaweiCloud.svg', dark: 'file:huaweiCloud.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-private-number#credentials';

	properties: INodeProperties[] = withAppModeField(
		huaweiCredentialProperties('https://rtcpns.cn-north-1.myhuaweicloud.com'),
	);

	authenticate: IAuthenticate = signHuaweiRequest;

	test: ICredentialTestRequest = appModeCredentialTest();
}
