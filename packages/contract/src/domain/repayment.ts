import { divRoundHalfUp } from './bigint-math.js';

export type RepaymentMethod = 'equal-instalment' | 'equal-principal';

/** What `repaymentSchedule` takes. */
export interface RepaymentInput {
  /** Loan principal in fen: a safe integer ≥ 0. */
  principalFen: number;
  /** Number of monthly instalments: an integer 1–1200. */
  months: number;
  /** Nominal annual rate in percent (4.35 = 4.35 %), 0–1000; monthly rate = APR / 12. */
  aprPercent: number;
  /** 等额本息 (`equal-instalment`) or 等额本金 (`equal-principal`). */
  method: RepaymentMethod;
}

/** One month of a repayment schedule, amounts in fen. */
export interface RepaymentRow {
  /** 1-based month number. */
  month: number;
  paymentFen: number;
  principalFen: number;
  interestFen: number;
  /** Principal still owed after this payment; 0 after the last row. */
  remainingFen: number;
}

/** What `repaymentSchedule` returns: every month's payment and the totals. */
export interface RepaymentSchedule {
  method: RepaymentMethod;
  principalFen: number;
  months: number;
  aprPercent: number;
  rows: RepaymentRow[];
  totalPaymentFen: number;
  totalInterestFen: number;
  firstPaymentFen: number;
  lastPaymentFen: number;
}

const MAX_MONTHS = 1200;
const MAX_APR_PERCENT = 1000;
// APR is taken to 1e-10 percentage points: far below any published rate, and it bounds the size
// of the exact rationals below (a subnormal double would otherwise make (1+r)^n enormous).
const APR_DECIMALS = 10;

/**
 * Monthly rate as an exact fraction a/b: the APR's decimal digits over 10^decimals × 1200 (percent
 * × 12 months), 4.35 → 435/120000. Trailing zeros of the fraction are dropped (toFixed always
 * prints the point, so only fraction zeros go), each dividing a and b by 10. No result changes:
 * r is the same number, and every quotient rounded below has as many factors a, b or q = a + b
 * above the line as below, so dividing a and b by 10 leaves it unchanged too. Shorter a and b keep
 * every power of 1 + r short.
 */
function monthlyRate(aprPercent: number): [bigint, bigint] {
  const [int = '0', frac = ''] = aprPercent.toFixed(APR_DECIMALS).replace(/0+$/, '').split('.');
  return [BigInt(int + frac), 10n ** BigInt(frac.length) * 1200n]; // percent (100) × 12 months
}

/**
 * Reference (参考) monthly schedule for 等额本息 / 等额本金; the bank's schedule is binding.
 * Throws RangeError for invalid input (it is a calculator, not a validator): principal not a
 * safe integer ≥ 0, months not an integer 1–1200, APR NaN/negative/above 1000, unknown method,
 * or totals beyond Number.MAX_SAFE_INTEGER.
 *
 * Rounding rule (all amounts integer fen, half-up). The exact schedule is computed with BigInt
 * rationals (r = APR/12, APR to 1e-10 points), then:
 * - interest: row k = round(cumulative exact interest to k) − round(cumulative exact interest to
 *   k−1), so each row is within 1 fen of its exact value and the total is the rounded exact total
 *   (等额本息: M·n − P; 等额本金: P·r·(n+1)/2);
 * - 等额本息: rows 1…n−1 pay M rounded half-up; principal = payment − interest; the last row
 *   pays what clears the balance, absorbing the rounding remainder of M;
 * - 等额本金: principal row k = round(k·P/n) − round((k−1)·P/n), so the rounding remainder of P/n
 *   is spread (never more than 1 fen per row) rather than piled onto the last row, which keeps
 *   month n equal to the closed form P/n + (P/n)·r;
 * - principals always sum to principalFen, payments to totalPaymentFen, interest to
 *   totalInterestFen. With a tiny principal (fewer fen than months) some late rows can be 0.
 */
