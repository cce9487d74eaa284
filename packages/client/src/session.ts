import { AuthError } from './errors.js';
import type { SessionTokenResult } from './types.js';

/** Renew a token this long before the expiry the getter announced, so it never expires in flight. */
const EARLY_REFRESH_MS = 30_000;

/** A member session that several clients share (`ClientOptions.session`). */
export interface MemberSession {
  /** A valid token: the cached one, or a fresh one from the getter. */
  get(): Promise<string>;
  /** A new token after the server refused `stale`; calls that saw the same refusal share one. */
  refresh(stale: string | undefined): Promise<string>;
}

/**
 * A member session for several clients of one page, e.g. one per endpoint family
 * (`createClientFor(cardEndpoints, { baseUrl, session })`): one call of `getSessionToken`
 * serves them all, and a token the server refused is renewed once for all of them. The token
 * stays in memory only (this closure, never storage); the getter is asked lazily, and
 * concurrent callers share one in-flight request to it.
 */
export function createMemberSession(
  getSessionToken: () => Promise<SessionTokenResult> | SessionTokenResult,
): MemberSession {
  let token: string | undefined;
  // NaN (no expiry announced) never compares as due.
  let renewAt: number;
  let pending: Promise<string> | undefined;

  const load = (): Promise<string> =>
    (pending ??= (async () => {
      try {
        // Never call the getter synchronously: `pending` must be set before this settles.
        const result = await Promise.resolve().then(getSessionToken);
        const { token: value, expiresAt } = (
          typeof result === 'string' ? { token: result } : (result ?? {})
        ) as Partial<Exclude<SessionTokenResult, string>>;
        if (typeof value !== 'string' || !value) {
          throw new TypeError('getSessionToken() returned no token');
        }
        renewAt = +new Date(expiresAt as string) - EARLY_REFRESH_MS;
        return (token = value);
      } catch (error) {
        throw new AuthError(
          'session_required',
          401,
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
    get: () => (token && !(Date.now() >= renewAt) ? Promise.resolve(token) : load()),
    refresh: (stale) =>
      pending ??
      (token && token !== stale ? Promise.resolve(token) : ((token = undefined), load())),
  };
}
