import { AuthError } from './errors.js';
import type { SessionTokenResult } from './types.js';

/** Renew a token this long before the expiry the getter announced, so it never expires in flight. */
const EARLY_REFRESH_MS = 30_000;

export interface SessionTokens {
  /** A valid token: the cached one, or a fresh one from the getter. */
  get(): Promise<string>;
  /** A new token after the server refused `stale`; calls that saw the same refusal share one. */
  refresh(stale: string | undefined): Promise<string>;
}

/**
 * Keeps the member session token in this closure only (never in storage), asks the partner's
 * getter lazily, and makes concurrent callers share one in-flight request to it.
 */
export function sessionTokens(getter: () => Promise<SessionTokenResult> | SessionTokenResult) {
  let token: string | undefined;
  let renewAt = Infinity;
  let pending: Promise<string> | undefined;

  const load = (): Promise<string> =>
    (pending ??= (async () => {
      try {
        // Never call the getter synchronously: `pending` must be set before this settles.
        const result = await Promise.resolve().then(getter);
        const value = typeof result === 'string' ? result : result?.token;
        if (!value) throw new TypeError('getSessionToken() returned no token');
        const expiresAt = typeof result === 'string' ? undefined : result.expiresAt;
        const expiry = expiresAt === undefined ? NaN : new Date(expiresAt).getTime();
        token = value;
        renewAt = isNaN(expiry) ? Infinity : expiry - EARLY_REFRESH_MS;
        return value;
      } catch (error) {
        throw new AuthError(
          'session_required',
          'Could not get a member session',
          undefined,
          undefined,
          error,
        );
      } finally {
        pending = undefined;
      }
    })());

  return {
    get: () => (token && Date.now() < renewAt ? Promise.resolve(token) : load()),
    refresh: (stale: string | undefined) => {
      if (pending) return pending;
      if (token && token !== stale) return Promise.resolve(token);
      token = undefined;
      return load();
    },
  } satisfies SessionTokens;
}

/** A member session that several clients share (`ClientOptions.session`). */
export type MemberSession = SessionTokens;

/**
 * A member session for several clients of one page, e.g. one per endpoint family
 * (`createClientFor(cardEndpoints, { baseUrl, session })`): one call of `getSessionToken`
 * serves them all, and a token the server refused is renewed once for all of them. The token
 * stays in memory only.
 */
export function createMemberSession(
  getSessionToken: () => Promise<SessionTokenResult> | SessionTokenResult,
): MemberSession {
  return sessionTokens(getSessionToken);
}
