// Exact integer helpers shared by the money and loan code: amounts are split as decimal text and
// the loan maths is BigInt, so no amount ever goes through a binary float (1.005 * 100 =
// 100.49999…).

/**
 * The decimal digits of |fen|, at least three (`5` → `005`), so `.slice(0, -2)` is the whole yuan
 * and `.slice(-2)` the 角 and 分 digits: amounts are split as text, never divided. Throws
 * RangeError if `fen` is not a safe integer.
 */
export function fenDigits(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError('fen must be a safe integer (fen)');
  return String(Math.abs(fen)).padStart(3, '0');
}

/** round(n / d) half-up; `n` ≥ 0 and `d` > 0 (the loan maths divides nothing negative). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** Thousands separators on a string of decimal digits. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
