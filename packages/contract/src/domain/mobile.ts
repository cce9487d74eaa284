import type { MobileErrorCode } from './codes.js';
import { invalid } from './result.js';
import type { ValidationResult } from './result.js';

export type { MobileErrorCode } from './codes.js';

/** What `validateMobile` returns: the normalised 11 digits, or `{ ok: false, code }`. */
export type MobileResult = ValidationResult<object, MobileErrorCode>;

/**
 * `pasted` (NFKC, no zero-width characters or label), strip spaces, dashes (`-`, and the `–`/`‑`
 * a word processor or phone puts in), `()` and Chinese words (a label without a colon, a note
 * such as 微信同号: never part of a number), drop a `+86`/`0086`/`86` prefix only when 11 digits
 * starting with 1 remain (so `86138001380` is not mistaken for a prefixed number). Exported for
 * masking.
 */
export function normaliseMobile(s: string): string {
  // `pasted` inline: the points mall's one validator, so it carries no helper.
  return typeof s == 'string'
    ? s
        .normalize('NFKC')
        .replace(/^[^]*:|[\s\p{Pd}\p{Cf}()\p{Script=Han}]/gu, '')
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
