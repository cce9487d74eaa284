import { AuthError, isNetworkError } from './errors.js';
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
 * concurrent callers share one in-flight request to it. A getter that fails makes the call fail
 * with an `AuthError` (`session_required`, the getter's error as its `cause`), except a
 * `NetworkError` or an error whose `status` is 500 or more (the partner's back end failed) or
 * 429 (it rate-limited the page), which the call fails with as it is.
 */
export function createMemberSession(
  getSessionToken: () => Promise<SessionTokenResult | null> | SessionTokenResult | null,
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
        renewAt = +new Date(expiresAt as string);
        // Expired already on arrival: the device's clock is ahead of the server's (set by hand,
        // or wrong after the battery ran flat). Renewal then waits for the server's 401, rather
        // than fetching a new token before every call.
        renewAt = renewAt > Date.now() ? renewAt - EARLY_REFRESH_MS : NaN;
        return (token = value);
      } catch (error) {
        // The getter could not reach its back end (the phone in a tunnel), or that back end failed
        // (an error with a `status` of 500 or more: a token endpoint's 503, ofetch's FetchError),
        // or it rate-limited the page (429): the session may be fine, and asking again later
        // works. Said as the error it is (the elements: 网络连接失败, 系统繁忙 or 操作太频繁 with
        // 重试), not as a lost login.
        const status = (error as { status?: number })?.status;
        if (isNetworkError(error) || status == 429 || status! >= 500) throw error;
        throw new AuthError(
          'session_required',
          401,
          'No member session',
          undefined,
          undefined,
          error,
        );
      } finally {
        pending = undefined;
      }
    })());

  return {
    get: async () => (token && !(Date.now() >= renewAt) ? token : load()),
    refresh: async (stale) =>
      pending ?? (token && token !== stale ? token : ((token = undefined), load())),
  };
}
