import type * as z from 'zod/mini';
import * as s from './build.js';
import { int, maxLength, maximum, minLength, minimum } from './checks.js';
import { DateTime, Id, Page, PageQuery, Text } from './common.js';
import { RepaymentMethod } from './catalogue.js';

// Object types are interfaces extending their schema's inferred type: an editor's hover and
// the API docs then show their name (`Promise<MemberCard>`), not the expanded structure.
/* eslint-disable @typescript-eslint/no-empty-object-type */

/** The applicant of a loan application (`LoanApplicationInput.applicant`). */
export const ApplicantInput = s.object({
  name: s.string(maxLength(60)),
  idNumber: s.string(maxLength(40)),
  mobile: s.string(maxLength(30)),
  unionId: Id,
});
/** The applicant's employer (`LoanApplicationInput.employer`). */
export const EmployerInput = s.object({
  name: s.string(minLength(2), maxLength(100)),
  uscc: s.string(maxLength(30)),
});
export const ConsentGrant = s.object({
  textId: Id,
  version: s.string(),
  granted: s.boolean(),
});
/** A consent the applicant granted or refused, by consent text id and version. */
export interface ConsentGrant extends z.infer<typeof ConsentGrant> {}

export const LoanApplicationInput = s.object({
  productId: Id,
  amountFen: s.number(int, minimum(1)),
  termMonths: s.number(int, minimum(1), maximum(360)),
  repaymentMethod: RepaymentMethod,
  applicant: ApplicantInput,
  employer: EmployerInput,
  purpose: s.string(minLength(2), maxLength(500)),
  consents: s.array(ConsentGrant),
  /** Host app and SDK version, recorded with each consent (DOMAIN §8). */
  channel: s.optional(s.string(maxLength(100))),
});
/** What `client.me.loanApplications.create()` takes. */
export interface LoanApplicationInput extends z.infer<typeof LoanApplicationInput> {}

/** The status of a loan application, from `submitted` to `disbursed`, `rejected` or `withdrawn`. */
export const LoanStatus = s.enum([
  'submitted',
  'under_review',
  'approved',
  'rejected',
  'disbursed',
  'withdrawn',
]);
/** The status of a loan application, from `submitted` to `disbursed`, `rejected` or `withdrawn`. */
export type LoanStatus = z.infer<typeof LoanStatus>;

export const LoanTimelineEntry = s.object({
  status: s.open<LoanStatus>(),
  at: DateTime,
  note: s.nullable(Text),
});
/** One step of a loan application's history (`LoanApplication.timeline`). */
export interface LoanTimelineEntry extends z.infer<typeof LoanTimelineEntry> {}

