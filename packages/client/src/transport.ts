import type * as z from 'zod/mini';
import ky, { isHTTPError, isTimeoutError as isKyTimeoutError } from 'ky';
import {
  ErrorBody,
  IDEMPOTENCY_KEY_HEADER,
  REQUEST_ID_HEADER,
  isRetrySafe,
  type Endpoint,
} from '@jiagong/contract';
import {
  ApiError,
  AuthError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  isNetworkError,
  type ResponseIssue,
} from './errors.js';
import { newIdempotencyKey } from './idempotency.js';
import type { MemberSession } from './session.js';
import type { CallOptions, RequestDescription, TransportOptions } from './types.js';

/**
 * Runs an observation hook, on the next microtask: it must never break a call. What it throws
 * is ignored, and so is the rejection of an async hook's promise (Node ends the process on an
 * unhandled one).
 */
const observe = (report: () => unknown) =>
  Promise.resolve()
    .then(report)
    .catch(() => {});

/**
 * Sends one call of an endpoint and returns its validated response. `input` is the query of an
 * endpoint with a query, else its body.
 */
export type Send = (
  name: string,
  endpoint: Endpoint,
  path: string,
  input: unknown,
  options: CallOptions | undefined,
) => Promise<unknown>;

/**
 * Retried statuses; `shouldRetry` adds the rarer 5xx, and keeps of 409 `idempotency_key_in_use`
 * only. 501 will not change on a retry.
 */
const RETRY_STATUSES = [408, 409, 429, 500, 502, 503, 504];

/** The error envelope of a response body, when it is a valid one. */
function errorOf(text: string | undefined): ErrorBody['error'] | undefined {
  try {
    return ErrorBody.safeParse(JSON.parse(text!)).data?.error;
  } catch {
    return undefined;
  }
}

/**
 * zod/mini ships no messages (all say "Invalid input"): say what was expected instead. The
 * contract's pattern checks (dates, URLs) carry their own message.
 */
const describeIssue = (issue: z.core.$ZodIssue): string =>
  'expected' in issue
    ? `expected ${issue.expected}`
    : 'values' in issue
      ? `expected one of ${issue.values.join(', ')}`
      : issue.message;

/** Why a signal aborted; `reason` is missing before Chrome 98 / Safari 15.4. */
const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('This operation was aborted', 'AbortError');

/**
 * Builds the HTTP layer of a client on ky: ky does the retries (backoff, full jitter,
 * `Retry-After`), timeouts and hooks; this adds the API's auth, idempotency, error envelope,
 * session renewal and response validation. Each attempt reads its whole body inside ky's
 * `fetch`, so ky's timeout also bounds a body that stalls, and ky's retries repeat one that was
 * cut off. `key` is the publishable or secret key, `tokens` the member session, if any.
 */
