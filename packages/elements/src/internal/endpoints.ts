import { cardEndpoints, catalogueEndpoints, loanMemberEndpoints } from '@jiagong/contract';
import type { Endpoint } from '@jiagong/contract';

// The contract's endpoints that take a query or a body, as the elements' clients call them. Their
// schema is the sandbox's (it parses what it is sent); the client only asks whether an endpoint
// takes one (its first argument is then the query, sent as the URL's search, or the JSON body).
// The contract's entry, handed to a client as it is, brought that schema into every bundle of an
// element that calls it: an enum, coerced numbers and their checks that no browser runs (about
// 0.2-0.3 KB gzip in <jg-card-benefits> and <jg-merchant-list>), the loan application's and
// draft's bodies (0.3 KB in <jg-loan-application>). These entries are the contract's with
// `query: true` or `body: true` instead: the same method, path, credential, response schema,
// paging and idempotency key, typed as the contract's entry (so its client's methods take the
// same query or body).

/**
 * The contract's `endpoint` without the schema of what it `takes`. Reads only the members it
 * copies, so a bundle drops the rest (a property read in a loop or a spread would keep them all).
 */
/* @__NO_SIDE_EFFECTS__ */
function called<E extends Endpoint>(
  { method, path, auth, response, paginated, idempotencyKey }: E,
  takes: 'query' | 'body' = 'query',
): E {
  return { method, path, auth, [takes]: true, response, paginated, idempotencyKey } as unknown as E;
}

/** `GET /v1/me/card/benefits` (`<jg-card-benefits>`). */
export const cardBenefits = /* @__PURE__ */ called(cardEndpoints['me.card.benefits']);
/** `GET /v1/unions` (`<jg-union-picker>`, `<jg-merchant-list>`). */
export const unionsTree = /* @__PURE__ */ called(catalogueEndpoints['unions.tree']);
/** `GET /v1/merchants` (`<jg-merchant-list>`). */
export const merchantsList = /* @__PURE__ */ called(catalogueEndpoints['merchants.list']);
/** `GET /v1/me/loan-applications` (`<jg-loan-status>`). */
export const loanApplicationsList = /* @__PURE__ */ called(
  loanMemberEndpoints['me.loanApplications.list'],
);
/** `PUT /v1/me/loan-draft` (`<jg-loan-application>`). */
export const loanDraftSave = /* @__PURE__ */ called(
  loanMemberEndpoints['me.loanDraft.save'],
  'body',
);
/** `POST /v1/me/loan-applications` (`<jg-loan-application>`). */
export const loanApplicationsCreate = /* @__PURE__ */ called(
  loanMemberEndpoints['me.loanApplications.create'],
  'body',
);
