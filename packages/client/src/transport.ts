import type * as z from 'zod/mini';
import ky, {
  isHTTPError,
  isTimeoutError as isKyTimeoutError,
  type BeforeRequestHook,
  type NormalizedOptions,
} from 'ky';
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
  isAuthError,
  isJiagongError,
} from './errors.js';
import { newIdempotencyKey } from './idempotency.js';
import type { SessionTokens } from './session.js';
import type { CallOptions, RequestDescription, TransportOptions } from './types.js';

/** Who the client is: a key (publishable or secret) and/or a member session source. */
export interface Credentials {
  key?: string | undefined;
  tokens?: SessionTokens | undefined;
}

/** Sends one call of an endpoint and returns its validated response. */
export type Send = (
  name: string,
  endpoint: Endpoint,
  path: string,
  query: Record<string, unknown> | undefined,
  body: unknown,
  options: CallOptions | undefined,
) => Promise<unknown>;

/** Per-call state the ky hooks share (passed through ky's `context`). */
interface Call {
  name: string;
  endpoint: Endpoint;
  /** Retries this call may make in all (0 unless it is safe to repeat). */
  limit: number;
  /** Retries made so far. */
  retries: number;
  /** Requests sent so far (retries and the repeat after a session renewal included). */
  attempts: number;
  /** The member session token sent with the latest attempt, if one was. */
  token?: string | undefined;
  sentAt?: number;
  description?: RequestDescription;
  /** `X-Request-Id` of the latest attempt's response. */
  requestId?: string | undefined;
  /** Body of the latest attempt's response, read within the attempt. */
  text?: string | undefined;
}

/** Retried statuses; `shouldRetry` adds the rarer 5xx. 501 will not change on a retry. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

const callOf = (options: NormalizedOptions) => options.context.call as Call;

/**
 * An attempt that got no usable response: the server could not be reached (ky 1 passes fetch's
 * own TypeError through), or the body was cut off. Retried when the call is safe to repeat.
 */
class Unreachable extends Error {
  constructor(
    readonly failure: unknown,
    readonly cutOff = false,
  ) {
    super();
  }
}

const now = () => Date.now();

/** `Retry-After` in ms: delay-seconds or an HTTP date; 0 when absent or unreadable. */
const retryAfterMs = (value: string | null) =>
  !value ? 0 : /^\d+$/.test(value) ? +value * 1000 : Date.parse(value) - now() || 0;

/** A catalogue code for an error status whose body could not be read. */
const codeForStatus = (status: number) =>
  ({
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    409: 'conflict',
    413: 'payload_too_large',
    422: 'validation_failed',
    429: 'rate_limited',
    503: 'service_unavailable',
  })[status] ?? (status >= 500 ? 'internal_error' : 'invalid_request');

