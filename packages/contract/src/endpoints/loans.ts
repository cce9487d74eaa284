import type { Endpoint } from './endpoint.js';
import * as c from '../schemas/catalogue.js';
import * as l from '../schemas/loans.js';

/** 惠工贷 products (publishable key). */
export const loanProductEndpoints = {
  'loans.products': {
    method: 'GET',
    path: '/v1/loans/products',
    auth: 'publishable',
    response: c.LoanProductList,
  },
} as const satisfies Record<string, Endpoint>;

/** The member's loan draft, applications and consents (member session). */
export const loanMemberEndpoints = {
  'me.loanDraft.get': {
    method: 'GET',
    path: '/v1/me/loan-draft',
    auth: 'session',
    response: l.MaybeLoanDraft,
  },
  'me.loanDraft.save': {
    method: 'PUT',
    path: '/v1/me/loan-draft',
    auth: 'session',
    body: l.LoanDraftInput,
    response: l.LoanDraft,
  },
  'me.loanDraft.delete': {
    method: 'DELETE',
    path: '/v1/me/loan-draft',
    auth: 'session',
    response: l.Deleted,
  },
  'me.loanApplications.create': {
    method: 'POST',
    path: '/v1/me/loan-applications',
    auth: 'session',
    body: l.LoanApplicationInput,
    response: l.LoanApplication,
    status: 201,
    idempotencyKey: true,
  },
  'me.loanApplications.list': {
    method: 'GET',
    path: '/v1/me/loan-applications',
    auth: 'session',
    query: l.LoanApplicationQuery,
    response: l.LoanApplicationPage,
    paginated: true,
  },
  'me.loanApplications.get': {
    method: 'GET',
    path: '/v1/me/loan-applications/{id}',
    auth: 'session',
    response: l.LoanApplication,
  },
  'me.loanApplications.withdraw': {
    method: 'POST',
    path: '/v1/me/loan-applications/{id}/withdraw',
    auth: 'session',
    response: l.LoanApplication,
    naturallyIdempotent: true,
  },
  'me.consents.list': {
    method: 'GET',
    path: '/v1/me/consents',
    auth: 'session',
    response: l.ConsentRecordList,
  },
  'me.consents.withdraw': {
    method: 'POST',
    path: '/v1/me/consents/withdraw',
    auth: 'session',
    body: l.ConsentWithdrawInput,
    response: l.ConsentRecord,
    naturallyIdempotent: true,
  },
} as const satisfies Record<string, Endpoint>;

/** The 惠工贷 family: products, draft, applications, consents. */
export const loanEndpoints = { ...loanProductEndpoints, ...loanMemberEndpoints } as const;
