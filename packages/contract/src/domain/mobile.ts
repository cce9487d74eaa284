import type { MobileErrorCode } from './codes.js';
import { invalid, normalised } from './result.js';
import type { ValidationResult } from './result.js';

export type { MobileErrorCode } from './codes.js';

/** What `validateMobile` returns: the normalised 11 digits, or `{ ok: false, code }`. */
export type MobileResult = ValidationResult<object, MobileErrorCode>;

/**
 * NFKC, strip spaces/`-`/`()`, drop a `+86`/`0086`/`86` prefix only when 11 digits starting with 1
 * remain (so `86138001380` is not mistaken for a prefixed number). Exported for masking.
 */
export function normaliseMobile(s: string): string {
  const compact = s.normalize('NFKC').replace(/[\s\-()]/g, '');
  const m = /^(?:\+86|0086|86)(1\d{10})$/.exec(compact);
  return m?.[1] ?? compact;
}

/** Mainland mobile number 手机号: stores the 11 digits. Never throws. */
export function validateMobile(s: string): MobileResult {
  const value = normalised(s, normaliseMobile);
  if (!value) return invalid('empty');
  if (/^\d+$/.test(value) && value.length !== 11) return invalid('length');
  if (!/^1[3-9]\d{9}$/.test(value)) return invalid('format');
  return { ok: true, value };
}
