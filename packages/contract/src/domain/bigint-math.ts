// Exact integer helpers shared by the money and loan code. BigInt keeps every intermediate exact,
// so no amount ever goes through a binary float (1.005 * 100 = 100.49999…).

export function assertSafeFen(fen: number, what = 'fen'): void {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`${what} must be a safe integer (fen)`);
}

/** round(n / d) half-up (half away from zero for negatives); `d` must be positive. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (n < 0n) return -divRoundHalfUp(-n, d);
  return (2n * n + d) / (2n * d);
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Thousands separators on a string of decimal digits. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
