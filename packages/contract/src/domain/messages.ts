import type { ValidationErrorCode, ValidationErrorCodesByField, ValidationField } from './codes.js';
import type { DomainLocale } from './money.js';

/** One text in each language. */
export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

/** The texts of every code one field's validator can return. */
export type FieldMessages<F extends ValidationField> = Record<
  ValidationErrorCodesByField[F],
  LocalizedText
>;

/** The texts of every code one field's validator can return, in one language. */
export type FieldTexts<F extends ValidationField> = Record<ValidationErrorCodesByField[F], string>;

/** One field's texts in both languages, from its two tables (which have the same codes). */
function localized<C extends ValidationErrorCode>(
  zh: Record<C, string>,
  en: Record<C, string>,
): Record<C, LocalizedText> {
  const table = {} as Record<C, LocalizedText>;
  for (const code of Object.keys(zh) as C[]) table[code] = { 'zh-CN': zh[code], en: en[code] };
  return table;
}

// The last resort for a code no table has, so UIs never render undefined.
const FORMAT: LocalizedText = { 'zh-CN': '格式不正确', en: 'The format is not valid' };

// Generic text for any code, used when the caller does not say which field failed.
const GENERIC: Record<ValidationErrorCode, LocalizedText> = {
  empty: { 'zh-CN': '请填写此项', en: 'This field is required' },
  format: FORMAT,
  length: { 'zh-CN': '位数不正确', en: 'The length is not valid' },
  charset: { 'zh-CN': '含有不允许的字符', en: 'Contains characters that are not allowed' },
  checksum: {
    'zh-CN': '号码有误，请检查是否输错',
    en: 'This number is not right. Check for typos',
  },
  region: {
    'zh-CN': '前 6 位有误，请检查是否输错',
    en: 'The first 6 digits look wrong. Check for typos',
  },
  birth_date: { 'zh-CN': '出生日期不是有效日期', en: 'The date of birth is not a real date' },
  year_before_1900: {
    'zh-CN': '出生年份不能早于 1900 年',
    en: 'The year of birth cannot be before 1900',
  },
  future_birth_date: {
    'zh-CN': '出生日期不能晚于今天',
    en: 'The date of birth cannot be in the future',
  },
  too_short: { 'zh-CN': '内容太短', en: 'Too short' },
  too_long: { 'zh-CN': '内容太长', en: 'Too long' },
  mixed_script: { 'zh-CN': '请勿混用中文和英文', en: 'Do not mix Chinese and Latin letters' },
  negative: { 'zh-CN': '金额不能为负数', en: 'The amount cannot be negative' },
  too_many_decimals: { 'zh-CN': '小数位数过多', en: 'Too many decimal places' },
  too_large: { 'zh-CN': '金额过大', en: 'The amount is too large' },
};

// Field-specific text, one table per field and language so a form bundles only its own fields,
// and only the languages it loads (an element's English arrives with its `en` module); every code
// a validator can return has an entry in each language (checked by the types).
/** The zh-CN texts of the resident ID number (居民身份证号) codes, by code. */
export const residentIdTextsZh: FieldTexts<'residentId'> = {
  empty: '请填写身份证号码',
  format: '请填写 18 位身份证号码，最后一位可以是 X',
  region: '身份证号码前 6 位有误，请检查是否输错',
  birth_date: '身份证号码中的出生日期不是有效日期',
  year_before_1900: '身份证号码中的出生年份不能早于 1900 年',
  future_birth_date: '身份证号码中的出生日期晚于今天',
  checksum: '身份证号码有误，请检查是否输错',
};

/** The English texts of the resident ID number (居民身份证号) codes, by code. */
export const residentIdTextsEn: FieldTexts<'residentId'> = {
  empty: 'Please enter your resident ID number',
  format: 'Enter the 18-character resident ID number; the last character may be X',
  region: 'The first 6 digits of the ID number look wrong. Check for typos',
  birth_date: 'The date of birth in the ID number is not a real date',
  year_before_1900: 'The year of birth in the ID number cannot be before 1900',
  future_birth_date: 'The date of birth in the ID number is in the future',
  checksum: 'This ID number is not right. Check for typos',
};

/** The zh-CN texts of the mobile number codes, by code. */
export const mobileTextsZh: FieldTexts<'mobile'> = {
  empty: '请填写手机号',
  length: '手机号应为 11 位数字',
  format: '请填写中国大陆手机号（1 开头的 11 位数字）',
};

/** The English texts of the mobile number codes, by code. */
export const mobileTextsEn: FieldTexts<'mobile'> = {
  empty: 'Please enter your mobile number',
  length: 'A mobile number has 11 digits',
  format: 'Enter a mainland China mobile number (11 digits starting with 1)',
};

/** The zh-CN texts of the unified social credit code (统一社会信用代码) codes, by code. */
export const usccTextsZh: FieldTexts<'uscc'> = {
  empty: '请填写统一社会信用代码',
  length: '统一社会信用代码应为 18 位',
  charset: '统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）',
  checksum: '统一社会信用代码有误，请检查是否输错',
};

/** The English texts of the unified social credit code (统一社会信用代码) codes, by code. */
export const usccTextsEn: FieldTexts<'uscc'> = {
  empty: 'Please enter the unified social credit code',
  length: 'The unified social credit code has 18 characters',
  charset: 'The code uses digits and capital letters only (no I, O, S, V or Z)',
  checksum: 'This code is not right. Check for typos',
};

