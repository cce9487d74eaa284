import {
  validateMobile,
  validateName,
  validateResidentId,
  validateUscc,
  type LoanApplicationInput,
  type LoanProduct,
  type RepaymentMethod,
} from '@jiagong/contract';
import type { LoanMessages } from './messages.js';
import { isolate } from '../internal/localize.js';

export const STEPS = ['product', 'amount', 'applicant', 'employer', 'consents', 'review'] as const;
export type LoanStep = (typeof STEPS)[number];

/**
 * What the member has entered, kept as entered (possibly invalid) so a draft can hold a
 * half-finished form; only submission needs it complete. Empty is `''`, or `0` for the term.
 */
export type LoanValues = {
  productId: string;
  /** Integer fen as a string. */
  amountFen: string;
  termMonths: number;
  repaymentMethod: RepaymentMethod | '';
  name: string;
  idNumber: string;
  mobile: string;
  unionId: string;
  /** Shown on the review; the API only needs `unionId`. */
  unionName: string;
  employerName: string;
  uscc: string;
  purpose: string;
};

/** The controls of each step that a server field error can point at (consents aside). */
const STEP_FIELDS = [
  ['productId'],
  ['amountFen', 'termMonths', 'repaymentMethod'],
  ['name', 'idNumber', 'mobile', 'unionId'],
  ['employerName', 'uscc', 'purpose'],
];

export const emptyValues = (): LoanValues => ({
  // The text fields, then the only number; the union's name has no control of its own.
  ...(Object.fromEntries(STEP_FIELDS.flat().map((key) => [key, ''])) as unknown as LoanValues),
  termMonths: 0,
  unionName: '',
});

/** What `jg-loan-submit` tells: the loan asked for, without personal data. */
export type SubmitDetail = Pick<
  LoanApplicationInput,
  'productId' | 'amountFen' | 'termMonths' | 'repaymentMethod'
>;

/** Consent ticks by consent text id. Never part of a draft: consent is given at submission. */
export type ConsentTicks = Record<string, boolean>;

/**
 * Reads a server draft's loosely typed `values` back. Only the type is checked here: the steps
 * validate the content as the member goes on.
 */
export function valuesFromDraft(raw: Record<string, unknown>): LoanValues {
  const values: Record<string, unknown> = emptyValues();
  for (const key in values) {
    if (typeof raw[key] === typeof values[key]) values[key] = raw[key];
  }
  return values as unknown as LoanValues;
}

/**
 * Whether this version can name repayment method `x`: not one a newer API added, nor one named
 * as a key every object inherits (`constructor` …: `{}[x]` is set for exactly those, as
 * loan-status's known()), whose text would be Object's function.
 */
export const namedMethod = (m: LoanMessages, x: string): x is RepaymentMethod =>
  !!m.methods[x as RepaymentMethod] && !({} as Record<string, unknown>)[x];

/**
 * The repayment methods of `product` this version can name: one a newer API added is neither
 * offered nor sent (a product's lone method is picked for the member).
 */
export const knownMethods = (product: LoanProduct, m: LoanMessages) =>
  product.repaymentMethods.filter((x) => namedMethod(m, x));

/** At least two characters, not counting surrounding spaces. */
const filled = (s: string) => [...s.trim()].length > 1;

/**
 * Errors of the native controls (radios, text fields, consent boxes) of `step`, by control
 * name; the `jg-*` inputs validate themselves.
 */
export function nativeErrors(
  step: LoanStep,
  v: LoanValues,
  product: LoanProduct | undefined,
  consents: ConsentTicks,
  m: LoanMessages,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!product) errors.productId = m.choose(m.product);
  else if (step == 'amount') {
    if (!product.termsMonths.includes(v.termMonths)) errors.termMonths = m.choose(m.term);
    const offered = knownMethods(product, m);
    if (!offered.includes(v.repaymentMethod as RepaymentMethod)) {
      errors.repaymentMethod = m.choose(m.method);
    }
  } else if (step == 'employer') {
    if (!filled(v.employerName)) errors.employerName = m.fill(m.employer);
    if (!filled(v.purpose)) errors.purpose = m.fill(m.purpose);
  } else if (step == 'consents') {
    for (const text of product.consents) {
      if (text.required && !consents[text.id]) {
        errors[`consent:${text.id}`] = m.mustAgree(isolate(text.title));
      }
    }
  }
  return errors;
}

/**
 * Index of the first step whose data is incomplete: a draft resumes no further (at most at
 * the consents, which are never in a draft), even if the product changed since.
 */
export function resumeLimit(
  v: LoanValues,
  product: LoanProduct | undefined,
  m: LoanMessages,
): number {
  const fen = Number(v.amountFen);
  const valid = (step: LoanStep) => !Object.keys(nativeErrors(step, v, product, {}, m)).length;
  return [
    product,
    valid('amount') && fen >= product!.minAmountFen && fen <= product!.maxAmountFen,
    validateName(v.name).ok &&
      validateResidentId(v.idNumber).ok &&
      validateMobile(v.mobile).ok &&
      v.unionId,
    valid('employer') && validateUscc(v.uscc).ok,
    // Every step before the consents is complete: they are next.
    0,
  ].findIndex((ok) => !ok);
}

/**
 * The request body for `me.loanApplications.create`, and the part of it `jg-loan-submit` may
 * show (nothing sensitive).
 */
export function toApplicationInput(
  v: LoanValues,
  product: LoanProduct,
  consents: ConsentTicks,
  channel: string,
): [input: LoanApplicationInput, detail: SubmitDetail] {
  const detail = {
    productId: product.id,
    amountFen: Number(v.amountFen),
    termMonths: v.termMonths,
    repaymentMethod: v.repaymentMethod || 'equal-instalment',
  } as const;
  const input = {
    ...detail,
    applicant: { name: v.name, idNumber: v.idNumber, mobile: v.mobile, unionId: v.unionId },
    employer: { name: v.employerName.trim(), uscc: v.uscc },
    purpose: v.purpose.trim(),
    consents: product.consents.map((text) => ({
      textId: text.id,
      version: text.version,
      granted: !!consents[text.id],
    })),
    channel,
  };
  return [input, detail];
}

/**
 * The control showing a server field error (`applicant.idNumber` → `idNumber`,
 * `consents.ct_x` → `consent:ct_x`) and the index of its step, -1 for an unknown path.
 */
export function fieldForPath(path: string): [name: string, step: number] {
  if (path.startsWith('consents.')) return [`consent:${path.slice(9)}`, 4];
  const name = path == 'employer.name' ? 'employerName' : path.replace(/^\w+\./, '');
  return [name, STEP_FIELDS.findIndex((fields) => fields.includes(name))];
}
