/**
 * @jiagong/client — the typed client of the Jiagong partner API, derived from the contract's
 * endpoint table: `createClient` for browsers and Node.js, `createServerClient` for partner back
 * ends, `createClientFor` for bundles that only need some endpoint families
 * (`createClientWithSession` when their member session, if any, comes from `createMemberSession`).
 * @packageDocumentation
 */
export {
  createClient,
  createClientFor,
  createClientWithSession,
  type JiagongClient,
} from './create-client.js';
export { createServerClient, type JiagongServerClient } from './server.js';
export {
  JiagongError,
  ApiError,
  AuthError,
  NetworkError,
  TimeoutError,
  ResponseValidationError,
  isJiagongError,
  isApiError,
  isAuthError,
  isNetworkError,
  isTimeoutError,
  isResponseValidationError,
  type ApiErrorDetails,
  type ResponseIssue,
} from './errors.js';
export { PagePromise, type Page } from './page-promise.js';
export { newIdempotencyKey } from './idempotency.js';
export { createMemberSession, type MemberSession } from './session.js';
export type {
  ClientOf,
  BrowserEndpoints,
  SecretEndpoints,
  Method,
  MethodArgs,
  Nest,
  Output,
  MethodResult,
} from './methods.js';
export type {
  CallOptions,
  ClientHooks,
  ClientOptions,
  Locale,
  RequestDescription,
  ResponseDescription,
  RetryOptions,
  ServerClientOptions,
  SessionTokenResult,
  TransportOptions,
} from './types.js';
export { VERSION } from './version.js';
