// The demo applications `npm run simulator` and `npm start` seed: one per mode, with callbacks
// pointing at `callbackBase` (an n8n webhook URL) when given.
/**
 * @param {string} [callbackBase]
 * @returns {import('./state').AppSpec[]}
 */
function sampleApps(callbackBase) {
	/** @type {(path: string) => Record<string, string>} */
	const callbacks = (path) =>
		callbackBase
			? {
					status: `${callbackBase}/${path}`,
					fee: `${callbackBase}/${path}`,
					smsNotify: `${callbackBase}/${path}`,
					smsBlock: `${callbackBase}/${path}`,
					numStatus: `${callbackBase}/${path}`,
				}
			: {};
	const numbers = (prefix, count, areaCode = '0755') =>
		Array.from({ length: count }, (_, i) => ({
			number: `+86${prefix}${String(i + 1).padStart(4, '0')}`,
			areaCode,
		}));
	return [
		{
			appKey: 'demoAxbAppKey0001',
			appSecret: 'demoAxbAppSecret-0123456789abcdef',
			mode: 'AXB',
			numbers: [...numbers('1701000', 3), ...numbers('1701100', 2, '010')],
			callbacks: callbacks('huawei-private-number'),
		},
		{
			appKey: 'demoAxAppKey00001',
			appSecret: 'demoAxAppSecret-0123456789abcdef',
			mode: 'AX',
			numbers: numbers('1702000', 6),
			callbacks: callbacks('huawei-private-number'),
		},
		{
			appKey: 'demoAxeAppKey0001',
			appSecret: 'demoAxeAppSecret-0123456789abcdef',
			mode: 'AXE',
			extensionLength: 4,
			numbers: numbers('1703000', 2),
			callbacks: callbacks('huawei-private-number'),
		},
		{
			appKey: 'demoAxybAppKey001',
			appSecret: 'demoAxybAppSecret-0123456789abcdef',
			mode: 'AXYB',
			numbers: numbers('1704000', 4),
			callbacks: callbacks('huawei-private-number'),
		},
		{
			appKey: 'demoXAppKey000001',
			appSecret: 'demoXAppSecret-0123456789abcdef',
			mode: 'X',
			numbers: numbers('1705000', 2),
			callbacks: callbacks('huawei-private-number'),
		},
		{
			appKey: 'demoVoiceAppKey01',
			appSecret: 'demoVoiceAppSecret-0123456789abcdef',
			mode: 'VOICE',
			displayNumbers: ['+8675528880001'],
			callbacks: callbacks('huawei-voice-call'),
		},
	];
}

module.exports = { sampleApps };
