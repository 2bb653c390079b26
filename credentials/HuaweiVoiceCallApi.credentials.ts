import type {
	IAuthenticate,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import {
	huaweiCredentialProperties,
	huaweiCredentialTest,
	signHuaweiRequest,
} from '../nodes/shared/auth/credential';

export class HuaweiVoiceCallApi implements ICredentialType {
	name = 'huaweiVoiceCallApi';

	displayName = 'Huawei Voice Call API';

	icon: Icon = { light: 'file:huaweiCloud.svg', dark: 'file:huaweiCloud.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-huawei-voice-call#credentials';

	properties: INodeProperties[] = huaweiCredentialProperties(
		'https://rtccall.cn-north-1.myhuaweicloud.cn:443',
	);

	authenticate: IAuthenticate = signHuaweiRequest;

	test: ICredentialTestRequest = huaweiCredentialTest;
}
