import ky, {
  isForceRetryError,
  isHTTPError,
  isNetworkError as isKyNetworkError,
  isTimeoutError as isKyTimeoutError,
  type KyRequest,
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
  /** Retries this call may make (0 unless it is safe to repeat). */
  limit: number;
  signal: AbortSignal | undefined;
  /** Per-attempt timeout; it also bounds reading the body. */
  timeout: number;
  /** The member session token sent with the current attempt, if one was. */
  token: string | undefined;
  /** The one session renewal of this call has happened. */
  renewed: boolean;
  requestId: string | undefined;
  text: string | undefined;
  attempt: number;
  sentAt: number;
  description: RequestDescription | undefined;
}

const ALL_METHODS = ['get', 'put', 'delete', 'post'];
/** 408, 429 and every 5xx but 501 (which will not change on a retry). */
const RETRY_STATUSES = [408, 429, 500];
for (let status = 502; status < 600; status++) RETRY_STATUSES.push(status);

const callOf = (options: NormalizedOptions) => options.context.call as Call;

const now = () => Date.now();

/** `Retry-After` in ms: delay-seconds or an HTTP date; 0 when absent or unreadable. */
const retryAfterMs = (value: string | null) =>
  !value ? 0 : /^\d+$/.test(value) ? +value * 1000 : Date.parse(value) - now() || 0;

/** A catalogue code for an error status whose body could not be read. */
const codeForStatus = (status: number) =>
  ({
    400: 'invalid_request',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    409: 'conflict',
    413: 'payload_too_large',
    422: 'validation_failed',
    429: 'rate_limited',
    503: 'service_unavailable',
  })[status] ?? (status >= 500 ? 'internal_error' : 'invalid_request');

