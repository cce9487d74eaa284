import type { UsccErrorCode } from './codes.js';
import { invalid } from './result.js';
import type { ValidationResult } from './result.js';

export type { UsccErrorCode } from './codes.js';

export type UsccResult = ValidationResult<{ regionCode: string }, UsccErrorCode>;

// GB 32100-2015: 31 characters, no I O S V Z (confusable with 1 0 5 U 2).
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^i mod 31 for positions 1–17.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The check character for the first 17 characters (must already be in the charset). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * 统一社会信用代码 (GB 32100-2015). The check character may be a letter. The embedded GB 11714
 * organisation-code check digit is deliberately not validated. Never throws.
 */
export function validateUscc(s: string): UsccResult {
  if (typeof s !== 'string') return invalid('empty');
  const value = s.trim().normalize('NFKC').toUpperCase();
  if (value === '') return invalid('empty');
  if ([...value].length !== 18) return invalid('length');
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(value)) return invalid('charset');
  if (usccCheckChar(value) !== value.charAt(17)) return invalid('checksum');
  return { ok: true, value, regionCode: value.slice(2, 8) };
}
