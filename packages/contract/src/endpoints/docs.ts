// What only the API's documentation needs about each endpoint: a one-line summary and the error
// codes it may answer. Kept apart from the endpoint tables so browser bundles, which import those
// tables for their schemas, do not carry these strings; openapi.ts (and the docs) read it.
import type { EndpointName } from '../endpoints.js';
import type { ErrorCode } from '../schemas/errors.js';

/** What the API's documentation says about one endpoint (`endpointDocs[name]`). */
export interface EndpointDoc {
  /** One line for the docs and the OpenAPI operation. */
  readonly summary: string;
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

/** Codes every member-session endpoint may answer besides the common ones. */
const sessionErrors = ['session_required', 'session_expired'] as const;
/**
 * Codes of a member endpoint that belongs to one service module: `forbidden` when the session's
 * partner has not enabled that module (an employer without 惠工贷 reading loan applications).
 */
const moduleErrors = [...sessionErrors, 'forbidden'] as const;

/**
 * The documentation of every endpoint of the table, under the same key. Its type requires exactly
 * the table's keys, and a test compares the two at run time too.
 */
export const endpointDocs = {
  // Public catalogues
  'services.list': {
    summary: 'Service modules enabled for the partner, in the platform order',
    errors: ['publishable_key_required'],
  },
  'unions.tree': {
    summary: 'The union tree as a flat list of nodes with parentId (filter by parent or search)',
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'merchants.list': {
    summary: '惠工联盟 merchants and their member discounts',
    errors: ['publishable_key_required', 'validation_failed'],
  },
  // Points mall
  'mall.categories.list': {
    summary: 'Points-mall categories',
    errors: ['publishable_key_required'],
  },
  'mall.products.list': {
    summary: 'Points-mall products: search, category filter, sort, cursor pagination',
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'mall.products.get': {
    summary: 'One points-mall product',
    errors: ['publishable_key_required'],
  },
  'me.points.get': {
    summary: 'Points balance and points expiring soon',
    errors: sessionErrors,
  },
  'me.points.transactions': {
    summary: 'The points ledger: earned, spent, refunded, expired',
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.orders.create': {
    summary: 'Redeem points for a product (Idempotency-Key)',
    errors: [
      ...moduleErrors,
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
    summary: "The member's orders, newest first",
    errors: [...moduleErrors, 'validation_failed'],
  },
  'me.orders.get': {
    summary: 'One order of the member',
    errors: moduleErrors,
  },
  'me.orders.cancel': {
    summary: 'Cancel an order where allowed; points and stock return',
    errors: [...moduleErrors, 'order_not_cancellable'],
  },
  // 惠工贷
  'loans.products': {
    summary: '惠工贷 products with amount range, terms, 年化利率 range and consent texts',
    errors: ['publishable_key_required'],
  },
  'me.loanDraft.get': {
    summary: "The member's loan application draft, or null",
    errors: moduleErrors,
  },
  'me.loanDraft.save': {
    summary:
      'Save the loan application draft (replaces it); not for a product with an application under review',
    errors: [...moduleErrors, 'validation_failed', 'loan_ineligible'],
  },
  'me.loanDraft.delete': {
    summary: 'Delete the loan application draft',
    errors: moduleErrors,
  },
  'me.loanApplications.create': {
    summary:
      'Submit a 惠工贷 application (Idempotency-Key), one per product while under review; consents are recorded',
    errors: [
      ...moduleErrors,
      'validation_failed',
      'loan_ineligible',
      'consent_required',
      'card_inactive',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'me.loanApplications.list': {
    summary: "The member's loan applications, newest first",
    errors: [...moduleErrors, 'validation_failed'],
  },
  'me.loanApplications.get': {
    summary: 'One loan application with its status timeline',
    errors: moduleErrors,
  },
  'me.loanApplications.withdraw': {
    summary: 'Withdraw an application the bank has not decided yet',
    errors: [...moduleErrors, 'application_not_withdrawable'],
  },
  'me.consents.list': {
    summary: "The member's consent records (append-only), newest first",
    errors: moduleErrors,
  },
  'me.consents.withdraw': {
    summary:
      'Withdraw a consent (PIPL Art. 15); not retroactive; the applications in review that need it are withdrawn with it; a consent never given answers consent_not_granted',
    errors: [...moduleErrors, 'validation_failed', 'consent_not_granted'],
  },
  // Member and card
  'me.get': {
    summary: 'The member of the session',
    errors: sessionErrors,
  },
  'me.card.get': {
    summary: 'The member card 嘉工卡 (masked)',
    errors: sessionErrors,
  },
  'me.card.reveal': {
    summary: 'The full card number and holder name, for the holder only, on explicit request',
    errors: sessionErrors,
  },
  'me.card.benefits': {
    summary: 'Card benefits grouped 保障帮扶 / 普惠服务 / 金融服务',
    errors: [...sessionErrors, 'validation_failed'],
  },
  'me.card.verificationCode': {
    summary: 'A short-lived member code, shown as a QR code to merchants',
    errors: [...sessionErrors, 'card_inactive'],
  },
  // Partner back end and sandbox
  'sessions.create': {
    summary: 'Mint a 15-minute member session for a member the partner has identified',
    errors: ['secret_key_required', 'secret_key_in_browser', 'validation_failed'],
  },
  'cardVerifications.create': {
    summary:
      "Check a member's verification code once, merchant side (Idempotency-Key: a retry gets the first answer)",
    errors: [
      'secret_key_required',
      'secret_key_in_browser',
      'validation_failed',
      'verification_code_invalid',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'sandbox.reset': {
    summary: 'Reset the sandbox to its seed data',
    errors: ['secret_key_required', 'secret_key_in_browser'],
  },
  'sandbox.members': {
    summary: 'The sandbox test members',
    errors: ['secret_key_required', 'secret_key_in_browser'],
  },
  'sandbox.advanceLoan': {
    summary: "Move an application through the bank's review",
    errors: [
      'secret_key_required',
      'secret_key_in_browser',
      'validation_failed',
      'invalid_transition',
    ],
  },
  'sandbox.setPoints': {
    summary: "Set a test member's points balance (adds an adjust entry to the ledger)",
    errors: ['secret_key_required', 'secret_key_in_browser', 'validation_failed'],
  },
  'sandbox.clock': {
    summary: "The sandbox's test clock: its present and how far ahead of real time it runs",
    errors: ['secret_key_required', 'secret_key_in_browser'],
  },
  'sandbox.setClock': {
    summary:
      'Move the test clock forward, by advanceSeconds or to an instant at (never back; reset returns it to real time)',
    errors: ['secret_key_required', 'secret_key_in_browser', 'validation_failed'],
  },
  'sandbox.setTexts': {
    summary:
      'Overwrite every user-facing text of the catalogue and seeded history with the given strings, cycling (security tests; reset restores the seed)',
    errors: ['secret_key_required', 'secret_key_in_browser', 'validation_failed'],
  },
  // Content
  'models.list': {
    summary:
      '劳模风采: model workers and craftsmen, filter by honour level, search, cursor pagination',
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'models.get': {
    summary: 'One model worker with the whole story',
    errors: ['publishable_key_required'],
  },
  'courses.list': {
    summary:
      '职工课堂 courses (incl. the 我在嘉兴挺好的 public-welfare series): filter by kind, provider, public welfare, search',
    errors: ['publishable_key_required', 'validation_failed'],
  },
  'courses.providers': {
    summary: 'Who gives the courses, with how many each',
    errors: ['publishable_key_required'],
  },
  'courses.get': {
    summary: 'One course with seats left',
    errors: ['publishable_key_required'],
  },
  'me.courses.signUp': {
    summary:
      'Sign the member up for a course that has not started (Idempotency-Key); capacity is enforced',
    errors: [
      ...moduleErrors,
      'course_started',
      'course_full',
      'already_signed_up',
      'card_inactive',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'me.courses.cancel': {
    summary:
      "Cancel the member's sign-up for a course that has not started; the seat returns, and the course comes back as it is now (cancelling again changes nothing)",
    errors: [...moduleErrors, 'sign_up_not_cancellable'],
  },
  'me.courses.list': {
    summary: "The member's course sign-ups, newest first",
    errors: [...moduleErrors, 'validation_failed'],
  },
  'quiz.current': {
    summary: 'The quiz rally round open now, or null',
    errors: ['publishable_key_required'],
  },
  'quiz.questions': {
    summary: "A round's questions and options, without answers",
    errors: ['publishable_key_required'],
  },
  'quiz.leaderboard': {
    summary: "A round's leaderboard by union branch (县(市、区)总工会)",
    errors: ['publishable_key_required'],
  },
  'me.quiz.submit': {
    summary:
      "Submit the member's answers, once per round (Idempotency-Key); scored on the server, points awarded through the ledger",
    errors: [
      ...moduleErrors,
      'validation_failed',
      'quiz_already_submitted',
      'quiz_closed',
      'card_inactive',
      'idempotency_key_reused',
      'idempotency_key_in_use',
    ],
  },
  'me.quiz.result': {
    summary: "The member's result of a round, or null until they submitted",
    errors: moduleErrors,
  },
} as const satisfies Record<EndpointName, EndpointDoc>;
