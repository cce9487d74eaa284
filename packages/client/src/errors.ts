import type { ErrorBody, ErrorCode } from '@jiagong/contract';

// A registry symbol instead of `instanceof`: an app can end up with two copies of the client
// (two bundles, a micro-frontend), and a guard must still recognise the other copy's errors.
// Its value is the class name (not `error.name`, which anyone may overwrite).
const KIND = Symbol.for('jiagong.error');

/** Details the API attaches to some errors (invalid fields, rate-limit timing …). */
// An interface, so that an editor shows `details: ApiErrorDetails`, not its expanded structure.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ApiErrorDetails extends NonNullable<ErrorBody['error']['details']> {}

/**
 * Base class of every error the client raises. `requestId` is the API's `X-Request-Id` when a
 * response arrived: quote it to support.
 *
 * @example
 * ```ts
 * try {
 *   await client.me.card.get();
 * } catch (error) {
 *   if (isJiagongError(error)) console.warn(error.name, error.requestId);
 * }
 * ```
 */
export class JiagongError extends Error {
  /** The API's request id (`X-Request-Id`), when a response arrived. */
  readonly requestId: string | undefined;
  /**
   * @internal Each class narrows it to its own name: the classes have the same members otherwise,
   * and a guard's `else` would then take the others away too (`error` became `never` after
   * `if (isNetworkError(error)) …`, an `ApiError` after `if (isAuthError(error)) …`).
   */
  declare readonly [KIND]: string;

