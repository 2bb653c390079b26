import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { HuaweiCredentialType } from '../auth/credential';
import type { CreatedClock, SignatureFailure, VerifyOptions } from '../auth/verify';
import { verifySignedHeaders } from '../auth/verify';
import { pushNonces } from './memory';
import type { PushSource } from './receive';

/**
 * Decrypted credentials are kept for a minute per credential and process: n8n decrypts them (and
 * builds an expression sandbox) on every getCredentials() call, which would double the cost of each
 * push. A push signed with a new secret refreshes the cache at once; after a rotation the old secret
 * stays accepted for at most CREDENTIAL_CACHE_MS.
 */
const CREDENTIAL_CACHE_MS = 60_000;
/** The longest Signature Time Window the node allows: nonces are remembered at least this long. */
export const MAX_WINDOW_SECONDS = 900;

const credentialCache = new Map<
	string,
	{ credentials: ICredentialDataDecryptedObject; at: number }
>();

async function credentialsOf(
	source: Pick<PushSource, 'node' | 'credentials'>,
	type: HuaweiCredentialType,
	fresh: boolean,
	now: number,
) {
	const id = source.node.credentials?.[type]?.id;
	const cacheKey = id ? `${type}:${id}` : undefined;
	const cached = cacheKey ? credentialCache.get(cacheKey) : undefined;
	if (!fresh && cached && now - cached.at < CREDENTIAL_CACHE_MS)
		return { credentials: cached.credentials, cached: true };
	const credentials = await source.credentials();
	if (cacheKey) credentialCache.set(cacheKey, { credentials, at: now });
	return { credentials, cached: false };
}

export type SignatureCheck =
	| { ok: true; scheme: string; clock: CreatedClock }
	| { ok: false; failure: SignatureFailure | 'replayedNonce' };

export interface SignatureOptions {
	credentialType: HuaweiCredentialType;
	kind: VerifyOptions['kind'];
	windowSeconds: number;
	now: number;
}

/**
 * Checks the push's X-AKSK/X-WSSE headers against the credential and refuses a nonce seen before.
 * Nonces are remembered until the signature could no longer be valid under any allowed window.
 */
export async function checkSignature(
	source: Pick<PushSource, 'headers' | 'node' | 'credentials' | 'pushUrls'>,
	options: SignatureOptions,
): Promise<SignatureCheck> {
	const verify = (credentials: ICredentialDataDecryptedObject) =>
		verifySignedHeaders(source.headers as Record<string, string>, {
			secretFor: (username) =>
				username === credentials.appKey ? String(credentials.appSecret) : undefined,
			windowSeconds: options.windowSeconds,
			kind: options.kind,
			pushUrls: options.kind === 'voiceCallPush' ? source.pushUrls() : undefined,
			acceptBeijingClock: true,
			now: new Date(options.now),
		});
	let { credentials, cached } = await credentialsOf(
		source,
		options.credentialType,
		false,
		options.now,
	);
	let verdict = verify(credentials);
	if (
		!verdict.ok &&
		cached &&
		(verdict.failure === 'badDigest' || verdict.failure === 'unknownUsername')
	) {
		({ credentials, cached } = await credentialsOf(
			source,
			options.credentialType,
			true,
			options.now,
		));
		verdict = verify(credentials);
	}
	if (!verdict.ok) return { ok: false, failure: verdict.failure };
	// Read as UTC, Created is the latest time any reading accepts (the Beijing reading is 8 h earlier).
	const lastAccepted =
		Date.parse(verdict.created) + Math.max(options.windowSeconds, MAX_WINDOW_SECONDS) * 1000;
	if (
		!pushNonces.firstTime(
			`${options.credentialType}|${verdict.username}|${verdict.nonce}`,
			lastAccepted + 60_000,
			options.now,
		)
	)
		return { ok: false, failure: 'replayedNonce' };
	return {
		ok: true,
		scheme: verdict.scheme === 'aksk' ? 'X-AKSK' : 'X-WSSE',
		clock: verdict.clock,
	};
}
