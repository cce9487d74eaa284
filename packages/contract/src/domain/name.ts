import type { NameErrorCode } from './codes.js';
import { invalid, pasted } from './result.js';
import type { ValidationResult } from './result.js';

export type { NameErrorCode } from './codes.js';

/** What `validateName` returns: the normalised name and its script, or `{ ok: false, code }`. */
export type NameResult = ValidationResult<{ script: 'han' | 'latin' }, NameErrorCode>;

const HAN_NAME = /^\p{sc=Han}+(?:·\p{sc=Han}+)*$/u;
const LATIN_NAME = /^[A-Za-z]+(?:[ '-][A-Za-z]+)*$/;
// Between two Han characters: a look-alike separator users type for the 间隔号 in names such as
// 阿沛·阿旺晋美 (NFKC has made `．` `.` and `･` `・`; dashes too), with its spaces. Latin
// initials like "J. Smith" are left alone.
const HAN_SEPARATOR = /(\p{sc=Han}) ?[·•・.‧\p{Pd}] ?(?=\p{sc=Han})/gu;
// A name spaced out character by character, as a spreadsheet aligns two-character names with
// three-character ones (`王  芳`). Not `姓名 张三`: a label is not part of the name.
const SPACED_OUT = /^\p{sc=Han}( \p{sc=Han})+$/u;

/**
 * `pasted` (NFKC: full-width letters and the Kangxi radicals a PDF's text gives for 人, 用 … become
 * the usual characters; no zero-width characters or label), trim, collapse whitespace, unify the
 * 间隔号 to U+00B7, and join a Han name spaced out character by character. Exported for masking.
 */
export function normaliseName(s: string): string {
  const name = pasted(s).trim().replace(/\s+/g, ' ').replace(HAN_SEPARATOR, '$1·');
  return SPACED_OUT.test(name) ? name.replace(/ /g, '') : name;
}

/**
 * Personal name 姓名: 2–20 code points (Ext-B characters count once), all Han (optionally joined
 * by `·`) or all Latin. Never throws.
 */
export function validateName(s: string): NameResult {
  const value = normaliseName(s);
  if (!value) return invalid('empty');
  const length = [...value].length;
  if (length < 2) return invalid('too_short');
  if (length > 20) return invalid('too_long');
  if (HAN_NAME.test(value)) return { ok: true, value, script: 'han' };
  if (LATIN_NAME.test(value)) return { ok: true, value, script: 'latin' };
  if (/\p{sc=Han}/u.test(value) && /[A-Za-z]/.test(value)) return invalid('mixed_script');
  return invalid('format');
}
