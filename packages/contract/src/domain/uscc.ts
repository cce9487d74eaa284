import type { UsccErrorCode } from './codes.js';
import { normaliseResidentId } from './resident-id.js';
import { invalid } from './result.js';
import type { ValidationResult } from './result.js';

export type { UsccErrorCode } from './codes.js';

/** What `validateUscc` returns: the normalised code with its region, or `{ ok: false, code }`. */
export type UsccResult = ValidationResult<{ regionCode: string }, UsccErrorCode>;

// GB 32100-2015: 31 characters, no I O S V Z (confusable with 1 0 5 U 2).
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/**
 * The check character for the first 17 characters (must already be in the charset). DOMAIN's
 * weights 1 3 9 27 19 … 28 are 3^i mod 31 for the value v_i at index i = 0…16, so
 * S = Σ v_i·3^i = v_0 + 3·(v_1 + 3·(… + 3·v_16)): Horner's rule from the last character,
 * tripling and adding a value. Taking the remainder mod 31 at each step leaves S mod 31
 * unchanged; `% 31` maps 31 − 0 to the check value 0.
 */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 16; i >= 0; i--) sum = (sum * 3 + CHARSET.indexOf(first17.charAt(i))) % 31;
  return CHARSET.charAt((31 - sum) % 31);
}

/**
 * 统一社会信用代码 (GB 32100-2015). The check character may be a letter. The embedded GB 11714
 * organisation-code check digit is deliberately not validated. Never throws.
 */
export function validateUscc(s: string): UsccResult {
  // The ID number's normal form: trim, NFKC (full-width → ASCII), uppercase.
  const value = normaliseResidentId(s);
  if (!value) return invalid('empty');
  if ([...value].length !== 18) return invalid('length');
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(value)) return invalid('charset');
  if (usccCheckChar(value) !== value.charAt(17)) return invalid('checksum');
  return { ok: true, value, regionCode: value.slice(2, 8) };
}
