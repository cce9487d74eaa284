import type { EndpointName, knownServiceIds } from '@jiagong/contract';

type ServiceId = (typeof knownServiceIds)[number];

/**
 * The service module each member endpoint belongs to. A member session is scoped to one
 * partner's enabled modules (DESIGN): an employer's intranet without the loan module must not
 * read its staff's loan applications, nor spend their points in a mall it does not offer.
 * Member-wide data stays open to every partner: the member, the card, and points (earned in
 * several modules).
 */
export const endpointModules: Partial<Record<EndpointName, ServiceId>> = {
  'me.orders.create': 'mall',
  'me.orders.list': 'mall',
  'me.orders.get': 'mall',
  'me.orders.cancel': 'mall',
  'me.loanDraft.get': 'loan',
  'me.loanDraft.save': 'loan',
  'me.loanDraft.delete': 'loan',
  'me.loanApplications.create': 'loan',
  'me.loanApplications.list': 'loan',
  'me.loanApplications.get': 'loan',
  'me.loanApplications.withdraw': 'loan',
  // Every consent text is the loan application's (share with the bank, credit check): the ledger
  // tells when a member applied for credit, which is no business of a partner without 惠工贷.
  'me.consents.list': 'loan',
  'me.consents.withdraw': 'loan',
  'me.courses.signUp': 'classroom',
  'me.courses.cancel': 'classroom',
  'me.courses.list': 'classroom',
  'me.quiz.submit': 'quiz',
  'me.quiz.result': 'quiz',
};