/** Reads a body within `ms`: a stalled or cut-off body must not hang the call. */
function readText(response: Response, ms: number): Promise<string> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    response.text(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`No response body within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Builds the HTTP layer of a client on ky: ky does the retries (backoff, full jitter,
 * `Retry-After`), timeouts and hooks; this adds the API's auth, idempotency, error envelope and
 * response validation.
 */
export function createTransport(options: TransportOptions, credentials: Credentials): Send {
  // ky 2 calls Object.hasOwn, missing before Chrome 93; Chrome 90+ WebViews are supported.
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
  const maxRetryAfterMs = retry?.maxRetryAfterMs ?? 20_000;
  const timeout = options.timeout ?? 10_000;
  const { key, tokens } = credentials;
  const hooks = options.hooks;

  const observe = (report: () => void) => {
    try {
      report();
    } catch {
      // Observation hooks must never break a call.
    }
  };

  const authorize = async ({
    request,
    options: kyOptions,
    retryCount,
  }: {
    request: KyRequest;
    options: NormalizedOptions;
    retryCount: number;
  }) => {
    const call = callOf(kyOptions);
    call.token = undefined;
    call.requestId = undefined;
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
    call.attempt = retryCount + 1;
    call.sentAt = now();
    if (hooks?.beforeRequest || hooks?.afterResponse) {
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name] = name === 'authorization' ? '[redacted]' : value;
      });
      call.description = {
        endpoint: call.name,
        method: request.method,
        url: request.url,
        headers,
        attempt: call.attempt,
      };
      const description = call.description;
      if (hooks.beforeRequest) observe(() => hooks.beforeRequest!(description));
    }
  };

  const toError = (error: unknown, call: Call | undefined): unknown => {
    if (isJiagongError(error)) return error;
    if (isForceRetryError(error)) return toError(error.cause, call);
    if (isHTTPError(error)) {
      const { status, headers } = error.response;
      const parsed = ErrorBody.safeParse(error.data);
      const body = parsed.success ? parsed.data.error : undefined;
      const code = body?.code ?? codeForStatus(status);
      const message = body?.message ?? `HTTP ${status}`;
      const requestId = body?.requestId ?? headers.get(REQUEST_ID_HEADER) ?? undefined;
      return status === 401
        ? new AuthError(code, message, requestId, body?.details, error)
        : new ApiError(code, status, message, requestId, body?.details, error);
    }
    if (isKyTimeoutError(error)) {
      return new TimeoutError(`${call?.name} got no response in time`, call?.requestId, error);
    }
    if (isKyNetworkError(error)) {
      return new NetworkError(`${call?.name} could not reach the API`, call?.requestId, error);
    }
    return error;
  };

  const api = ky.create({
    ...(options.fetch && { fetch: options.fetch }),
    timeout,
    headers: { accept: 'application/json', 'accept-language': options.locale ?? 'zh-CN' },
    hooks: {
      beforeRequest: [authorize],
      beforeRetry: [authorize],
      afterResponse: [
        async ({ options: kyOptions, response, retryCount }) => {
          const call = callOf(kyOptions);
          call.requestId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
          const description = call.description;
          if (hooks?.afterResponse && description) {
            observe(() =>
              hooks.afterResponse!({
                ...description,
                status: response.status,
                requestId: call.requestId,
                durationMs: now() - call.sentAt,
              }),
            );
          }
          // A refused session is renewed once, and the call repeated once: the server acted on
          // nothing, so this is safe even for calls that are never retried otherwise.
          if (response.status === 401 && call.token && !call.renewed) {
            const code = await response.json().then(
              (body) => (body as ErrorBody | undefined)?.error?.code,
              () => undefined,
            );
            if (code === 'session_expired' || code === 'unauthorized') {
              call.renewed = true;
              await tokens!.refresh(call.token);
              return ky.retry({ delay: 0, code: 'SESSION_RENEWED' });
            }
          }
          if (!response.ok) return;
          try {
            call.text = await readText(response, call.timeout);
          } catch (error) {
            if (call.signal?.aborted) throw call.signal.reason;
            // The response was cut off: repeat only what is safe to repeat.
            if (retryCount - +call.renewed < call.limit) {
              return ky.retry({ code: 'BODY_INTERRUPTED', cause: error as Error });
            }
            throw isJiagongError(error)
              ? error
              : new NetworkError(`${call.name}: the response was cut off`, call.requestId, error);
          }
        },
      ],
      beforeError: [({ error, options: kyOptions }) => toError(error, callOf(kyOptions)) as Error],
    },
  });

  return async (name, endpoint, path, query, body, callOptions) => {
    const signal = callOptions?.signal;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
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
    const usesToken = endpoint.auth === 'session' || (endpoint.auth === 'publishable' && !key);
    const call: Call = {
      name,
      endpoint,
      limit: isRetrySafe(endpoint, !!idempotencyKey) ? retryLimit : 0,
      signal,
      timeout: callOptions?.timeout ?? timeout,
      token: undefined,
      renewed: false,
      requestId: undefined,
      text: undefined,
      attempt: 0,
      sentAt: 0,
      description: undefined,
    };
    const response = await api(url, {
      method: endpoint.method,
      json: body,
      signal,
      timeout: call.timeout,
      // Spread, not `headers: undefined`: ky's merge would drop the client's default headers.
      ...(idempotencyKey && { headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey } }),
      context: { call },
      retry: {
        // One spare attempt for the session renewal, which bypasses `shouldRetry`.
        limit: call.limit + (usesToken ? 1 : 0),
        methods: ALL_METHODS,
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: RETRY_STATUSES,
        delay: (attempt) => baseDelayMs * 2 ** (attempt - 1),
        backoffLimit: retry?.maxDelayMs ?? 5000,
        jitter: true,
        retryOnTimeout: true,
        shouldRetry: ({ error, retryCount }) => {
          if (retryCount - +call.renewed > call.limit) return false;
          if (isHTTPError(error)) {
            if (retryAfterMs(error.response.headers.get('retry-after')) > maxRetryAfterMs) {
              return false;
            }
            // The first attempt with this key is still running on the server: ask again.
            if ((error.data as ErrorBody | undefined)?.error?.code === 'idempotency_key_in_use') {
              return true;
            }
          }
          return undefined;
        },
      },
    });
    // The hook read a clone; this branch of the body is not needed.
    response.body?.cancel().catch(() => {});
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
        message: issue.message,
      })),
      call.requestId,
      result.error,
    );
  };
}
