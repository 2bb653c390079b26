/**
 * The binding modes of a Private Number app, each with the API that creates, queries, changes and
 * removes its bindings. A leaf module (no imports): the actions and the credential test read it.
 */
export const BINDING_MODES = {
	AXB: { uri: '/rest/caas/relationnumber/partners/v1.0' },
	AX: { uri: '/rest/provision/caas/privatenumber/v1.0' },
	AXE: { uri: '/rest/caas/extendnumber/v1.0' },
	AXYB: { uri: '/rest/omp/xyrelationnumber/v1.0' },
} as const;
