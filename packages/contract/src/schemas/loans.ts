import type * as z from 'zod/mini';
import * as s from './build.js';
import { int, maxLength, maximum, minLength, minimum } from './checks.js';
import { DateTime, Id, Page, PageQuery, Text } from './common.js';
import { RepaymentMethod } from './catalogue.js';

export const ApplicantInput = s.object({
  name: s.string(maxLength(60)),
  idNumber: s.string(maxLength(40)),
  mobile: s.string(maxLength(30)),
  unionId: Id,
});
export const EmployerInput = s.object({
  name: s.string(minLength(2), maxLength(100)),
  uscc: s.string(maxLength(30)),
});
export const ConsentGrant = s.object({
  textId: Id,
  version: s.string(),
  granted: s.boolean(),
});
export type ConsentGrant = z.infer<typeof ConsentGrant>;

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
export type LoanApplicationInput = z.infer<typeof LoanApplicationInput>;

export const LoanStatus = s.enum([
  'submitted',
  'under_review',
  'approved',
  'rejected',
  'disbursed',
  'withdrawn',
]);
export type LoanStatus = z.infer<typeof LoanStatus>;

export const LoanTimelineEntry = s.object({
  status: LoanStatus,
  at: DateTime,
  note: s.nullable(Text),
});

export const LoanApplication = s.object({
  id: Id,
  productId: Id,
  productName: Text,
  amountFen: s.Int,
  termMonths: s.Int,
  repaymentMethod: RepaymentMethod,
  /** The indicative 年化利率 at submission; the bank's offer is binding. */
  aprPercent: s.number(),
  status: LoanStatus,
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
export type LoanApplication = z.infer<typeof LoanApplication>;
export const LoanApplicationQuery = s.object({ ...PageQuery });
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
 */
export const LoanDraftInput = s.object({
  step: s.string(maxLength(40)),
  values: JsonObject,
});
export type LoanDraftInput = z.infer<typeof LoanDraftInput>;
export const LoanDraft = s.object({
  step: s.string(),
  values: JsonObject,
  updatedAt: DateTime,
});
export type LoanDraft = z.infer<typeof LoanDraft>;
export const MaybeLoanDraft = s.object({ draft: s.nullable(LoanDraft) });
export const Deleted = s.object({ deleted: s.literal(true) });

export const ConsentRecord = s.object({
  id: Id,
  purpose: s.string(),
  textId: Id,
  textVersion: s.string(),
  textSha256: s.string(),
  recipient: s.nullable(Text),
  dataCategories: s.array(s.string()),
  action: s.enum(['grant', 'withdraw']),
  serverTime: DateTime,
  channel: s.string(),
  locale: s.string(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;
export const ConsentRecordList = s.object({ data: s.array(ConsentRecord) });
export const ConsentWithdrawInput = s.object({ textId: Id });

export const SandboxAdvanceInput = s.object({
  to: s.enum(['under_review', 'approved', 'rejected', 'disbursed']),
  note: s.optional(s.string(maxLength(200))),
});
export const SandboxPointsInput = s.object({ balance: s.number(int, minimum(0)) });
export const SandboxOk = s.object({ ok: s.literal(true) });
/**
 * Strings the sandbox writes into every user-facing text of its catalogue and seeded history
 * (names, descriptions, addresses …), cycling through them: the security suite sends hostile
 * strings (markup, bidi controls, very long text) and checks every element shows them inert.
 */
export const SandboxTextsInput = s.object({
  texts: s.array(s.string(minLength(1), maxLength(500)), minLength(1), maxLength(100)),
});
/** How many rows of each table got the texts. */
export const SandboxTextsResult = s.object({ updated: s.record(s.string(), s.Int) });
