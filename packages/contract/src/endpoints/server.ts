import type { Endpoint } from './endpoint.js';
import * as m from '../schemas/member.js';
import * as l from '../schemas/loans.js';

/** Partner back-end endpoints (secret key): sessions and card verifications. */
export const partnerServerEndpoints = {
  'sessions.create': {
    method: 'POST',
    path: '/v1/sessions',
    auth: 'secret',
    body: m.SessionInput,
    response: m.Session,
    status: 201,
    // A repeat mints another 15-minute session nobody holds, which ends on its own: as safe to
    // retry as a new verification code, and a member's page waits on it.
    naturallyIdempotent: true,
  },
  'cardVerifications.create': {
    method: 'POST',
    path: '/v1/card-verifications',
    auth: 'secret',
    body: m.CardVerificationInput,
    response: m.CardVerification,
    idempotencyKey: true,
  },
} as const satisfies Record<string, Endpoint>;

/** Sandbox-only endpoints (secret key). */
export const sandboxEndpoints = {
  'sandbox.reset': {
    method: 'POST',
    path: '/sandbox/reset',
    auth: 'secret',
    response: l.SandboxOk,
    sandboxOnly: true,
  },
  'sandbox.members': {
    method: 'GET',
    path: '/sandbox/members',
    auth: 'secret',
    response: m.SandboxMemberList,
    sandboxOnly: true,
  },
  'sandbox.advanceLoan': {
    method: 'POST',
    path: '/sandbox/loan-applications/{id}/advance',
    auth: 'secret',
    body: l.SandboxAdvanceInput,
    response: l.LoanApplication,
    sandboxOnly: true,
  },
  'sandbox.setPoints': {
    method: 'POST',
    path: '/sandbox/members/{id}/points',
    auth: 'secret',
    body: l.SandboxPointsInput,
    response: m.PointsBalance,
    sandboxOnly: true,
  },
  'sandbox.clock': {
    method: 'GET',
    path: '/sandbox/clock',
    auth: 'secret',
    response: l.SandboxClock,
    sandboxOnly: true,
  },
  'sandbox.setClock': {
    method: 'POST',
    path: '/sandbox/clock',
    auth: 'secret',
    body: l.SandboxClockInput,
    response: l.SandboxClock,
    sandboxOnly: true,
  },
  'sandbox.setTexts': {
    method: 'POST',
    path: '/sandbox/fixtures/texts',
    auth: 'secret',
    body: l.SandboxTextsInput,
    response: l.SandboxTextsResult,
    sandboxOnly: true,
  },
} as const satisfies Record<string, Endpoint>;

/** Every secret-key endpoint: what `createServerClient` exposes. */
export const serverEndpoints = { ...partnerServerEndpoints, ...sandboxEndpoints } as const;
