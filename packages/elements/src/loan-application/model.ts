import {
  validateMobile,
  validateName,
  validateResidentId,
  validateUscc,
  type LoanApplicationInput,
  type LoanProduct,
  type RepaymentMethod,
} from '@jiagong/contract';

export const LOAN_STEPS = [
  'product',
  'amount',
  'applicant',
  'employer',
  'consents',
  'review',
] as const;
export type LoanStep = (typeof LOAN_STEPS)[number];

export function isLoanStep(value: unknown): value is LoanStep {
  return typeof value === 'string' && (LOAN_STEPS as readonly string[]).includes(value);
}

/**
 * What the member has entered. Everything is kept as entered (possibly invalid) so a draft can
 * hold a half-finished form; only submission needs it complete.
 */
export interface LoanValues {
  productId: string;
  /** Integer fen as a string, `''` while empty or unreadable. */
  amountFen: string;
  termMonths: number | null;
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
}

export const emptyValues = (): LoanValues => ({
  productId: '',
  amountFen: '',
  termMonths: null,
  repaymentMethod: '',
  name: '',
  idNumber: '',
  mobile: '',
  unionId: '',
  unionName: '',
  employerName: '',
  uscc: '',
  purpose: '',
});

/** Consent ticks by consent text id. Never part of a draft: consent is given at submission. */
export type ConsentTicks = Record<string, boolean>;

const str = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 500) : '');

/** Reads a server draft's loosely typed `values` back, dropping anything unexpected. */
export function valuesFromDraft(raw: Record<string, unknown>): LoanValues {
  const values = emptyValues();
  for (const key of Object.keys(values) as (keyof LoanValues)[]) {
    if (key === 'termMonths') {
      const term = raw.termMonths;
      values.termMonths = typeof term === 'number' && Number.isInteger(term) ? term : null;
    } else if (key === 'repaymentMethod') {
      const method = raw.repaymentMethod;
      values.repaymentMethod =
        method === 'equal-instalment' || method === 'equal-principal' ? method : '';
    } else {
      values[key] = str(raw[key]);
    }
  }
  if (!/^\d*$/.test(values.amountFen)) values.amountFen = '';
  return values;
}

export function hasAnyValue(values: LoanValues): boolean {
  return Object.values(values).some((value) => value !== '' && value !== null);
}

const trimmedLength = (s: string) => [...s.trim()].length;

/** The first step whose data is incomplete (used to resume a draft no further than that). */
export function firstIncompleteStep(
  values: LoanValues,
  product: LoanProduct | undefined,
  consents: ConsentTicks,
): LoanStep {
  if (!product) return 'product';
  const fen = /^\d+$/.test(values.amountFen) ? Number(values.amountFen) : NaN;
  if (
    !(fen >= product.minAmountFen && fen <= product.maxAmountFen) ||
    !values.termMonths ||
    !product.termsMonths.includes(values.termMonths) ||
    !values.repaymentMethod ||
    !product.repaymentMethods.includes(values.repaymentMethod)
  ) {
    return 'amount';
  }
  if (
    !validateName(values.name).ok ||
    !validateResidentId(values.idNumber).ok ||
    !validateMobile(values.mobile).ok ||
    !values.unionId
  ) {
    return 'applicant';
  }
  if (
    trimmedLength(values.employerName) < 2 ||
    !validateUscc(values.uscc).ok ||
    trimmedLength(values.purpose) < 2
  ) {
    return 'employer';
  }
  if (product.consents.some((text) => text.required && !consents[text.id])) return 'consents';
  return 'review';
}

/** The request body for `me.loanApplications.create`. */
export function toApplicationInput(
  values: LoanValues,
  product: LoanProduct,
  consents: ConsentTicks,
  channel: string,
): LoanApplicationInput {
  return {
    productId: product.id,
    amountFen: Number(values.amountFen),
    termMonths: values.termMonths ?? 0,
    repaymentMethod: values.repaymentMethod || 'equal-instalment',
    applicant: {
      name: values.name,
      idNumber: values.idNumber,
      mobile: values.mobile,
      unionId: values.unionId,
    },
    employer: { name: values.employerName.trim(), uscc: values.uscc },
    purpose: values.purpose.trim(),
    consents: product.consents.map((text) => ({
      textId: text.id,
      version: text.version,
      granted: !!consents[text.id],
    })),
    channel,
  };
}

/** Where a field lives: its step and the `name` of its control in that step's form. */
export interface FieldRef {
  step: LoanStep;
  field: string;
}

const FIELD_BY_PATH: Record<string, FieldRef> = {
  productId: { step: 'product', field: 'productId' },
  amountFen: { step: 'amount', field: 'amountFen' },
  termMonths: { step: 'amount', field: 'termMonths' },
  repaymentMethod: { step: 'amount', field: 'repaymentMethod' },
  'applicant.name': { step: 'applicant', field: 'name' },
  'applicant.idNumber': { step: 'applicant', field: 'idNumber' },
  'applicant.mobile': { step: 'applicant', field: 'mobile' },
  'applicant.unionId': { step: 'applicant', field: 'unionId' },
  'employer.name': { step: 'employer', field: 'employerName' },
  'employer.uscc': { step: 'employer', field: 'uscc' },
  purpose: { step: 'employer', field: 'purpose' },
};

/** Maps a server field path (`applicant.idNumber`, `consents.ct_x`) to the control showing it. */
export function fieldForPath(path: string): FieldRef | undefined {
  if (path.startsWith('consents.')) {
    return { step: 'consents', field: `consent:${path.slice('consents.'.length)}` };
  }
  return FIELD_BY_PATH[path];
}
