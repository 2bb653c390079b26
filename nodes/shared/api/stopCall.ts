/**
 * Stop Call: one API in Private Number (every mode) and Voice Call. The stop operation sends it;
 * the credential test sends it for a call that cannot exist.
 */
export const STOP_CALL_URI = '/rest/httpsessions/callStop/v2.0';

export const stopCallBody = (sessionId: string) => ({ sessionid: sessionId, signal: 'call_stop' });
