import {
  amountTextsZh,
  mobileTextsZh,
  nameTextsZh,
  residentIdTextsZh,
  usccTextsZh,
  type FieldTexts,
} from '@jiagong/contract';
import type { Catalogue } from '../internal/localize.js';

/** Texts of the form inputs that the contract's `validationMessage` does not cover. */
export interface InputMessages {
  /** Read after the label of a required field by screen readers (the `*` is hidden from them). */
  required: string;
  /** Value below the minimum (`min`), with the minimum already formatted. */
  rangeUnderflow: (min: string) => string;
  /** Value above the maximum (`max`), with the maximum already formatted. */
  rangeOverflow: (max: string) => string;
  /** The applicant is too young or too old for `min-age`/`max-age`. */
  ageRange: (min: number | undefined, max: number | undefined) => string;
  /** What the ID number says, shown while the field has focus. */
  idDerived: (birthDate: string, sex: 'male' | 'female') => string;
  /** 大写 hint of an amount. */
  uppercase: (words: string) => string;
  /** Currency symbol before the amount field. */
  currency: string;
  /** Unit after the amount field. */
  yuan: string;
  /** A code the field's table lacks (never expected: the contract's generic `format` text). */
  invalid: string;
}

// English: `./en.ts`.
export const inputMessages: Catalogue<InputMessages> = {
  'zh-CN': {
    required: '必填',
    rangeUnderflow: (min) => `金额不能低于 ${min}`,
    rangeOverflow: (max) => `金额不能高于 ${max}`,
    ageRange: (min, max) =>
      min !== undefined && max !== undefined
        ? `年龄需为 ${min} 至 ${max} 周岁`
        : min !== undefined
          ? `年龄需满 ${min} 周岁`
          : `年龄不能超过 ${max} 周岁`,
    idDerived: (birthDate, sex) => `出生日期 ${birthDate} · ${sex === 'male' ? '男' : '女'}`,
    uppercase: (words) => `大写：${words}`,
    currency: '¥',
    yuan: '元',
    invalid: '格式不正确',
  },
};

/**
 * The contract's texts of each input's validator, one language at a time like the texts above:
 * zh-CN here, English from `./en.ts`.
 */
export const residentIdTexts: Catalogue<FieldTexts<'residentId'>> = { 'zh-CN': residentIdTextsZh };
export const mobileTexts: Catalogue<FieldTexts<'mobile'>> = { 'zh-CN': mobileTextsZh };
export const usccTexts: Catalogue<FieldTexts<'uscc'>> = { 'zh-CN': usccTextsZh };
export const nameTexts: Catalogue<FieldTexts<'name'>> = { 'zh-CN': nameTextsZh };
export const amountTexts: Catalogue<FieldTexts<'amount'>> = { 'zh-CN': amountTextsZh };