/** The zh-CN texts of the bank card number codes, by code. */
export const bankCardTextsZh: FieldTexts<'bankCard'> = {
  empty: '请填写银行卡号',
  format: '银行卡号只能包含数字',
  length: '银行卡号应为 16–19 位数字',
  checksum: '银行卡号有误，请检查是否输错',
};

/** The English texts of the bank card number codes, by code. */
export const bankCardTextsEn: FieldTexts<'bankCard'> = {
  empty: 'Please enter your bank card number',
  format: 'A bank card number contains digits only',
  length: 'A bank card number has 16–19 digits',
  checksum: 'This card number looks mistyped: please check it',
};

/** The zh-CN texts of the name codes, by code. */
export const nameTextsZh: FieldTexts<'name'> = {
  empty: '请填写姓名',
  too_short: '姓名至少 2 个字',
  too_long: '姓名最多 20 个字',
  mixed_script: '姓名请全部使用中文或全部使用英文字母',
  format: '姓名只能包含汉字，少数民族姓名可用间隔号“·”分隔',
};

/** The English texts of the name codes, by code. */
export const nameTextsEn: FieldTexts<'name'> = {
  empty: 'Please enter your name',
  too_short: 'A name has at least 2 characters',
  too_long: 'A name has at most 20 characters',
  mixed_script: 'Write the name either all in Chinese characters or all in Latin letters',
  format: 'Use Chinese characters (separated by “·” in some names) or Latin letters only',
};

/** The zh-CN texts of the amount in yuan codes, by code. */
export const amountTextsZh: FieldTexts<'amount'> = {
  empty: '请填写金额',
  format: '请填写有效金额，例如 1234.56 或 12.5万',
  negative: '金额不能为负数',
  too_many_decimals: '金额最多 2 位小数（以“万”为单位时最多 6 位）',
  too_large: '金额过大',
};

/** The English texts of the amount in yuan codes, by code. */
export const amountTextsEn: FieldTexts<'amount'> = {
  empty: 'Please enter an amount',
  format: 'Enter a valid amount, e.g. 1234.56 or 12.5万',
  negative: 'The amount cannot be negative',
  too_many_decimals: 'At most 2 decimal places (6 when the amount is in 万)',
  too_large: 'The amount is too large',
};

// Both languages of each field, as the contract has always exported them; built from the tables
// above, and left out of a bundle that does not use them.
/**
 * The texts of the resident ID number (居民身份证号) codes in both languages (read with `fieldMessage`).
 */
export const residentIdMessages: FieldMessages<'residentId'> = /* @__PURE__ */ localized(
  residentIdTextsZh,
  residentIdTextsEn,
);

/** The texts of the mobile number codes in both languages (read with `fieldMessage`). */
export const mobileMessages: FieldMessages<'mobile'> = /* @__PURE__ */ localized(
  mobileTextsZh,
  mobileTextsEn,
);

/**
 * The texts of the unified social credit code (统一社会信用代码) codes in both languages (read with
 * `fieldMessage`).
 */
export const usccMessages: FieldMessages<'uscc'> = /* @__PURE__ */ localized(
  usccTextsZh,
  usccTextsEn,
);

/** The texts of the bank card number codes in both languages (read with `fieldMessage`). */
export const bankCardMessages: FieldMessages<'bankCard'> = /* @__PURE__ */ localized(
  bankCardTextsZh,
  bankCardTextsEn,
);

/** The texts of the name codes in both languages (read with `fieldMessage`). */
export const nameMessages: FieldMessages<'name'> = /* @__PURE__ */ localized(
  nameTextsZh,
  nameTextsEn,
);

/** The texts of the amount in yuan codes in both languages (read with `fieldMessage`). */
export const amountMessages: FieldMessages<'amount'> = /* @__PURE__ */ localized(
  amountTextsZh,
  amountTextsEn,
);

const BY_FIELD: { [F in ValidationField]: FieldMessages<F> } = {
  residentId: residentIdMessages,
  mobile: mobileMessages,
  uscc: usccMessages,
  bankCard: bankCardMessages,
  name: nameMessages,
  amount: amountMessages,
};

/**
 * User-facing text for a validator's error code, in zh-CN (default) or English. Pass the field to
 * get a specific message ("身份证号码校验位不正确…"); without it a generic one is returned. An
 * unknown locale falls back to zh-CN, and an unknown code to the generic `format` text, so UIs
 * never render undefined.
 */
export function validationMessage(
  code: ValidationErrorCode,
  locale: DomainLocale = 'zh-CN',
  field?: ValidationField,
): string {
  const specific = field
    ? (BY_FIELD[field] as Partial<Record<ValidationErrorCode, LocalizedText>> | undefined)?.[code]
    : undefined;
  return pick(specific ?? GENERIC[code] ?? FORMAT, locale);
}

/**
 * Like `validationMessage`, from one field's table (`residentIdMessages` …): what a form that
 * knows its fields uses, so it carries neither the other fields' texts nor the generic ones.
 */
export function fieldMessage(
  messages: Partial<Record<ValidationErrorCode, LocalizedText>>,
  code: ValidationErrorCode,
  locale: DomainLocale = 'zh-CN',
): string {
  return pick(messages[code] ?? FORMAT, locale);
}

const pick = (message: LocalizedText, locale: DomainLocale) =>
  locale === 'en' ? message.en : message['zh-CN'];
