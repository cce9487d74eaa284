/**
 * Annualised nominal APR in percent (monthly IRR × 12 × 100) of a loan that pays out
 * `principalFen` now and is repaid by `payments[k]` at the end of month k+1. This is the IRR method
 * of PBOC Announcement [2021] No. 3 and exposes flat-fee traps (月费率 0.5 % ≈ 10.90 %, not 6 %).
 * Solved by bisection in floating point: it is a rate, not an amount, so ~1e-12 precision is ample.
 * Returns a negative rate when payments sum to less than the principal. Throws RangeError if
 * principalFen is not > 0, payments is empty, or any payment is negative or not finite, or if no
 * rate fits (all payments 0).
 */
export function irrApr(principalFen: number, payments: readonly number[]): number {
  if (!Number.isFinite(principalFen) || principalFen <= 0)
    throw new RangeError('principalFen must be > 0');
  if (payments.length === 0) throw new RangeError('payments must not be empty');
  if (!payments.every((p) => Number.isFinite(p) && p >= 0))
    throw new RangeError('payments must be finite and ≥ 0');
  if (!payments.some((p) => p > 0)) throw new RangeError('payments must not all be 0');

  // Present value minus principal; strictly decreasing in r for non-negative payments.
  const npv = (r: number): number => {
    let pv = 0;
    let discount = 1;
    for (const p of payments) {
      discount /= 1 + r;
      // Skipping zeros avoids 0 × Infinity = NaN when r is close to −1.
      if (p !== 0) pv += p * discount;
    }
    return pv - principalFen;
  };
  let lo = -0.999999;
  let hi = 1;
  while (npv(hi) > 0 && hi < 1e6) hi *= 2;
  if (npv(lo) < 0 || npv(hi) > 0) throw new RangeError('no IRR in range');
  for (let i = 0; i < 200 && hi - lo > 1e-15; i++) {
    const mid = (lo + hi) / 2;
    if (npv(mid) > 0) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * 1200;
}