export const LoanApplication = s.object({
  id: Id,
  productId: Id,
  productName: Text,
  amountFen: s.Int,
  termMonths: s.Int,
  repaymentMethod: s.open<RepaymentMethod>(),
  /**
   * The 年化利率 the member was quoted when applying: the product's highest (`aprMaxPercent` at
   * submission), the rate `<jg-loan-application>`'s estimate shows; the bank's offer is binding.
   */
  aprPercent: s.number(),
  status: s.open<LoanStatus>(),
  applicant: s.object({
    nameMasked: Text,
    idNumberMasked: s.string(),
    mobileMasked: s.string(),
    unionId: Id,
    unionName: Text,
  }),
  employer: s.object({ name: Text, uscc: s.string() }),
  purpose: Text,
  timeline: s.array(LoanTimelineEntry),
  rejectionReason: s.nullable(Text),
  withdrawable: s.boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
/**
 * A 惠工贷 loan application (`client.me.loanApplications.create()`, `.get(id)`, `.list()`,
 * `.withdraw(id)`).
 */
export interface LoanApplication extends z.infer<typeof LoanApplication> {}
export const LoanApplicationQuery = s.object({ ...PageQuery });
/** What `client.me.loanApplications.list()` takes: the page. */
export interface LoanApplicationQuery extends z.input<typeof LoanApplicationQuery> {}
/** A page of the member's loan applications, `{ data, nextCursor }`. */
export const LoanApplicationPage = Page(LoanApplication);

/**
 * Any JSON object (`Record<string, unknown>`). Not `z.record(z.string(), z.unknown())`: that
 * brings zod's record schema (≈ 0.5 KB gzip) to the loan family's browser bundle for what an
 * object with no known keys that keeps every key checks as well.
 */
const JsonObject = s.looseObject({});

/**
 * A draft is whatever the member has typed so far; it is partial by nature, so its values are
 * loosely typed and validated only on submission. It lives on the server, never in the browser.
 * It keeps no resident ID number (sensitive PI, given with the application the member consents
 * for): the sandbox saves and answers `''` for the value of any `idNumber` key and any text that
 * reads as an ID number; a draft sent with one is stripped, not refused.
 */
export const LoanDraftInput = s.object({
  step: s.string(maxLength(40)),
  values: JsonObject,
});
/** What `client.me.loanDraft.save()` takes. */
export interface LoanDraftInput extends z.infer<typeof LoanDraftInput> {}
export const LoanDraft = s.object({
  step: s.string(),
  values: JsonObject,
  updatedAt: DateTime,
});
/** The member's saved loan application draft (`client.me.loanDraft.get()`, `.save()`). */
export interface LoanDraft extends z.infer<typeof LoanDraft> {}
/** `{ draft }`: the member's draft, or `null` (`client.me.loanDraft.get()`). */
export const MaybeLoanDraft = s.object({ draft: s.nullable(LoanDraft) });
/** `{ deleted: true }`: what `client.me.loanDraft.delete()` answers. */
export const Deleted = s.object({ deleted: s.literal(true) });

export const ConsentRecord = s.object({
  id: Id,
  purpose: s.string(),
  textId: Id,
  textVersion: s.string(),
  textSha256: s.string(),
  recipient: s.nullable(Text),
  dataCategories: s.array(s.string()),
  action: s.open<'grant' | 'withdraw'>(),
  serverTime: DateTime,
  channel: s.string(),
  locale: s.string(),
});
/** One record of the member's consent ledger (`client.me.consents.list()`). */
export interface ConsentRecord extends z.infer<typeof ConsentRecord> {}
/** `{ data: ConsentRecord[] }`: what `client.me.consents.list()` answers. */
export const ConsentRecordList = s.object({ data: s.array(ConsentRecord) });
export const ConsentWithdrawInput = s.object({
  textId: Id,
  /** Host app and SDK version, recorded with the withdrawal (DOMAIN §8); `api` when not sent. */
  channel: s.optional(s.string(maxLength(100))),
});
/** What `client.me.consents.withdraw()` takes. */
export interface ConsentWithdrawInput extends z.infer<typeof ConsentWithdrawInput> {}

export const SandboxAdvanceInput = s.object({
  to: s.enum(['under_review', 'approved', 'rejected', 'disbursed']),
  note: s.optional(s.string(maxLength(200))),
});
/** What `sandbox.advanceLoan(id, …)` takes (server client, sandbox only). */
export interface SandboxAdvanceInput extends z.infer<typeof SandboxAdvanceInput> {}
export const SandboxPointsInput = s.object({
  // The ledger stores points as int4: the sandbox refuses more with 422 (not a database 500).
  balance: s.number(int, minimum(0), maximum(2_000_000_000)),
});
/** What `sandbox.setPoints(id, …)` takes (server client, sandbox only). */
export interface SandboxPointsInput extends z.infer<typeof SandboxPointsInput> {}
/** How far one `sandbox.setClock()` may move the sandbox's clock: ten years (and so may `at`). */
export const SANDBOX_CLOCK_MAX_SECONDS = 10 * 366 * 24 * 60 * 60;
/**
 * What `sandbox.setClock()` takes: one of `advanceSeconds` (forward by so many seconds) or `at`
 * (an instant not before the sandbox's present). The clock only goes forward; `sandbox.reset()`
 * brings it back to real time.
 */
export const SandboxClockInput = s.object({
  advanceSeconds: s.optional(s.number(int, minimum(1), maximum(SANDBOX_CLOCK_MAX_SECONDS))),
  at: s.optional(DateTime),
});
/** What `sandbox.setClock()` takes (server client, sandbox only). */
export interface SandboxClockInput extends z.infer<typeof SandboxClockInput> {}
/** The sandbox's clock: its present (+08:00) and how far ahead of real time it runs. */
export const SandboxClock = s.object({ now: DateTime, offsetSeconds: s.Int });
/** What `sandbox.clock()` and `sandbox.setClock()` answer (server client, sandbox only). */
export interface SandboxClock extends z.infer<typeof SandboxClock> {}
/** `{ ok: true }`: what `sandbox.reset()` answers. */
export const SandboxOk = s.object({ ok: s.literal(true) });
/**
 * Strings the sandbox writes into every user-facing text of its catalogue and seeded history
 * (names, descriptions, addresses …), cycling through them: the security suite sends hostile
 * strings (markup, bidi controls, very long text) and checks every element shows them inert.
 */
export const SandboxTextsInput = s.object({
  texts: s.array(s.string(minLength(1), maxLength(500)), minLength(1), maxLength(100)),
});
/** What `sandbox.setTexts()` takes (server client, sandbox only). */
export interface SandboxTextsInput extends z.infer<typeof SandboxTextsInput> {}
/** How many rows of each table got the texts. */
export const SandboxTextsResult = s.object({ updated: s.record(s.string(), s.Int) });
/** What `sandbox.setTexts()` returns (server client, sandbox only). */
export interface SandboxTextsResult extends z.infer<typeof SandboxTextsResult> {}