  /** @internal */
  constructor(name: string, message: string, requestId?: string, cause?: unknown) {
    // Not `super(message, { cause })`: Chrome 90–92 WebViews ignore it.
    super(message);
    this[KIND] = this.name = name;
    this.requestId = requestId;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/**
 * The API answered with an error envelope (`{ error: { code, message, requestId, details } }`),
 * or with an error status and a body that could not be read (then `code` is derived from the
 * status). `code` is one of the contract's error codes; a newer server may add codes.
 *
 * @example
 * ```ts
 * try {
 *   await client.me.orders.create({ productId: 'prd_0001', quantity: 1 });
 * } catch (error) {
 *   if (isApiError(error, 'insufficient_points')) showTopUpHint();
 *   else throw error;
 * }
 * ```
 */
export class ApiError extends JiagongError {
  /**
   * A code of the contract's error catalogue, e.g. `insufficient_points` (any other string from
   * a newer API). To test for one code, `isApiError(error, 'insufficient_points')` also catches
   * a misspelt code when it compiles.
   */
  readonly code: ErrorCode | (string & {});
  /** The HTTP status. */
  readonly status: number;
  /** Extra information: invalid `fields` with dotted paths, `retryAfterSeconds` … */
  readonly details: ApiErrorDetails | undefined;
  /** @internal */
  declare readonly [KIND]: 'ApiError' | 'AuthError';

  /** @internal A 401 is always an {@link AuthError}: construct that class for it. */
  constructor(
    code: string,
    status: number,
    message: string,
    requestId?: string,
    details?: ApiErrorDetails,
    cause?: unknown,
  ) {
    super(status === 401 ? 'AuthError' : 'ApiError', message, requestId, cause);
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/**
 * A 401: the key is wrong, or the member session is missing or expired and could not be
 * renewed through `getSessionToken()` (the client already tried once).
 *
 * @example
 * ```ts
 * try {
 *   await client.me.get();
 * } catch (error) {
 *   if (isAuthError(error)) redirectToLogin();
 * }
 * ```
 */
export class AuthError extends ApiError {
  /** @internal */
  declare readonly [KIND]: 'AuthError';
}

/**
 * No usable response: the connection failed, was dropped, or the body was cut off. Calls that
 * are safe to repeat were already retried before this is raised.
 *
 * @example
 * ```ts
 * try {
 *   await client.services.list();
 * } catch (error) {
 *   if (isNetworkError(error)) showOfflineBanner();
 * }
 * ```
 */
export class NetworkError extends JiagongError {
  /** @internal */
  declare readonly [KIND]: 'NetworkError';
  /**
   * A `getSessionToken` callback throws one when it cannot reach the partner's back end, so the
   * call fails as a network failure (retried; the elements offer 重试) rather than a lost login.
   */
  constructor(message: string, requestId?: string, cause?: unknown) {
    super('NetworkError', message, requestId, cause);
  }
}

/**
 * An attempt took longer than the `timeout` (per attempt, in ms; the client default or the
 * call's `{ timeout }`), and no retry was left or allowed.
 *
 * @example
 * ```ts
 * try {
 *   await client.mall.products.list({ q: '茶' }, { timeout: 3000 });
 * } catch (error) {
 *   if (isTimeoutError(error)) showSlowNetworkHint();
 * }
 * ```
 */
export class TimeoutError extends JiagongError {
  /** @internal */
  declare readonly [KIND]: 'TimeoutError';
  /** @internal */
  constructor(message: string, requestId?: string, cause?: unknown) {
    super('TimeoutError', message, requestId, cause);
  }
}

/** One mismatch between a response and the contract; `path` is dotted (`data.0.name`). */
export interface ResponseIssue {
  /** Dotted path of the field, `''` for the whole body. */
  path: string;
  /** zod's issue code (`invalid_type`, `invalid_format` …) or `invalid_json`. */
  code: string;
  /** What was expected, e.g. `expected string`. */
  message: string;
}

/**
 * A successful response did not match the contract's schema (or was not JSON). The client
 * never hands out data it could not validate.
 *
 * @example
 * ```ts
 * try {
 *   await client.me.card.get();
 * } catch (error) {
 *   if (isResponseValidationError(error)) report(error.endpoint, error.issues, error.requestId);
 * }
 * ```
 */
export class ResponseValidationError extends JiagongError {
  /** The endpoint whose response failed, e.g. `me.card.get`. */
  readonly endpoint: string;
  /** Every mismatch, with dotted field paths. */
  readonly issues: ResponseIssue[];
  /** @internal */
  declare readonly [KIND]: 'ResponseValidationError';

  /** @internal */
  constructor(endpoint: string, issues: ResponseIssue[], requestId?: string, cause?: unknown) {
    super(
      'ResponseValidationError',
      `Response of ${endpoint} does not match the contract: ` +
        issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; '),
      requestId,
      cause,
    );
    this.endpoint = endpoint;
    this.issues = issues;
  }
}

const kindOf = (error: unknown) => (error as { [KIND]?: string } | undefined)?.[KIND];

/**
 * Whether `error` was raised by a Jiagong client (any copy of it).
 * @example
 * ```ts
 * if (isJiagongError(error)) console.warn(error.requestId);
 * ```
 */
export const isJiagongError = (error: unknown): error is JiagongError => !!kindOf(error);

/**
 * Whether `error` is an {@link ApiError} (an {@link AuthError} included) and, given a `code`,
 * one with that code. The `code` is checked against the contract's error catalogue when it
 * compiles: your editor lists the codes, and a misspelt one does not compile (a comparison such
 * as `error.code === 'out_of_stok'` cannot be checked, since a newer API may send codes this
 * version does not know).
 * @example
 * ```ts
 * if (isApiError(error, 'out_of_stock')) markSoldOut();
 * else if (isApiError(error)) console.warn(error.code, error.requestId);
 * ```
 */
export function isApiError(error: unknown): error is ApiError;
export function isApiError<C extends ErrorCode>(
  error: unknown,
  code: C,
): error is ApiError & { readonly code: C };
export function isApiError(error: unknown, code?: string): boolean {
  return (
    (isAuthError(error) || kindOf(error) === 'ApiError') &&
    (!code || (error as ApiError).code === code)
  );
}

/**
 * Whether `error` is an {@link AuthError}.
 * @example
 * ```ts
 * if (isAuthError(error)) redirectToLogin();
 * ```
 */
export const isAuthError = (error: unknown): error is AuthError => kindOf(error) === 'AuthError';

/**
 * Whether `error` is a {@link NetworkError}.
 * @example
 * ```ts
 * if (isNetworkError(error)) showOfflineBanner();
 * ```
 */
export const isNetworkError = (error: unknown): error is NetworkError =>
  kindOf(error) === 'NetworkError';

/**
 * Whether `error` is a {@link TimeoutError}.
 * @example
 * ```ts
 * if (isTimeoutError(error)) showSlowNetworkHint();
 * ```
 */
export const isTimeoutError = (error: unknown): error is TimeoutError =>
  kindOf(error) === 'TimeoutError';

/**
 * Whether `error` is a {@link ResponseValidationError}.
 * @example
 * ```ts
 * if (isResponseValidationError(error)) console.error(error.issues);
 * ```
 */
export const isResponseValidationError = (error: unknown): error is ResponseValidationError =>
  kindOf(error) === 'ResponseValidationError';
