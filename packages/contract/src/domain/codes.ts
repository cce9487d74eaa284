// Codes are declared as tuples so tests and UIs can enumerate them (e.g. to check that every code
// has a message in every locale) while the union types stay derived from a single source.

/** Every code `validateResidentId` may answer for a resident ID number (居民身份证号). */
export const RESIDENT_ID_ERROR_CODES = [
  'empty',
  'format',
  'region',
  'birth_date',
  'year_before_1900',
  'future_birth_date',
  'checksum',
] as const;
/** A code `validateResidentId` answers for an invalid resident ID number (居民身份证号). */
export type ResidentIdErrorCode = (typeof RESIDENT_ID_ERROR_CODES)[number];

/** Every code `validateMobile` may answer for a mobile number. */
export const MOBILE_ERROR_CODES = ['empty', 'length', 'format'] as const;
/** A code `validateMobile` answers for an invalid mobile number. */
export type MobileErrorCode = (typeof MOBILE_ERROR_CODES)[number];

/** Every code `validateUscc` may answer for a unified social credit code (统一社会信用代码). */
export const USCC_ERROR_CODES = ['empty', 'length', 'charset', 'checksum'] as const;
/** A code `validateUscc` answers for an invalid unified social credit code (统一社会信用代码). */
export type UsccErrorCode = (typeof USCC_ERROR_CODES)[number];

/** Every code `validateBankCard` may answer for a bank card number. */
export const BANK_CARD_ERROR_CODES = ['empty', 'format', 'length', 'checksum'] as const;
/** A code `validateBankCard` answers for an invalid bank card number. */
export type BankCardErrorCode = (typeof BANK_CARD_ERROR_CODES)[number];

/** Every code `validateName` may answer for a name. */
export const NAME_ERROR_CODES = [
  'empty',
  'too_short',
  'too_long',
  'mixed_script',
  'format',
] as const;
/** A code `validateName` answers for an invalid name. */
export type NameErrorCode = (typeof NAME_ERROR_CODES)[number];

/** Every code `parseYuanToFen` may answer for a amount in yuan. */
export const AMOUNT_ERROR_CODES = [
  'empty',
  'format',
  'negative',
  'too_many_decimals',
  'too_large',
] as const;
/** A code `parseYuanToFen` answers for an invalid amount in yuan. */
export type AmountErrorCode = (typeof AMOUNT_ERROR_CODES)[number];

/** A code any domain validator may answer. */
export type ValidationErrorCode =
  | ResidentIdErrorCode
  | MobileErrorCode
  | UsccErrorCode
  | BankCardErrorCode
  | NameErrorCode
  | AmountErrorCode;

/** Which input a code came from; lets `validationMessage` say e.g. "check digit of the ID number". */
export type ValidationField = 'residentId' | 'mobile' | 'uscc' | 'bankCard' | 'name' | 'amount';

/** The codes each validated field may answer. */
export interface ValidationErrorCodesByField {
  residentId: ResidentIdErrorCode;
  mobile: MobileErrorCode;
  uscc: UsccErrorCode;
  bankCard: BankCardErrorCode;
  name: NameErrorCode;
  amount: AmountErrorCode;
}

/** Every code of each validated field, e.g. to check every code has a text. */
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