/** The error envelope of the latest response, when it carries a valid one. */
function errorOf(call: Call): ErrorBody['error'] | undefined {
  try {
    return ErrorBody.safeParse(JSON.parse(call.text!)).data?.error;
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
 * cut off.
 */
export function createTransport(options: TransportOptions, credentials: Credentials): Send {
  // ky calls Object.hasOwn, missing before Chrome 93; Chrome 90+ WebViews are supported.
  Object.hasOwn ??= (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry;
  const retryLimit = retry?.limit ?? 2;
  const baseDelayMs = retry?.baseDelayMs ?? 300;
  const maxDelayMs = retry?.maxDelayMs ?? 5000;
  const maxRetryAfterMs = retry?.maxRetryAfterMs ?? 20_000;
  const { key, tokens } = credentials;
  const hooks = options.hooks;
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  const observe = (report: () => void) => {
    try {
      report();
    } catch {
      // Observation hooks must never break a call.
    }
  };

  // ky 1 runs `beforeRequest` before every attempt, retries included, so a renewed session
  // reaches retries too.
  const authorize: BeforeRequestHook = async (request, kyOptions, { retryCount }) => {
    const call = callOf(kyOptions);
    if (retryCount) call.retries++;
    call.attempts++;
    call.token = call.requestId = call.text = undefined;
    const session = call.endpoint.auth === 'session';
    let credential = session ? undefined : key;
    if (!credential) {
      if (!tokens) {
        throw new AuthError(
          session ? 'session_required' : 'publishable_key_required',
          `${call.name} needs ${session ? 'getSessionToken' : 'a key'}`,
        );
      }
      credential = call.token = await tokens.get();
    }
    request.headers.set('authorization', `Bearer ${credential}`);
    call.sentAt = now();
    if (hooks) {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = name === 'authorization' ? '[redacted]' : value;
      });
      const description = (call.description = {
        endpoint: call.name,
        method: request.method,
        url: request.url,
        headers,
        attempt: call.attempts,
      });
      if (hooks.beforeRequest) observe(() => hooks.beforeRequest!(description));
    }
  };

  const toError = (error: unknown, call: Call): unknown => {
    if (isJiagongError(error)) return error;
    const { name, requestId } = call;
    if (isHTTPError(error)) {
      const status = error.response.status;
      const body = errorOf(call);
      const code = body?.code ?? codeForStatus(status);
      const message = body?.message ?? `HTTP ${status}`;
      const id = body?.requestId ?? requestId;
      return status === 401
        ? new AuthError(code, message, id, body?.details, error)
        : new ApiError(code, status, message, id, body?.details, error);
    }
    if (isKyTimeoutError(error)) {
      return new TimeoutError(`${name} got no response in time`, requestId, error);
    }
    if (error instanceof Unreachable) {
      const what = error.cutOff ? 'got a cut-off response' : 'could not reach the API';
      return new NetworkError(`${name} ${what}`, requestId, error.failure);
    }
    return error;
  };

  const api = ky.create({
    timeout: options.timeout, // ky's default is ours: 10 s
    headers: { accept: 'application/json', 'accept-language': options.locale ?? 'zh-CN' },
    // The per-call part is only `limit`; `isRetrySafe` decides it, so every method may retry.
    retry: {
      methods: ['get', 'put', 'delete', 'post'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_STATUSES,
      // Exponential backoff before retry `n` (1, 2 …), capped; ky adds full jitter.
      delay: (n) => Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1)),
      backoffLimit: maxDelayMs,
      jitter: true,
      retryOnTimeout: true,
      shouldRetry: ({ error }) => {
        // ky 1 would retry anything thrown, our own errors (no session …) and aborts included.
        if (!isHTTPError(error)) {
          return error instanceof Unreachable || isKyTimeoutError(error) ? undefined : false;
        }
        const { status, headers } = error.response;
        if (retryAfterMs(headers.get('retry-after')) > maxRetryAfterMs) return false;
        // The first attempt with this key is still running on the server: ask again.
        const code = errorOf(callOf(error.options))?.code;
        return code === 'idempotency_key_in_use' || (status > 504 && status < 600) || undefined;
      },
    },
    hooks: { beforeRequest: [authorize] },
  });

  return async (name, endpoint, path, query, body, callOptions) => {
    const signal = callOptions?.signal;
    if (signal?.aborted) throw abortReason(signal);
    let url = baseUrl + path;
    if (query) {
      // Not ky's `searchParams`: it builds each request twice.
      const search = new URLSearchParams();
      for (const [param, value] of Object.entries(query)) {
        if (value !== undefined && value !== null) search.append(param, String(value));
      }
      const queryString = search.toString();
      if (queryString) url += `?${queryString}`;
    }
    const idempotencyKey = endpoint.idempotencyKey
      ? (callOptions?.idempotencyKey ?? newIdempotencyKey())
      : undefined;
    const call: Call = {
      name,
      endpoint,
      limit: isRetrySafe(endpoint, !!idempotencyKey) ? retryLimit : 0,
      retries: 0,
      attempts: 0,
    };
    // ky's fetch for this call: sees each attempt's response without ky cloning it for a hook,
    // tells an unreachable server from an abort, and reads the whole body.
    const attempt: typeof baseFetch = async (input, init) => {
      const aborted = () => (input as Request).signal.aborted;
      // Without AbortSignal.any (Chrome < 116) ky cannot abort an attempt that timed out: when it
      // answers after all, a later attempt may be running, and its state must stay untouched.
      const attemptNo = call.attempts;
      const current = () => attemptNo === call.attempts;
      let response: Response;
      try {
        response = await baseFetch(input, init);
      } catch (error) {
        throw aborted() ? error : new Unreachable(error);
      }
      if (!current()) return response;
      call.requestId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
      if (hooks?.afterResponse) {
        const description = call.description!;
        observe(() =>
          hooks.afterResponse!({
            ...description,
            status: response.status,
            requestId: call.requestId,
            durationMs: now() - call.sentAt!,
          }),
        );
      }
      try {
        const text = await response.text();
        if (current()) call.text = text;
      } catch (error) {
        if (aborted()) throw error;
        // A success cut off mid-way is repeated when that is safe; for an error, the status decides.
        if (response.ok) throw new Unreachable(error, true);
      }
      return response;
    };

    let renewed = false;
    for (;;) {
      try {
        // Only what differs from the client's defaults: ky merges every option on each call.
        await api(url, {
          method: endpoint.method,
          context: { call },
          retry: { limit: call.limit - call.retries },
          ...(body !== undefined && { json: body }),
          ...(signal && { signal }),
          ...(callOptions?.timeout && { timeout: callOptions.timeout }),
          fetch: attempt,
          // Spread, not `headers: undefined`: ky's merge would drop the client's default headers.
          ...(idempotencyKey && { headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey } }),
        });
        break;
      } catch (thrown) {
        if (signal?.aborted) throw abortReason(signal);
        const error = toError(thrown, call);
        // A refused session is renewed once and the call repeated once: the server acted on
        // nothing, so this is safe even for calls that are never retried otherwise.
        if (
          renewed ||
          !call.token ||
          !isAuthError(error) ||
          (error.code !== 'session_expired' && error.code !== 'unauthorized')
        ) {
          throw error;
        }
        renewed = true;
        await tokens!.refresh(call.token);
      }
    }

    let json: unknown;
    try {
      json = JSON.parse(call.text!);
    } catch (error) {
      throw new ResponseValidationError(
        name,
        [{ path: '', code: 'invalid_json', message: 'the body is not JSON' }],
        call.requestId,
        error,
      );
    }
    const result = endpoint.response.safeParse(json);
    if (result.success) return result.data;
    throw new ResponseValidationError(
      name,
      result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code: issue.code,
        message: describeIssue(issue),
      })),
      call.requestId,
      result.error,
    );
  };
}
