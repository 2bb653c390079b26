import { MODE as AX, URI as AX_URI } from './axBinding/fields';
import { MODE as AXB, URI as AXB_URI } from './axbBinding/fields';
import { MODE as AXE, URI as AXE_URI } from './axeBinding/fields';
import { MODE as AXYB, URI as AXYB_URI } from './axybBinding/fields';

/** Each binding mode's query API: what the credential test asks when "Binding Mode of the App" is set. */
export const QUERY_URIS: Record<string, string> = {
	[AXB]: AXB_URI,
	[AX]: AX_URI,
	[AXE]: AXE_URI,
	[AXYB]: AXYB_URI,
};