export function createTransport(
  options: TransportOptions,
  key: string | undefined,
  tokens?: MemberSession,
): Send {
  // ky calls Object.hasOwn, missing before Chrome 93; Chrome 90+ WebViews are supported.
  Object.hasOwn ??= Function.call.bind({}.hasOwnProperty) as typeof Object.hasOwn;
  const { hooks, timeout, locale = 'zh-CN' } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const {
    limit: retryLimit = 2,
    baseDelayMs = 300,
    maxDelayMs = 5000,
    maxRetryAfterMs = 20_000,
  } = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});

  // ky merges every option it is given, on every call (a `ky.create` instance's defaults too,
  // deeply: headers, hooks and retry options each become new objects): a call gives it only the
  // retry policy, timeout and fetch, and the attempt sets the headers on the request itself.
  const retry = {
    methods: ['get', 'put', 'delete', 'post'],
    statusCodes: RETRY_STATUSES,
    afterStatusCodes: RETRY_STATUSES,
    // Exponential backoff before retry `n` (1, 2 …), capped; ky adds full jitter (so the cap holds).
    delay: (n: number) => Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)),
    jitter: true,
    // No `retryOnTimeout`: shouldRetry answers a timeout itself (ky's flag is read after it).
  };

  return async (name, endpoint, path, input, callOptions) => {
    const signal = callOptions?.signal;
    if (signal?.aborted) throw abortReason(signal);
    let url = baseUrl + path;
    // Not ky's `searchParams`: it builds each request twice. Values become strings as in
    // `String(value)`; unset ones are left out.
    const query =
      endpoint.query &&
      input &&
      String(
        new URLSearchParams(
          Object.entries(input).filter(([, value]) => value != null) as [string, string][],
        ),
      );
    if (query) url += `?${query}`;
    const idempotencyKey =
      endpoint.idempotencyKey && (callOptions?.idempotencyKey || newIdempotencyKey());
    const limit = isRetrySafe(endpoint, !!idempotencyKey) ? retryLimit : 0;

    // This call's state, shared by the attempts and shouldRetry below.
    /** Requests sent so far (retries and the repeat after a session renewal included). */
    let attempts = 0;
    /** The member session token sent with the latest attempt, if one was. */
    let token: string | undefined;
    /** `X-Request-Id` of the latest attempt's response. */
    let requestId: string | undefined;
    /** Body of the latest attempt's response, read within the attempt. */
    let text: string | undefined;

    /** The credential of the next attempt: got before ky times the first one. */
    let credential: string | undefined;
    const authorize = async (renewal?: Promise<string>) => {
      // The client's checks leave no endpoint without a credential but a member one.
      if (endpoint.auth !== 'session' && key) return key;
      if (!tokens) throw new AuthError('session_required', 401, `${name} needs getSessionToken`);
      // The session's token (or the renewed one), or the abort when the signal aborts first: a
      // getter still pending must not hold the call (the call's catch throws the signal's reason
      // for whatever rejects then). The listener goes once the wait is over: one signal may serve
      // every call of a page. (Each wait its own: a retry timed out by ky may start another.)
      let fail: () => void;
      return (token = await Promise.race([
        renewal ?? tokens.get(),
        new Promise<never>((_, reject) => signal?.addEventListener('abort', (fail = reject))),
      ]).finally(() => signal?.removeEventListener('abort', fail)));
    };

    // ky's fetch for this call, run for every attempt (retries and the repeat after a session
    // renewal included): sends the API's headers and the latest credential, sees each attempt's
    // response without ky cloning it for a hook, tells an unreachable server (retried when safe)
    // from an abort, and reads the whole body.
    const attempt = async (request: Request, init?: RequestInit) => {
      // Without AbortSignal.any (Chrome < 116) ky cannot abort an attempt that timed out: when it
      // answers after all, a later attempt may be running, and its state must stay untouched.
      const attemptNo = ++attempts;
      requestId = text = undefined;
      const bearer = credential ?? (await authorize());
      credential = undefined;
      if (attemptNo !== attempts) throw abortReason(request.signal);
      const { headers } = request;
      headers.set('accept', 'application/json');
      headers.set('accept-language', locale);
      headers.set('authorization', `Bearer ${bearer}`);
      if (idempotencyKey) headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
      const sentAt = Date.now();
      let description: RequestDescription;
      if (hooks) {
        description = {
          endpoint: name,
          method: request.method,
          url: request.url,
          // Lower-case names, as Headers iterates them.
          headers: { ...Object.fromEntries(headers), authorization: '[redacted]' },
          attempt: attemptNo,
        };
        observe(() => hooks.beforeRequest?.(description));
      }
      let response: Response;
      try {
        // The global `fetch` is looked up at each attempt (instrumentation may replace it).
        response = await (options.fetch ?? fetch)(request, init);
      } catch (error) {
        // ky 1 passes fetch's own TypeError through.
        throw request.signal.aborted
          ? error
          : new NetworkError(`${name} could not reach the API`, undefined, error);
      }
      if (attemptNo !== attempts) return response;
      requestId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
      if (hooks) {
        observe(() =>
          hooks.afterResponse?.({
            ...description!,
            status: response.status,
            requestId,
            durationMs: Date.now() - sentAt,
          }),
        );
      }
      try {
        const body = await response.text();
        if (attemptNo === attempts) text = body;
      } catch (error) {
        if (request.signal.aborted) throw error;
        // A success cut off mid-way is repeated when that is safe; for an error, the status decides.
        if (response.ok) throw new NetworkError(`${name} got a cut-off response`, requestId, error);
      }
      return response;
    };

    // The per-call part of the retry policy: `isRetrySafe` decided the limit, so every method may
    // retry.
    const shouldRetry = ({ error }: { error: Error }) => {
      // ky 1 would retry anything thrown, our own errors (no session …) and aborts included. For
      // what it did not throw itself, ky's own rules are its limit and methods (checked first).
      if (!isHTTPError(error)) {
        return isNetworkError(error) || isKyTimeoutError(error);
      }
      const { status, headers } = error.response;
      const wait = headers.get('retry-after');
      // Retried: the listed statuses, of 409 only `idempotency_key_in_use` (the first attempt with
      // this key is still running on the server; any other 409 is final), and the rarer 5xx.
      return (
        status == 409
          ? errorOf(text)?.code == 'idempotency_key_in_use'
          : RETRY_STATUSES.includes(status)
      )
        ? // No Retry-After: `true` is the backoff. (ky would wait what a gateway's rate-limit
          // headers say instead, up to maxRetryAfter: Kong's RateLimit-Reset and APISIX's
          // X-RateLimit-Reset come with every answer, a passing 502 too.)
          !wait ||
            // `Retry-After` in ms: delay-seconds or an HTTP date. One longer than we wait for, or
            // that reads as neither (ky would wait maxRetryAfter for it), fails the call at once;
            // else ky waits it (`undefined`). `0`: `-+wait` is -0 (Date.parse reads it as the
            // year 2000 in V8, NaN elsewhere).
            ((+wait * 1000 || Date.parse(wait) - Date.now() || -+wait) <= maxRetryAfterMs &&
              undefined)
        : status > 504 && status < 600;
    };

    for (let renewal: Promise<string> | undefined; ;) {
      try {
        // A member session is asked for before ky starts timing the first attempt.
        credential = await authorize(renewal);
        await ky(url, {
          method: endpoint.method,
          // ky's default is ours: 10 s. axios' `timeout: 0` (no timeout) gets it too (ky timed
          // every attempt out at once); createServerClient refuses 0 when created.
          timeout: callOptions?.timeout || timeout || undefined,
          // On ky's Request, so every attempt (retries included) outlives the page.
          keepalive: callOptions?.keepalive,
          // Retries left: the repeat after a session renewal gets what the first run did not use.
          retry: {
            ...retry,
            limit: limit - (attempts && attempts - 1),
            // No `maxRetryAfter`: shouldRetry leaves ky only a Retry-After within it to wait.
            shouldRetry,
          },
          fetch: attempt as typeof fetch,
          // ky sends no body for `json: undefined`.
          json: endpoint.body && input,
          signal,
        });
        break;
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        // Neither ky's error becomes the `cause`: ky's TimeoutError holds the request, with its
        // Authorization header, and its HTTPError the request body (a loan application's ID
        // number …). A partner's `console.error(error)` and error tracker must see neither.
        if (isKyTimeoutError(error))
          throw new TimeoutError(`${name} got no response in time`, requestId);
        if (!isHTTPError(error)) throw error;
        const { status } = error.response;
        const body = errorOf(text);
        const code =
          body?.code ??
          {
            // A catalogue code for an error status whose body could not be read. Not 404: the
            // API answers its own 404s with a body, so one without is a wrong base URL's server
            // page, and not_found would tell a member they have no card (invalid_request).
            401: 'unauthorized',
            403: 'forbidden',
            409: 'conflict',
            413: 'payload_too_large',
            422: 'validation_failed',
            429: 'rate_limited',
            503: 'service_unavailable',
          }[status] ??
          (status < 500 ? 'invalid_request' : 'internal_error');
        // A refused session is renewed once and the call repeated once: the server acted on
        // nothing, so this is safe even for calls that are never retried otherwise.
        if (
          renewal ||
          !token ||
          status !== 401 ||
          (code !== 'session_expired' && code !== 'unauthorized')
        ) {
          throw new (status === 401 ? AuthError : ApiError)(
            code,
            status,
            body?.message ?? `HTTP ${status}`,
            body?.requestId ?? requestId,
            body?.details,
          );
        }
        renewal = tokens!.refresh(token);
      }
    }

    let issues: ResponseIssue[];
    let cause: unknown;
    try {
      const result = endpoint.response.safeParse(JSON.parse(text!));
      if (result.success) return result.data;
      issues = (cause = result.error).issues.map((issue) => ({
        path: issue.path.join('.'),
        code: issue.code,
        message: describeIssue(issue),
      }));
    } catch (error) {
      cause = error;
      issues = [{ path: '', code: 'invalid_json', message: 'the body is not JSON' }];
    }
    throw new ResponseValidationError(name, issues, requestId, cause);
  };
}
