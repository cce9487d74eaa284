import type { AmountErrorCode } from './codes.js';
import { fenDigits, groupThousands } from './bigint-math.js';
import { invalid, pasted } from './result.js';
import type { Invalid } from './result.js';

export type { AmountErrorCode } from './codes.js';

/** A language of the domain texts and formats. */
export type DomainLocale = 'zh-CN' | 'en';

/** What `parseYuanToFen` returns: `{ ok: true, value }` in fen, or `{ ok: false, code }`. */
export type ParseYuanResult =
  { readonly ok: true; readonly value: number } | Invalid<AmountErrorCode>;

/**
 * `¥1,234.56`, `¥0.05`, `-¥0.50`. Integer maths only. Both locales render the same string on
 * purpose: amounts are always RMB, and `¥` with `,` grouping reads correctly in zh-CN and English
 * (the parameter, zh-CN when omitted, exists so a future locale can differ without an API
 * change). Throws RangeError if `fen` is not a safe integer.
 */
export function formatFen(fen: number, locale?: DomainLocale): string {
  void locale;
  const digits = fenDigits(fen);
  return `${fen < 0 ? '-' : ''}¥${groupThousands(digits.slice(0, -2))}.${digits.slice(-2)}`;
}

// Sign, whole yuan, fraction, 万: the sign only to say `negative` rather than `format`.
const AMOUNT = /^(-?)(\d+)(?:\.(\d+))?(万?)$/;
const WAN_DECIMALS = 6; // 0.000001 万元 = 0.01 元 = 1 分
const YUAN_DECIMALS = 2;

/**
 * Parses what a user types in an amount field into integer fen (DOMAIN §7): `pasted` (NFKC, no
 * zero-width characters or label); strip `,` and whitespace, an optional leading `¥` (so
 * `formatFen` output round-trips) and a trailing `元` or `元整` (as amounts are written out); a
 * `。` is the decimal point a Chinese IME types for `.` in its Chinese punctuation mode;
 * plain yuan allows 2 decimals, a `万` suffix (×10 000 元) allows 6. Converted with BigInt, never
 * parseFloat. Exponents, signs, a bare `.5` and anything above Number.MAX_SAFE_INTEGER fen are
 * rejected. Never throws.
 */
export function parseYuanToFen(s: string): ParseYuanResult {
  const t = pasted(s)
    .replace(/[,\s]/g, '')
    .replace(/^¥|元整?$/g, '')
    .replace('。', '.');
  if (!t) return invalid('empty');

  const m = AMOUNT.exec(t);
  if (!m) return invalid('format');
  if (m[1]) return invalid('negative');

  const decimals = m[4] ? WAN_DECIMALS : YUAN_DECIMALS;
  const fraction = m[3] ?? '';
  if (fraction.length > decimals) return invalid('too_many_decimals');
  // Whole units then the fraction padded to `decimals` digits: the amount in fen, as digits.
  const fen = BigInt(m[2]! + fraction.padEnd(decimals, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return invalid('too_large');
  return { ok: true, value: Number(fen) };
}
