import type { NameErrorCode } from './codes.js';
import { invalid, normalised } from './result.js';
import type { ValidationResult } from './result.js';

export type { NameErrorCode } from './codes.js';

/** What `validateName` returns: the normalised name and its script, or `{ ok: false, code }`. */
export type NameResult = ValidationResult<{ script: 'han' | 'latin' }, NameErrorCode>;

const HAN_NAME = /^\p{Script=Han}+(?:·\p{Script=Han}+)*$/u;
const LATIN_NAME = /^[A-Za-z]+(?:[ '-][A-Za-z]+)*$/;
// Look-alike separators users type for the 间隔号 in names such as 阿沛·阿旺晋美; only mapped
// between two Han characters so Latin initials like "J. Smith" are left alone.
const HAN_SEPARATOR = /(\p{Script=Han})\s*[·•・．.‧･]\s*(?=\p{Script=Han})/gu;

/** NFC, trim, collapse whitespace, unify the 间隔号 to U+00B7. Exported for masking. */
export function normaliseName(s: string): string {
  return s.normalize('NFC').trim().replace(/\s+/g, ' ').replace(HAN_SEPARATOR, '$1·');
}

/**
 * Personal name 姓名: 2–20 code points (Ext-B characters count once), all Han (optionally joined
 * by `·`) or all Latin. Never throws.
 */
export function validateName(s: string): NameResult {
  const value = normalised(s, normaliseName);
  if (!value) return invalid('empty');
  const length = [...value].length;
  if (length < 2) return invalid('too_short');
  if (length > 20) return invalid('too_long');
  if (HAN_NAME.test(value)) return { ok: true, value, script: 'han' };
  if (LATIN_NAME.test(value)) return { ok: true, value, script: 'latin' };
  if (/\p{Script=Han}/u.test(value) && /[A-Za-z]/.test(value)) return invalid('mixed_script');
  return invalid('format');
}
