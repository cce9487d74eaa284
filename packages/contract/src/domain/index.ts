export type { Invalid, Valid, ValidationResult } from './result.js';
export {
  AMOUNT_ERROR_CODES,
  BANK_CARD_ERROR_CODES,
  MOBILE_ERROR_CODES,
  NAME_ERROR_CODES,
  RESIDENT_ID_ERROR_CODES,
  USCC_ERROR_CODES,
  VALIDATION_ERROR_CODES_BY_FIELD,
} from './codes.js';
export type {
  AmountErrorCode,
  BankCardErrorCode,
  MobileErrorCode,
  NameErrorCode,
  ResidentIdErrorCode,
  UsccErrorCode,
  ValidationErrorCode,
  ValidationErrorCodesByField,
  ValidationField,
} from './codes.js';
export { ageOn, shanghaiToday } from './calendar.js';
export { validateResidentId } from './resident-id.js';
export type { ResidentIdOptions, ResidentIdResult } from './resident-id.js';
export { validateMobile } from './mobile.js';
export type { MobileResult } from './mobile.js';
export { validateUscc } from './uscc.js';
export type { UsccResult } from './uscc.js';
export { luhnValid, validateBankCard } from './bank-card.js';
export type { BankCardOptions, BankCardResult } from './bank-card.js';
export { validateName } from './name.js';
export type { NameResult } from './name.js';
export { maskBankCard, maskMobile, maskName, maskResidentId } from './mask.js';
export { formatFen, parseYuanToFen } from './money.js';
export type { DomainLocale, ParseYuanResult } from './money.js';
export { fenToChineseUppercase, fenToWanHint } from './amount-words.js';
export { repaymentSchedule } from './repayment.js';
// RepaymentMethod is not re-exported: the schemas export the same union (a zod enum) under that
// name, and the package entry re-exports both folders. RepaymentInput['method'] is identical.
export type { RepaymentInput, RepaymentRow, RepaymentSchedule } from './repayment.js';
export { irrApr } from './irr.js';
export {
  amountMessages,
  amountTextsEn,
  amountTextsZh,
  bankCardMessages,
  bankCardTextsEn,
  bankCardTextsZh,
  fieldMessage,
  mobileMessages,
  mobileTextsEn,
  mobileTextsZh,
  nameMessages,
  nameTextsEn,
  nameTextsZh,
  residentIdMessages,
  residentIdTextsEn,
  residentIdTextsZh,
  usccMessages,
  usccTextsEn,
  usccTextsZh,
  validationMessage,
} from './messages.js';
export type { FieldMessages, FieldTexts, LocalizedText } from './messages.js';