export function repaymentSchedule(input: RepaymentInput): RepaymentSchedule {
  const { principalFen, months, aprPercent, method } = input;
  if (!Number.isSafeInteger(principalFen) || principalFen < 0)
    throw new RangeError('principalFen must be a safe integer ≥ 0');
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS)
    throw new RangeError(`months must be an integer from 1 to ${MAX_MONTHS}`);
  if (!Number.isFinite(aprPercent) || aprPercent < 0 || aprPercent > MAX_APR_PERCENT)
    throw new RangeError(`aprPercent must be a number from 0 to ${MAX_APR_PERCENT}`);
  if (method !== 'equal-instalment' && method !== 'equal-principal')
    throw new RangeError("method must be 'equal-instalment' or 'equal-principal'");
  const P = BigInt(principalFen);
  const N = BigInt(months); // upper case: `2n` is a BigInt literal, `N` the number of months
  const [a, b] = monthlyRate(aprPercent);
  // 等额本息: with 1 + r = q/b and D = q^N − b^N, the closed forms reduce to one fixed
  // denominator b·D:
  //   M   = P·r·(1+r)^N / ((1+r)^N − 1) = P·a·q^N / (b·D)       (r = 0: M = P/N)
  //   B_k = P·((1+r)^N − (1+r)^k) / ((1+r)^N − 1)               exact balance after k months
  //   C_k = k·M − (P − B_k) = P·(k·a·q^N + b^(N+1) − b^(N−k+1)·q^k) / (b·D)
  // so each month needs only linear-size BigInt steps (T_k = b^(N−k+1)·q^k is updated in place:
  // T_(k−1) still has a factor b, so T / b is exact).
  const q = a + b;
  const aqN = a * q ** N;
  const bD = b * (q ** N - b ** N);
  const bN1 = b ** (N + 1n);
  const M = a === 0n ? divRoundHalfUp(P, N) : divRoundHalfUp(P * aqN, bD);
  let T = bN1;

  const rows: RepaymentRow[] = [];
  let remaining = P;
  let previous = 0n; // rounded cumulative interest of the months before
  for (let k = 1n; k <= N; k++) {
    let cumulative: bigint;
    let principal: bigint;
    if (method === 'equal-principal') {
      // Cumulative exact interest: r·Σ_{j≤k}(P − (j−1)·P/N) = a·P·k·(2N−k+1)/(2bN). The principal
      // paid after k months is round(k·P/N), of which P − remaining was paid before.
      cumulative = divRoundHalfUp(a * P * k * (2n * N - k + 1n), 2n * b * N);
      principal = remaining - P + divRoundHalfUp(k * P, N);
    } else {
      T = (T / b) * q;
      cumulative = a === 0n ? 0n : divRoundHalfUp(P * (k * aqN + bN1 - T), bD);
      principal = M - cumulative + previous;
      if (principal < 0n) principal = 0n;
      if (k === N || principal > remaining) principal = remaining;
    }
    const interest = cumulative - previous;
    previous = cumulative;
    remaining -= principal;
    rows.push({
      month: Number(k),
      paymentFen: Number(principal + interest),
      principalFen: Number(principal),
      interestFen: Number(interest),
      remainingFen: Number(remaining),
    });
  }
  // Principals add up to P, interests to the last cumulative interest. A total beyond
  // Number.MAX_SAFE_INTEGER converts to a number that is not a safe integer.
  const totalPaymentFen = Number(P + previous);
  if (!Number.isSafeInteger(totalPaymentFen))
    throw new RangeError('total repayment exceeds Number.MAX_SAFE_INTEGER fen');
  return {
    method,
    principalFen,
    months,
    aprPercent,
    rows,
    totalPaymentFen,
    totalInterestFen: Number(previous),
    firstPaymentFen: rows[0]!.paymentFen, // months ≥ 1: there is a row
    lastPaymentFen: rows[months - 1]!.paymentFen,
  };
}
