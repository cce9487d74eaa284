import type { MobileErrorCode } from './codes.js';
import { invalid } from './result.js';
import type { ValidationResult } from './result.js';

export type { MobileErrorCode } from './codes.js';

/** What `validateMobile` returns: the normalised 11 digits, or `{ ok: false, code }`. */
export type MobileResult = ValidationResult<object, MobileErrorCode>;

/**
 * NFKC, drop a label before a colon (no digit in it, as `pasted`), then keep only digits, `+` and letters: whatever else a
 * copied number carries (spaces, dashes of any kind, brackets, dots, invisible characters, the
 * bidi marks iOS Contacts adds, Chinese words such as 微信同号) is never part of it, while an
 * extra digit or letter still makes it wrong. Drop a `+86`/`0086`/`86` prefix only when 11 digits
 * starting with 1 remain (so `86138001380` is not mistaken for a prefixed number). Exported for
 * masking.
 */
export function normaliseMobile(s: string): string {
  // Not `pasted`: the points mall's one validator, so it carries no helper.
  return typeof s == 'string'
    ? s
        .normalize('NFKC')
        .replace(/^\D*:|[^\w+]/g, '')
        .replace(/^(\+|00)?86(?=1\d{10}$)/, '')
    : '';
}

/** Mainland mobile number 手机号: stores the 11 digits. Never throws. */
export function validateMobile(s: string): MobileResult {
  const value = normaliseMobile(s);
  return /^1[3-9]\d{9}$/.test(value)
    ? { ok: true, value }
    : invalid(!value ? 'empty' : /^\d+$/.test(value) && value.length !== 11 ? 'length' : 'format');
}
