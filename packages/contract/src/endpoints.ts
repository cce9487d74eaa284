import * as z from 'zod/mini';
import type { ErrorCode } from './schemas/errors.js';
import * as c from './schemas/catalogue.js';
import * as m from './schemas/member.js';
import * as o from './schemas/orders.js';
import * as l from './schemas/loans.js';

/**
 * Which credential an endpoint takes, always as `Authorization: Bearer …`:
 * - `publishable`: a publishable key (`pk_…`) — or a member session, which also names the partner;
 * - `secret`: a secret key (`sk_…`), partner back ends only;
 * - `session`: a member session token (`st_…`).
 */
export type AuthKind = 'publishable' | 'secret' | 'session';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Endpoint {
  readonly method: HttpMethod;
  /** Path with `{name}` placeholders for path parameters. */
  readonly path: string;
  readonly auth: AuthKind;
  readonly summary: string;
  readonly query?: z.ZodMiniObject;
  readonly body?: z.ZodMiniType;
  readonly response: z.ZodMiniType;
  /** HTTP status of success (200 unless a resource is created). */
  readonly status?: 200 | 201;
  /** Takes an `Idempotency-Key`; the client makes one when the caller gives none. */
  readonly idempotencyKey?: boolean;
  /** A POST whose repetition changes nothing (cancel, withdraw), so it may be retried. */
  readonly naturallyIdempotent?: boolean;
  readonly paginated?: boolean;
  /** Only the sandbox serves it. */
  readonly sandboxOnly?: boolean;
  /** Error codes this endpoint may answer besides the ones every endpoint may. */
  readonly errors: readonly ErrorCode[];
}

