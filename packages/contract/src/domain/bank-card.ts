import type { BankCardErrorCode } from './codes.js';
import { invalid, pasted } from './result.js';
import type { ValidationResult } from './result.js';

export type { BankCardErrorCode } from './codes.js';

/**
 * What `validateBankCard` returns: the normalised number, whether it is UnionPay and passes Luhn,
 * or `{ ok: false, code }`.
 */
export type BankCardResult = ValidationResult<
  { unionPay: boolean; luhnValid: boolean },
  BankCardErrorCode
>;

/** Options of `validateBankCard`. */
export interface BankCardOptions {
  /**
   * Some old domestic cards fail Luhn. When true, a Luhn failure is returned as
   * `{ ok: true, luhnValid: false }` so the host can show a warning instead of an error.
   */
  allowLuhnFailure?: boolean;
}

/** `pasted` (NFKC, no zero-width characters or label), strip spaces/dashes. Exported for masking. */
export function normaliseBankCard(s: string): string {
  return pasted(s).replace(/[\s\p{Pd}()]/gu, '');
}

/** Luhn mod 10 over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = Number(digits.charAt(i));
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * 银行卡号: 16–19 digits and Luhn. Luhn only catches typos; the bank verifies the account.
 * `unionPay` (prefix 62) is informational. Never throws.
 */
export function validateBankCard(s: string, options: BankCardOptions = {}): BankCardResult {
  const value = normaliseBankCard(s);
  if (!value) return invalid('empty');
  if (!/^\d+$/.test(value)) return invalid('format');
  if (value.length < 16 || value.length > 19) return invalid('length');
  const luhn = luhnValid(value);
  if (!luhn && !options.allowLuhnFailure) return invalid('checksum');
  return { ok: true, value, unionPay: value.startsWith('62'), luhnValid: luhn };
}
