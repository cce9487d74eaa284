import type { MemberSession } from './session.js';

/** The languages of the API's messages. */
export type Locale = 'zh-CN' | 'en';

/** What `getSessionToken()` may return: the token, or the token with its expiry (ISO 8601). */
export type SessionTokenResult =
  | string
  | {
      /** The member session token (`st_…`). */
      token: string;
      /** When it expires (ISO 8601, epoch ms or a Date); it is renewed 30 s before. */
      expiresAt?: string | number | Date | undefined;
    };

/** Options of one call; every method takes them as its last argument. */
export interface CallOptions {
  /** Aborts the call (retries and waits included); the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * For endpoints that take one (orders, loan applications): a key you keep with your own record,
   * so that a repeat of the same call is applied once. The client makes one per call when you
   * give none (or `''`), and sends the same key on every retry of that call. 1 to 255 printable
   * ASCII characters without spaces (a UUID, `order-20261127-001`): a Chinese character or a line
   * break in it throws fetch's `TypeError` and sends nothing; a space inside or a longer key is
   * answered 422 `invalid_request` on the field `Idempotency-Key`.
   */
  idempotencyKey?: string | undefined;
  /** Timeout of each attempt in ms (overrides the client's `timeout`). */
  timeout?: number | undefined;
  /**
   * Lets the request outlive the page (fetch's `keepalive`): for a last save when the page is
   * hidden or closed. Browsers cap the bodies of such requests in flight at 64 KB in total.
   */
  keepalive?: boolean | undefined;
}

/** How failed calls that are safe to repeat are retried. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  limit?: number | undefined;
  /** Delay before the first retry; it doubles with every further retry (full jitter). Default 300. */
  baseDelayMs?: number | undefined;
  /** Upper bound of one backoff delay. Default 5000. */
  maxDelayMs?: number | undefined;
  /**
   * The longest `Retry-After` the client waits for; a longer one fails the call at once with the
   * `rate_limited`/`service_unavailable` error so the app can tell the member. Default 20000.
   */
  maxRetryAfterMs?: number | undefined;
}

/**
 * A request as observation hooks see it. The `authorization` header is redacted: hooks may
 * log what they get without leaking keys or member sessions.
 */
export interface RequestDescription {
  /** The endpoint name, e.g. `me.orders.create`. */
  endpoint: string;
  /** Request headers, lower-case names, `authorization` replaced by `[redacted]`. */
  headers: Record<string, string>;
  /** 1 for the first attempt, 2 for the first retry … */
  attempt: number;
  /** The HTTP method. */
  method: string;
  /** The full URL, query included. */
  url: string;
}

/** A response as observation hooks see it (the body is not included). */
export interface ResponseDescription extends RequestDescription {
  /** The HTTP status of this attempt. */
  status: number;
  /** `X-Request-Id` of the response. */
  requestId: string | undefined;
  /** Time from sending the attempt to the response headers, in ms. */
  durationMs: number;
}

/**
 * Observation hooks for logging and metrics. They are called for every attempt, cannot change
 * the request or response, and an exception they throw (or an async hook's rejection) is ignored
 * so it cannot break a call, nor end a Node process as an unhandled rejection.
 */
export interface ClientHooks {
  /** Called as each attempt is sent (after auth was added; it is redacted here). */
  beforeRequest?: ((request: RequestDescription) => void) | undefined;
  /** Called when each attempt's response headers arrive, errors included. */
  afterResponse?: ((response: ResponseDescription) => void) | undefined;
}

/** Options shared by `createClient` and `createServerClient`. */
export interface TransportOptions {
  /**
   * The API origin (and optional path prefix), e.g. `https://sandbox.jiagong.example`, without
   * `/v1`: each method adds `/v1/…`.
   */
  baseUrl: string;
  /** Language of the API's messages (`Accept-Language`). Default `zh-CN`. */
  locale?: Locale | undefined;
  /** A `fetch` to use instead of the global one (SSR frameworks, instrumentation, tests). */
  fetch?: typeof fetch | undefined;
  /** Retry policy, or `0` to never retry. */
  retry?: RetryOptions | number | undefined;
  /**
   * Timeout of each attempt in ms. Default 10000. Not off at 0 (as in axios): the browser client
   * takes 0 as the default, the server client refuses it, and one beyond 2147483647, when it is
   * created.
   */
  timeout?: number | undefined;
  /** Observation hooks for logging and metrics (they see no credentials). */
  hooks?: ClientHooks | undefined;
}

/** Options of {@link createClient}. */
export interface ClientOptions extends TransportOptions {
  /** Your publishable key (`pk_…`); safe in a browser. */
  publishableKey?: string | undefined;
  /**
   * Returns a member session token (`st_…`) minted by your back end. Called lazily, again when
   * the token is about to expire (with `expiresAt`) or was refused, never more than once at a
   * time. The token is kept in memory only. `null` (or throwing) says nobody is signed in: the
   * call fails with an `AuthError` (`session_required`). Throw a `NetworkError` when your back
   * end is unreachable, or an error whose `status` is 500 or more when it failed: the call then
   * fails with that error, not as a lost login.
   */
  getSessionToken?:
    (() => Promise<SessionTokenResult | null> | SessionTokenResult | null) | undefined;
  /**
   * A member session shared with other clients, from {@link createMemberSession}: several
   * clients of one page (e.g. one per endpoint family) then ask your back end once and renew
   * together. Used instead of `getSessionToken`.
   */
  session?: MemberSession | undefined;
}

/** Options of {@link createServerClient}. */
export interface ServerClientOptions extends TransportOptions {
  /** Your secret key (`sk_…`). Never ship it to a browser. */
  secretKey: string;
}
