import type * as z from 'zod/mini';
import ky, {
  isHTTPError,
  isTimeoutError as isKyTimeoutError,
  type HTTPError,
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
  token: string | undefined;
  sentAt: number;
  description: RequestDescription | undefined;
}

/** Retried statuses; `shouldRetry` adds the rarer 5xx. 501 will not change on a retry. */
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

const callOf = (options: NormalizedOptions) => options.context.call as Call;

/** ky 1 does not read an error's body: `beforeError` keeps it here for `shouldRetry` and `toError`. */
type ReadHTTPError = HTTPError & { data?: unknown };

/** A fetch that could not reach the server (ky 1 passes fetch's own TypeError through). */
class Unreachable extends Error {
  constructor(readonly failure: unknown) {
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

const TIMED_OUT = 'timed out';

/** zod/mini ships no messages (all say "Invalid input"): say what was expected instead. */
const describeIssue = (issue: z.core.$ZodIssue): string =>
  'expected' in issue
    ? `expected ${issue.expected}`
    : 'format' in issue
      ? `expected ${issue.format}`
      : 'values' in issue
        ? `expected one of ${issue.values.join(', ')}`
        : issue.message;

/** Reads a body within `ms`: a stalled or cut-off body must not hang the call. */
function readText(response: Response, ms: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    response.text(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(reject, ms, TIMED_OUT);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Why a signal aborted; `reason` is missing before Chrome 98 / Safari 15.4. */
const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('This operation was aborted', 'AbortError');

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortReason(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Builds the HTTP layer of a client on ky: ky does the retries (backoff, full jitter,
 * `Retry-After`), timeouts and hooks; this adds the API's auth, idempotency, error envelope,
 * session renewal, retries of cut-off bodies and response validation.
 */
export function createTransport(options: TransportOptions, credentials: Credentials): Send {
  // ky calls Object.hasOwn, missing before Chrome 93; Chrome 90+ WebViews are supported.
  if (!Object.hasOwn) {
    Object.defineProperty(Object, 'hasOwn', {
      value: (object: object, key: PropertyKey) =>
        Object.prototype.hasOwnProperty.call(object, key),
      configurable: true,
      writable: true,
    });
  }
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry;
  const retryLimit = retry?.limit ?? 2;
  const baseDelayMs = retry?.baseDelayMs ?? 300;
  const maxDelayMs = retry?.maxDelayMs ?? 5000;
  const maxRetryAfterMs = retry?.maxRetryAfterMs ?? 20_000;
  const timeout = options.timeout ?? 10_000;
  const { key, tokens } = credentials;
  const hooks = options.hooks;
  const baseFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  /** Exponential backoff before retry `n` (1, 2 …), capped; ky and `send` add full jitter. */
  const backoff = (n: number) => Math.min(maxDelayMs, baseDelayMs * 2 ** (n - 1));

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
    call.token = undefined;
    let credential = call.endpoint.auth === 'session' ? undefined : key;
    if (!credential) {
      if (!tokens) {
        throw new AuthError(
          call.endpoint.auth === 'session' ? 'session_required' : 'publishable_key_required',
          `${call.name} needs ${call.endpoint.auth === 'session' ? 'getSessionToken' : 'a key'}`,
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
    if (isHTTPError(error)) {
      const { status, headers } = error.response;
      const parsed = ErrorBody.safeParse((error as ReadHTTPError).data);
      const body = parsed.success ? parsed.data.error : undefined;
      const code = body?.code ?? codeForStatus(status);
      const message = body?.message ?? `HTTP ${status}`;
      const requestId = body?.requestId ?? headers.get(REQUEST_ID_HEADER) ?? undefined;
      return status === 401
        ? new AuthError(code, message, requestId, body?.details, error)
        : new ApiError(code, status, message, requestId, body?.details, error);
    }
    if (isKyTimeoutError(error)) {
      return new TimeoutError(`${call.name} got no response in time`, undefined, error);
    }
    if (error instanceof Unreachable) {
      return new NetworkError(`${call.name} could not reach the API`, undefined, error.failure);
    }
    return error;
  };

  const api = ky.create({
    timeout,
    headers: { accept: 'application/json', 'accept-language': options.locale ?? 'zh-CN' },
    // The per-call part is only `limit`; `isRetrySafe` decides it, so every method may retry.
    retry: {
      methods: ['get', 'put', 'delete', 'post'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_STATUSES,
      delay: backoff,
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
        const code = ((error as ReadHTTPError).data as ErrorBody | undefined)?.error?.code;
        return code === 'idempotency_key_in_use' || (status > 504 && status < 600) || undefined;
      },
    },
    hooks: {
      beforeRequest: [authorize],
      // Runs before the retry decision, which needs the error code (`idempotency_key_in_use`).
      beforeError: [
        async (error) => {
          try {
            (error as ReadHTTPError).data = JSON.parse(await readText(error.response, timeout));
          } catch {
            // An unreadable body: the status decides.
          }
          return error;
        },
      ],
    },
  });

  return async (name, endpoint, path, query, body, callOptions) => {
    const signal = callOptions?.signal;
    if (signal?.aborted) throw abortReason(signal);
    let url = baseUrl + path;
    if (query) {
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
    const callTimeout = callOptions?.timeout ?? timeout;
    const call: Call = {
      name,
      endpoint,
      limit: isRetrySafe(endpoint, !!idempotencyKey) ? retryLimit : 0,
      retries: 0,
      attempts: 0,
      token: undefined,
      sentAt: 0,
      description: undefined,
    };
    // A wrapped fetch sees each attempt's response without ky cloning it for a hook, and tells
    // an unreachable server from an abort.
    const attempt: typeof baseFetch = async (input, init) => {
      let response: Response;
      try {
        response = await baseFetch(input, init);
      } catch (error) {
        if ((input as Request).signal?.aborted || init?.signal?.aborted) throw error;
        throw new Unreachable(error);
      }
      if (hooks?.afterResponse) {
        const description = call.description!;
        observe(() =>
          hooks.afterResponse!({
            ...description,
            status: response.status,
            requestId: response.headers.get(REQUEST_ID_HEADER) ?? undefined,
            durationMs: now() - call.sentAt,
          }),
        );
      }
      return response;
    };
    let renewed = false;

    for (;;) {
      let response: Response;
      try {
        // Only what differs from the client's defaults: ky merges every option on each call.
        response = await api(url, {
          method: endpoint.method,
          context: { call },
          retry: { limit: call.limit - call.retries },
          ...(body !== undefined && { json: body }),
          ...(signal && { signal }),
          ...(callOptions?.timeout && { timeout: callTimeout }),
          fetch: attempt,
          // Spread, not `headers: undefined`: ky's merge would drop the client's default headers.
          ...(idempotencyKey && { headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey } }),
        });
      } catch (thrown) {
        const error = toError(thrown, call);
        // A refused session is renewed once and the call repeated once: the server acted on
        // nothing, so this is safe even for calls that are never retried otherwise.
        if (
          !renewed &&
          call.token &&
          isAuthError(error) &&
          (error.code === 'session_expired' || error.code === 'unauthorized')
        ) {
          renewed = true;
          await tokens!.refresh(call.token);
          continue;
        }
        throw error;
      }

      const requestId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
      let text: string;
      try {
        text = await readText(response, callTimeout);
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        // The body stalled or was cut off: repeat only what is safe to repeat.
        if (call.retries < call.limit) {
          call.retries++;
          await sleep(Math.random() * backoff(call.retries), signal);
          continue;
        }
        throw error === TIMED_OUT
          ? new TimeoutError(`${name}: the response body did not arrive in time`, requestId)
          : new NetworkError(`${name}: the response was cut off`, requestId, error);
      }

      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new ResponseValidationError(
          name,
          [{ path: '', code: 'invalid_json', message: 'the body is not JSON' }],
          requestId,
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
        requestId,
        result.error,
      );
    }
  };
}
