import { assertIsoDate, isoDateParts, shanghaiToday } from './calendar.js';
import type { ResidentIdErrorCode } from './codes.js';
import { invalid, pasted } from './result.js';
import type { ValidationResult } from './result.js';

export type { ResidentIdErrorCode } from './codes.js';

/**
 * What `validateResidentId` returns: the normalised number with its birth date, sex and region, or
 * `{ ok: false, code }`.
 */
export type ResidentIdResult = ValidationResult<
  { birthDate: string; sex: 'male' | 'female'; regionCode: string },
  ResidentIdErrorCode
>;

/** Options of `validateResidentId`. */
export interface ResidentIdOptions {
  /** `YYYY-MM-DD` in Asia/Shanghai; defaults to `shanghaiToday()`. Tests pin it. */
  today?: string;
}

const CHECK_CHARS = '10X98765432';

// Only the province prefix is checked: county codes change over time (330402 was 秀城区 before
// 南湖区) and an ID keeps the code in force when it was issued. 81–83: HK/Macau/Taiwan permits.
const PROVINCES = /^(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])/;

/**
 * `pasted` (full-width digits/Ｘ → ASCII, no zero-width characters or label), without the spaces,
 * dashes and brackets that group a copied number (`330402 19900101 002X`) or the Chinese words
 * around it (`身份证 …（本人）`), x → X. Also the USCC's normal form. Exported for masking.
 */
export function normaliseResidentId(s: string): string {
  return pasted(s)
    .replace(/[\s\p{Pd}()\p{sc=Han}]/gu, '')
    .toUpperCase();
}

/**
 * The check character for the first 17 digits of an 18-digit ID (ISO 7064 MOD 11-2). DOMAIN's
 * weights 7 9 10 5 … 4 2 are 2^(17−i) mod 11 for the digit d_i at index i = 0…16, so
 * S = Σ d_i·2^(17−i) = (…(d_0·2 + d_1)·2 + … + d_16)·2: Horner's rule, adding a digit and
 * doubling. Taking the remainder mod 11 at each step leaves S mod 11 unchanged.
 */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum = ((sum + Number(first17.charAt(i))) * 2) % 11;
  return CHECK_CHARS.charAt(sum);
}

/**
 * Validates an 18-digit 居民身份证号码 (GB 11643-1999). 15-digit first-generation numbers are
 * rejected as `format` (invalid since 2013). Date problems are reported before the checksum so a
 * user who typed a wrong birth date gets the more specific message. Never throws on `s`; throws
 * RangeError only if `options.today` is not a real `YYYY-MM-DD` date.
 */
export function validateResidentId(s: string, options: ResidentIdOptions = {}): ResidentIdResult {
  const today = options.today ?? shanghaiToday();
  assertIsoDate(today, 'today');
  const value = normaliseResidentId(s);
  if (!value) return invalid('empty');
  if (!/^\d{17}[\dX]$/.test(value)) return invalid('format');
  if (!PROVINCES.test(value)) return invalid('region');

  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isoDateParts(birthDate)) return invalid('birth_date');
  // Fixed-width YYYY-MM-DD text sorts as the dates do: `< '1900'` is a year before 1900.
  if (birthDate < '1900') return invalid('year_before_1900');
  if (birthDate > today) return invalid('future_birth_date');

  if (residentIdCheckChar(value) !== value.charAt(17)) return invalid('checksum');
  return {
    ok: true,
    value,
    birthDate,
    sex: Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female',
    regionCode: value.slice(0, 6),
  };
}
