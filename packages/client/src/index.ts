/**
 * @jiagong/client — the typed client of the Jiagong partner API, derived from the contract's
 * endpoint table: `createClient` for browsers and Node.js, `createServerClient` for partner back
 * ends, `createClientFor` for bundles that only need some endpoint families
 * (`createClientWithSession` when their member session, if any, comes from `createMemberSession`).
 * The contract's types of what the methods take and return (`MemberCard`, `Order`,
 * `CreateOrderInput`, `ErrorCode` …) are exported from here too.
 * @packageDocumentation
 * @module @jiagong/client
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
export type { ClientMethodDocs } from './generated/client-methods.js';
export type { BodyTypes, List, Named, QueryTypes, ResponseTypes } from './named.js';
// The contract's names of what the methods take and return, so a partner names them with the
// one package they import: `import type { MemberCard, Order } from '@jiagong/client'`.
export type {
  Benefit,
  BenefitGroup,
  CardReveal,
  CardVerification,
  CardVerificationInput,
  ConsentGrant,
  ConsentPurpose,
  ConsentRecord,
  ConsentText,
  ConsentWithdrawInput,
  Course,
  CourseAvailability,
  CourseKind,
  CourseProvider,
  CourseQuery,
  CourseSignUp,
  CourseSignUpQuery,
  CreateOrderInput,
  DeliveryInput,
  ErrorCode,
  FieldIssue,
  Fulfilment,
  HonourLevel,
  LoanApplication,
  LoanApplicationInput,
  LoanApplicationQuery,
  LoanDraft,
  LoanDraftInput,
  LoanProduct,
  LoanStatus,
  LoanTimelineEntry,
  MallCategory,
  Member,
  MemberCard,
  MemberStatus,
  Merchant,
  MerchantCategory,
  MerchantQuery,
  ModelWorker,
  ModelWorkerQuery,
  ModelWorkerSummary,
  Order,
  OrderQuery,
  OrderStatus,
  PointsBalance,
  PointsTransaction,
  PointsTransactionQuery,
  PointsTransactionType,
  Product,
  ProductQuery,
  ProductSort,
  QuizLeaderboardEntry,
  QuizQuestion,
  QuizRally,
  QuizResult,
  QuizSubmissionInput,
  RepaymentMethod,
  SandboxAdvanceInput,
  SandboxClock,
  SandboxClockInput,
  SandboxMember,
  SandboxPointsInput,
  SandboxTextsInput,
  SandboxTextsResult,
  Service,
  Session,
  SessionInput,
  Union,
  UnionQuery,
  VerificationCode,
} from '@jiagong/contract';
