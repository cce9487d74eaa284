import * as z from 'zod/mini';
import { checked, Int } from './build.js';
import { maxLength, maximum, minLength, minimum } from './checks.js';
import { DateTime, Id, Page, PageQuery, Text } from './common.js';
import { RepaymentMethod } from './catalogue.js';

export const ApplicantInput = z.object({
  name: checked(z.string(), maxLength(60)),
  idNumber: checked(z.string(), maxLength(40)),
  mobile: checked(z.string(), maxLength(30)),
  unionId: Id,
});
export const EmployerInput = z.object({
  name: checked(z.string(), minLength(2), maxLength(100)),
  uscc: checked(z.string(), maxLength(30)),
});
export const ConsentGrant = z.object({
  textId: Id,
  version: z.string(),
  granted: z.boolean(),
});
export type ConsentGrant = z.infer<typeof ConsentGrant>;

export const LoanApplicationInput = z.object({
  productId: Id,
  amountFen: checked(Int, minimum(1)),
  termMonths: checked(Int, minimum(1), maximum(360)),
  repaymentMethod: RepaymentMethod,
  applicant: ApplicantInput,
  employer: EmployerInput,
  purpose: checked(z.string(), minLength(2), maxLength(500)),
  consents: z.array(ConsentGrant),
  /** Host app and SDK version, recorded with each consent (DOMAIN §8). */
  channel: z.optional(checked(z.string(), maxLength(100))),
});
export type LoanApplicationInput = z.infer<typeof LoanApplicationInput>;

export const LoanStatus = z.enum([
  'submitted',
  'under_review',
  'approved',
  'rejected',
  'disbursed',
  'withdrawn',
]);
export type LoanStatus = z.infer<typeof LoanStatus>;

export const LoanTimelineEntry = z.object({
  status: LoanStatus,
  at: DateTime,
  note: z.nullable(Text),
});

export const LoanApplication = z.object({
  id: Id,
  productId: Id,
  productName: Text,
  amountFen: Int,
  termMonths: Int,
  repaymentMethod: RepaymentMethod,
  /** The indicative 年化利率 at submission; the bank's offer is binding. */
  aprPercent: z.number(),
  status: LoanStatus,
  applicant: z.object({
    nameMasked: Text,
    idNumberMasked: z.string(),
    mobileMasked: z.string(),
    unionId: Id,
    unionName: Text,
  }),
  employer: z.object({ name: Text, uscc: z.string() }),
  purpose: Text,
  timeline: z.array(LoanTimelineEntry),
  rejectionReason: z.nullable(Text),
  withdrawable: z.boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type LoanApplication = z.infer<typeof LoanApplication>;
export const LoanApplicationQuery = z.object({ ...PageQuery });
export const LoanApplicationPage = Page(LoanApplication);

/**
 * Any JSON object (`Record<string, unknown>`). Not `z.record(z.string(), z.unknown())`: that
 * brings zod's record schema (≈ 0.5 KB gzip) to the loan family's browser bundle for what an
 * object with no known keys that keeps every key checks as well.
 */
const JsonObject = z.looseObject({});

/**
 * A draft is whatever the member has typed so far; it is partial by nature, so its values are
 * loosely typed and validated only on submission. It lives on the server, never in the browser.
 */
export const LoanDraftInput = z.object({
  step: checked(z.string(), maxLength(40)),
  values: JsonObject,
});
export type LoanDraftInput = z.infer<typeof LoanDraftInput>;
export const LoanDraft = z.object({
  step: z.string(),
  values: JsonObject,
  updatedAt: DateTime,
});
export type LoanDraft = z.infer<typeof LoanDraft>;
export const MaybeLoanDraft = z.object({ draft: z.nullable(LoanDraft) });
export const Deleted = z.object({ deleted: z.literal(true) });

export const ConsentRecord = z.object({
  id: Id,
  purpose: z.string(),
  textId: Id,
  textVersion: z.string(),
  textSha256: z.string(),
  recipient: z.nullable(Text),
  dataCategories: z.array(z.string()),
  action: z.enum(['grant', 'withdraw']),
  serverTime: DateTime,
  channel: z.string(),
  locale: z.string(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;
export const ConsentRecordList = z.object({ data: z.array(ConsentRecord) });
export const ConsentWithdrawInput = z.object({ textId: Id });

export const SandboxAdvanceInput = z.object({
  to: z.enum(['under_review', 'approved', 'rejected', 'disbursed']),
  note: z.optional(checked(z.string(), maxLength(200))),
});
export const SandboxPointsInput = z.object({ balance: checked(Int, minimum(0)) });
export const SandboxOk = z.object({ ok: z.literal(true) });
/**
 * Strings the sandbox writes into every user-facing text of its catalogue and seeded history
 * (names, descriptions, addresses …), cycling through them: the security suite sends hostile
 * strings (markup, bidi controls, very long text) and checks every element shows them inert.
 */
export const SandboxTextsInput = z.object({
  texts: checked(
    z.array(checked(z.string(), minLength(1), maxLength(500))),
    minLength(1),
    maxLength(100),
  ),
});
/** How many rows of each table got the texts. */
export const SandboxTextsResult = z.object({ updated: z.record(z.string(), Int) });
