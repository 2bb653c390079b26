import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_COUNTRY_CODE, parseCountryCode } from '../phone';

/** The "Default Country Code" option: what numbers typed without a country code get. */
export function countryCodeOption(description: string): INodeProperties {
	return {
		displayName: 'Default Country Code',
		name: 'defaultCountryCode',
		type: 'string',
		default: DEFAULT_COUNTRY_CODE,
		description,
	};
}

/** The option's value as digits, or what is wrong with it. */
export function readCountryCode(value: unknown): { code: string } | { problem: string } {
	const code = parseCountryCode(value ?? DEFAULT_COUNTRY_CODE);
	return code
		? { code }
		: { problem: `"Default Country Code" must be 1-3 digits, not "${String(value)}"` };
}