/** Codes any endpoint may answer. */
export const commonErrors = [
  'invalid_request',
  'unauthorized',
  'not_found',
  'payload_too_large',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const satisfies readonly ErrorCode[];

const sessionErrors = ['session_required', 'session_expired'] as const;

/**
 * The partner API, one entry per endpoint. The sandbox's routes and validation, the client's
 * methods (`'me.orders.create'` becomes `client.me.orders.create`) and docs/openapi.json are
 * all derived from this table, so they cannot drift apart.
 */
export const endpoints = {
  'services.list': {
    method: 'GET',
    path: '/v1/services',
    auth: 'publishable',
    summary: 'Service modules enabled for the partner, in the platform order',
    response: c.ServiceList,
    errors: ['publishable_key_required'],
  },
  'unions.tree': {
    method: 'GET',
    path: '/v1/unions',
    auth: 'publishable',
    summary: 'The union tree as a flat list of nodes with parentId (filter by parent or search)',
    query: c.UnionQuery,
    response: c.UnionList,
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'merchants.list': {
    method: 'GET',
    path: '/v1/merchants',
    auth: 'publishable',
    summary: '惠工联盟 merchants and their member discounts',
    query: c.MerchantQuery,
    response: c.MerchantPage,
    paginated: true,
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'mall.categories.list': {
    method: 'GET',
    path: '/v1/mall/categories',
    auth: 'publishable',
    summary: 'Points-mall categories',
    response: c.MallCategoryList,
    errors: ['publishable_key_required'],
  },
  'mall.products.list': {
    method: 'GET',
    path: '/v1/mall/products',
    auth: 'publishable',
    summary: 'Points-mall products: search, category filter, sort, cursor pagination',
    query: c.ProductQuery,
    response: c.ProductPage,
    paginated: true,
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'mall.products.get': {
    method: 'GET',
    path: '/v1/mall/products/{id}',
    auth: 'publishable',
    summary: 'One points-mall product',
    response: c.Product,
    errors: ['publishable_key_required'],
  },
  'loans.products': {
    method: 'GET',
    path: '/v1/loans/products',
    auth: 'publishable',
    summary: '惠工贷 products with amount range, terms, 年化利率 range and consent texts',
    response: c.LoanProductList,
    errors: ['publishable_key_required'],
  },
  'sessions.create': {
    method: 'POST',
    path: '/v1/sessions',
    auth: 'secret',
    summary: 'Mint a 15-minute member session for a member the partner has identified',
    body: m.SessionInput,
    response: m.Session,
    status: 201,
    errors: ['secret_key_required', 'validation_failed'],
  },
  'cardVerifications.create': {
    method: 'POST',
    path: '/v1/card-verifications',
    auth: 'secret',
    summary: "Check a member's verification code once (merchant side)",
    body: m.CardVerificationInput,
    response: m.CardVerification,
    errors: ['secret_key_required', 'validation_failed', 'verification_code_invalid'],
  },
  'me.get': {
    method: 'GET',
    path: '/v1/me',
    auth: 'session',
    summary: 'The member of the session',
    response: m.Member,
    errors: sessionErrors,
  },
  'me.card.get': {
    method: 'GET',
    path: '/v1/me/card',
    auth: 'session',
    summary: 'The member card 嘉工卡 (masked)',
    response: m.MemberCard,
    errors: sessionErrors,
  },
  'me.card.reveal': {
    method: 'POST',
    path: '/v1/me/card/reveal',
    auth: 'session',
    summary: 'The full card number and holder name, for the holder only, on explicit request',
    response: m.CardReveal,
    naturallyIdempotent: true,
    errors: sessionErrors,
  },
  'me.card.benefits': {
    method: 'GET',
    path: '/v1/me/card/benefits',
    auth: 'session',
    summary: 'Card benefits grouped 保障帮扶 / 普惠服务 / 金融服务',
    query: z.object({ group: z.optional(m.BenefitGroup) }),
    response: m.BenefitList,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.card.verificationCode': {
    method: 'POST',
    path: '/v1/me/card/verification-code',
    auth: 'session',
    summary: 'A short-lived member code, shown as a QR code to merchants',
    response: m.VerificationCode,
    status: 201,
    naturallyIdempotent: true,
    errors: [...sessionErrors, 'card_inactive'],
  },
  'me.points.get': {
    method: 'GET',
    path: '/v1/me/points',
    auth: 'session',
    summary: 'Points balance and points expiring soon',
    response: m.PointsBalance,
    errors: sessionErrors,
  },
  'me.points.transactions': {
    method: 'GET',
    path: '/v1/me/points/transactions',
    auth: 'session',
    summary: 'The points ledger: earned, spent, refunded, expired',
    query: m.PointsTransactionQuery,
    response: m.PointsTransactionPage,
    paginated: true,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.orders.create': {
    method: 'POST',
    path: '/v1/me/orders',
    auth: 'session',
    summary: 'Redeem points for a product (Idempotency-Key)',
    body: o.CreateOrderInput,
    response: o.Order,
    status: 201,
    idempotencyKey: true,
    errors: [
      ...sessionErrors,
      'validation_failed',
      'insufficient_points',
      'out_of_stock',
      'limit_exceeded',
      'card_inactive',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'me.orders.list': {
    method: 'GET',
    path: '/v1/me/orders',
    auth: 'session',
    summary: "The member's orders, newest first",
    query: o.OrderQuery,
    response: o.OrderPage,
    paginated: true,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.orders.get': {
    method: 'GET',
    path: '/v1/me/orders/{id}',
    auth: 'session',
    summary: 'One order of the member',
    response: o.Order,
    errors: sessionErrors,
  },
  'me.orders.cancel': {
    method: 'POST',
    path: '/v1/me/orders/{id}/cancel',
    auth: 'session',
    summary: 'Cancel an order where allowed; points and stock return',
    response: o.Order,
    naturallyIdempotent: true,
    errors: [...sessionErrors, 'order_not_cancellable'],
  },
  'me.loanDraft.get': {
    method: 'GET',
    path: '/v1/me/loan-draft',
    auth: 'session',
    summary: "The member's loan application draft, or null",
    response: l.MaybeLoanDraft,
    errors: sessionErrors,
  },
  'me.loanDraft.save': {
    method: 'PUT',
    path: '/v1/me/loan-draft',
    auth: 'session',
    summary: 'Save the loan application draft (replaces it)',
    body: l.LoanDraftInput,
    response: l.LoanDraft,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.loanDraft.delete': {
    method: 'DELETE',
    path: '/v1/me/loan-draft',
    auth: 'session',
    summary: 'Delete the loan application draft',
    response: l.Deleted,
    errors: sessionErrors,
  },
  'me.loanApplications.create': {
    method: 'POST',
    path: '/v1/me/loan-applications',
    auth: 'session',
    summary: 'Submit a 惠工贷 application (Idempotency-Key); consents are recorded',
    body: l.LoanApplicationInput,
    response: l.LoanApplication,
    status: 201,
    idempotencyKey: true,
    errors: [
      ...sessionErrors,
      'validation_failed',
      'loan_ineligible',
      'consent_required',
      'card_inactive',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'me.loanApplications.list': {
    method: 'GET',
    path: '/v1/me/loan-applications',
    auth: 'session',
    summary: "The member's loan applications, newest first",
    query: l.LoanApplicationQuery,
    response: l.LoanApplicationPage,
    paginated: true,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.loanApplications.get': {
    method: 'GET',
    path: '/v1/me/loan-applications/{id}',
    auth: 'session',
    summary: 'One loan application with its status timeline',
    response: l.LoanApplication,
    errors: sessionErrors,
  },
  'me.loanApplications.withdraw': {
    method: 'POST',
    path: '/v1/me/loan-applications/{id}/withdraw',
    auth: 'session',
    summary: 'Withdraw an application the bank has not decided yet',
    response: l.LoanApplication,
    naturallyIdempotent: true,
    errors: [...sessionErrors, 'application_not_withdrawable'],
  },
  'me.consents.list': {
    method: 'GET',
    path: '/v1/me/consents',
    auth: 'session',
    summary: "The member's consent records (append-only), newest first",
    response: l.ConsentRecordList,
    errors: sessionErrors,
  },
  'me.consents.withdraw': {
    method: 'POST',
    path: '/v1/me/consents/withdraw',
    auth: 'session',
    summary: 'Withdraw a consent (PIPL Art. 15); not retroactive',
    body: l.ConsentWithdrawInput,
    response: l.ConsentRecord,
    naturallyIdempotent: true,
    errors: [...sessionErrors, 'validation_failed'],
  },
  'sandbox.reset': {
    method: 'POST',
    path: '/sandbox/reset',
    auth: 'secret',
    summary: 'Reset the sandbox to its seed data',
    response: l.SandboxOk,
    sandboxOnly: true,
    errors: ['secret_key_required'],
  },
  'sandbox.members': {
    method: 'GET',
    path: '/sandbox/members',
    auth: 'secret',
    summary: 'The sandbox test members',
    response: m.SandboxMemberList,
    sandboxOnly: true,
    errors: ['secret_key_required'],
  },
  'sandbox.advanceLoan': {
    method: 'POST',
    path: '/sandbox/loan-applications/{id}/advance',
    auth: 'secret',
    summary: "Move an application through the bank's review",
    body: l.SandboxAdvanceInput,
    response: l.LoanApplication,
    sandboxOnly: true,
    errors: ['secret_key_required', 'validation_failed', 'invalid_transition'],
  },
  'sandbox.setPoints': {
    method: 'POST',
    path: '/sandbox/members/{id}/points',
    auth: 'secret',
    summary: "Set a test member's points balance (adds an adjust entry to the ledger)",
    body: l.SandboxPointsInput,
    response: m.PointsBalance,
    sandboxOnly: true,
    errors: ['secret_key_required', 'validation_failed'],
  },
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

/** `'/v1/me/orders/{id}/cancel'` → `'id'`. */
export type PathParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? N | PathParamNames<Rest>
  : never;

export type RequestBody<N extends EndpointName> = Endpoints[N] extends {
  body: infer B extends z.ZodMiniType;
}
  ? z.input<B>
  : never;
export type RequestQuery<N extends EndpointName> = Endpoints[N] extends {
  query: infer Q extends z.ZodMiniType;
}
  ? z.input<Q>
  : never;
export type ResponseOf<N extends EndpointName> = z.output<Endpoints[N]['response']>;

/** Names of the path parameters of a path template, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

/** Fill a path template: `fillPath('/v1/me/orders/{id}', { id: 'o 1' })` → `/v1/me/orders/o%201`. */
export function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '')
      throw new TypeError(`Missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

/** Whether a failed call of this endpoint may be sent again without changing the outcome. */
export function isRetrySafe(endpoint: Endpoint, hasIdempotencyKey: boolean): boolean {
  if (endpoint.method !== 'POST') return true;
  return (
    Boolean(endpoint.naturallyIdempotent) || (Boolean(endpoint.idempotencyKey) && hasIdempotencyKey)
  );
}
