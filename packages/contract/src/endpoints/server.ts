import type { Endpoint } from './endpoint.js';
import * as m from '../schemas/member.js';
import * as l from '../schemas/loans.js';

/** Partner back-end endpoints (secret key): sessions and card verifications. */
export const partnerServerEndpoints = {
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
} as const satisfies Record<string, Endpoint>;

/** Sandbox-only endpoints (secret key). */
export const sandboxEndpoints = {
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
  'sandbox.setTexts': {
    method: 'POST',
    path: '/sandbox/fixtures/texts',
    auth: 'secret',
    summary:
      'Overwrite every user-facing text of the catalogue and seeded history with the given strings, cycling (security tests; reset restores the seed)',
    body: l.SandboxTextsInput,
    response: l.SandboxTextsResult,
    sandboxOnly: true,
    errors: ['secret_key_required', 'validation_failed'],
  },
} as const satisfies Record<string, Endpoint>;

/** Every secret-key endpoint: what `createServerClient` exposes. */
export const serverEndpoints = { ...partnerServerEndpoints, ...sandboxEndpoints } as const;
