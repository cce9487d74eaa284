// Codes are declared as tuples so tests and UIs can enumerate them (e.g. to check that every code
// has a message in every locale) while the union types stay derived from a single source.

export const RESIDENT_ID_ERROR_CODES = [
  'empty',
  'format',
  'region',
  'birth_date',
  'year_before_1900',
  'future_birth_date',
  'checksum',
] as const;
export type ResidentIdErrorCode = (typeof RESIDENT_ID_ERROR_CODES)[number];

export const MOBILE_ERROR_CODES = ['empty', 'length', 'format'] as const;
export type MobileErrorCode = (typeof MOBILE_ERROR_CODES)[number];

export const USCC_ERROR_CODES = ['empty', 'length', 'charset', 'checksum'] as const;
export type UsccErrorCode = (typeof USCC_ERROR_CODES)[number];

export const BANK_CARD_ERROR_CODES = ['empty', 'format', 'length', 'checksum'] as const;
export type BankCardErrorCode = (typeof BANK_CARD_ERROR_CODES)[number];

export const NAME_ERROR_CODES = [
  'empty',
  'too_short',
  'too_long',
  'mixed_script',
  'format',
] as const;
export type NameErrorCode = (typeof NAME_ERROR_CODES)[number];

export const AMOUNT_ERROR_CODES = [
  'empty',
  'format',
  'negative',
  'too_many_decimals',
  'too_large',
] as const;
export type AmountErrorCode = (typeof AMOUNT_ERROR_CODES)[number];

export type ValidationErrorCode =
  | ResidentIdErrorCode
  | MobileErrorCode
  | UsccErrorCode
  | BankCardErrorCode
  | NameErrorCode
  | AmountErrorCode;

/** Which input a code came from; lets `validationMessage` say e.g. "check digit of the ID number". */
export type ValidationField = 'residentId' | 'mobile' | 'uscc' | 'bankCard' | 'name' | 'amount';

export interface ValidationErrorCodesByField {
  residentId: ResidentIdErrorCode;
  mobile: MobileErrorCode;
  uscc: UsccErrorCode;
  bankCard: BankCardErrorCode;
  name: NameErrorCode;
  amount: AmountErrorCode;
}

export const VALIDATION_ERROR_CODES_BY_FIELD: {
  readonly [F in ValidationField]: readonly ValidationErrorCodesByField[F][];
} = {
  residentId: RESIDENT_ID_ERROR_CODES,
  mobile: MOBILE_ERROR_CODES,
  uscc: USCC_ERROR_CODES,
  bankCard: BANK_CARD_ERROR_CODES,
  name: NAME_ERROR_CODES,
  amount: AMOUNT_ERROR_CODES,
};
