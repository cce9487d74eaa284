import * as z from 'zod/mini';
import { DateTime, Id, Page, PageQuery, Text } from './common.js';
import { RepaymentMethod } from './catalogue.js';

export const ApplicantInput = z.object({
  name: z.string().check(z.maxLength(60)),
  idNumber: z.string().check(z.maxLength(40)),
  mobile: z.string().check(z.maxLength(30)),
  unionId: Id,
});
export const EmployerInput = z.object({
  name: z.string().check(z.minLength(2), z.maxLength(100)),
  uscc: z.string().check(z.maxLength(30)),
});
export const ConsentGrant = z.object({
  textId: Id,
  version: z.string(),
  granted: z.boolean(),
});
export type ConsentGrant = z.infer<typeof ConsentGrant>;

export const LoanApplicationInput = z.object({
  productId: Id,
  amountFen: z.int().check(z.minimum(1)),
  termMonths: z.int().check(z.minimum(1), z.maximum(360)),
  repaymentMethod: RepaymentMethod,
  applicant: ApplicantInput,
  employer: EmployerInput,
  purpose: z.string().check(z.minLength(2), z.maxLength(500)),
  consents: z.array(ConsentGrant),
  /** Host app and SDK version, recorded with each consent (DOMAIN §8). */
  channel: z.optional(z.string().check(z.maxLength(100))),
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
  amountFen: z.int(),
  termMonths: z.int(),
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
 * A draft is whatever the member has typed so far; it is partial by nature, so its values are
 * loosely typed and validated only on submission. It lives on the server, never in the browser.
 */
export const LoanDraftInput = z.object({
  step: z.string().check(z.maxLength(40)),
  values: z.record(z.string(), z.unknown()),
});
export type LoanDraftInput = z.infer<typeof LoanDraftInput>;
export const LoanDraft = z.object({
  step: z.string(),
  values: z.record(z.string(), z.unknown()),
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
  note: z.optional(z.string().check(z.maxLength(200))),
});
export const SandboxPointsInput = z.object({ balance: z.int().check(z.minimum(0)) });
export const SandboxOk = z.object({ ok: z.literal(true) });
/**
 * Strings the sandbox writes into every user-facing text of its catalogue and seeded history
 * (names, descriptions, addresses …), cycling through them: the security suite sends hostile
 * strings (markup, bidi controls, very long text) and checks every element shows them inert.
 */
export const SandboxTextsInput = z.object({
  texts: z
    .array(z.string().check(z.minLength(1), z.maxLength(500)))
    .check(z.minLength(1), z.maxLength(100)),
});
/** How many rows of each table got the texts. */
export const SandboxTextsResult = z.object({ updated: z.record(z.string(), z.int()) });
