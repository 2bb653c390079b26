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

	documentationUrl =
		'https://support.huaweicloud.com/devg-PrivateNumber/privatenumber_01_0005.html';

	properties: INodeProperties[] = withAppModeField(
		huaweiCredentialProperties('https://rtcpns.cn-north-1.myhuaweicloud.com'),
	);

	authenticate: IAuthenticate = signHuaweiRequest;

	test: ICredentialTestRequest = appModeCredentialTest();
}
