import { sessionErrors, type Endpoint } from './endpoint.js';
import * as c from '../schemas/catalogue.js';
import * as l from '../schemas/loans.js';

/** 惠工贷 products (publishable key). */
export const loanProductEndpoints = {
  'loans.products': {
    method: 'GET',
    path: '/v1/loans/products',
    auth: 'publishable',
    summary: '惠工贷 products with amount range, terms, 年化利率 range and consent texts',
    response: c.LoanProductList,
    errors: ['publishable_key_required'],
  },
} as const satisfies Record<string, Endpoint>;

/** The member's loan draft, applications and consents (member session). */
export const loanMemberEndpoints = {
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
} as const satisfies Record<string, Endpoint>;

/** The 惠工贷 family: products, draft, applications, consents. */
export const loanEndpoints = { ...loanProductEndpoints, ...loanMemberEndpoints } as const;
