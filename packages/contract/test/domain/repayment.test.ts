import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { irrApr, repaymentSchedule } from '../../src/domain/index.js';
import type { RepaymentInput, RepaymentSchedule } from '../../src/domain/index.js';

type RepaymentMethod = RepaymentInput['method'];

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

function assertConsistent(s: RepaymentSchedule): void {
  const { rows } = s;
  assert.equal(rows.length, s.months);
  assert.equal(sum(rows.map((r) => r.principalFen)), s.principalFen, 'principals sum to P');
  assert.equal(sum(rows.map((r) => r.paymentFen)), s.totalPaymentFen, 'payments sum to total');
  assert.equal(sum(rows.map((r) => r.interestFen)), s.totalInterestFen, 'interest sums to total');
  assert.equal(s.totalPaymentFen, s.principalFen + s.totalInterestFen);
  assert.equal(s.firstPaymentFen, rows[0]?.paymentFen);
  assert.equal(s.lastPaymentFen, rows.at(-1)?.paymentFen);
  let remaining = s.principalFen;
  rows.forEach((r, i) => {
    assert.equal(r.month, i + 1);
    for (const v of [r.paymentFen, r.principalFen, r.interestFen, r.remainingFen]) {
      assert.ok(Number.isSafeInteger(v) && v >= 0, `row ${r.month}: ${JSON.stringify(r)}`);
    }
    assert.equal(r.paymentFen, r.principalFen + r.interestFen);
    remaining -= r.principalFen;
    assert.equal(r.remainingFen, remaining);
  });
  assert.equal(remaining, 0);
}

describe('repaymentSchedule — DOMAIN §7 worked example (P = ¥100,000, 12 months, 4.35 %)', () => {
  const base = { principalFen: 10_000_000, months: 12, aprPercent: 4.35 };

  it('等额本息: ¥8,530.99 every month, interest ¥2,371.88', () => {
    const s = repaymentSchedule({ ...base, method: 'equal-instalment' });
    assertConsistent(s);
    // M = 853 099.0036 → 853 099. The last row absorbs the rounding remainder of M; here the
    // remainder (12 × 0.0036 fen) rounds away, so the last row is also 853 099 and the interest is
    // exactly round(M·n − P) = 237 188 (a ±1 fen difference would have been acceptable).
    assert.deepEqual(
      s.rows.map((r) => r.paymentFen),
      Array(12).fill(853_099),
    );
    assert.equal(s.totalInterestFen, 237_188);
    assert.equal(s.rows[0]?.interestFen, 36_250); // P · 4.35 % / 12
    assert.equal(s.rows[0]?.principalFen, 816_849);
  });

  it('等额本金: month 1 ¥8,695.83, month 12 ¥8,363.54, interest ¥2,356.25', () => {
    const s = repaymentSchedule({ ...base, method: 'equal-principal' });
    assertConsistent(s);
    assert.equal(s.firstPaymentFen, 869_583);
    assert.equal(s.lastPaymentFen, 836_354);
    assert.equal(s.totalInterestFen, 235_625); // P·r·(n+1)/2 exactly
    // P/n = 833 333.33: the remainder is spread, never more than 1 fen from P/n.
    for (const r of s.rows) assert.ok([833_333, 833_334].includes(r.principalFen));
    // Payments decrease by P/n·r ≈ 3 020.83 each month (±2 fen: principal and interest are each
    // within 1 fen of exact).
    s.rows.slice(1).forEach((r, i) => {
      const drop = (s.rows[i]?.paymentFen ?? 0) - r.paymentFen;
      assert.ok(drop >= 3_019 && drop <= 3_023, `month ${r.month}: ${drop}`);
    });
  });

  it('IRR of the 等额本息 flow is 4.3500 %', () => {
    const s = repaymentSchedule({ ...base, method: 'equal-instalment' });
    const apr = irrApr(
      s.principalFen,
      s.rows.map((r) => r.paymentFen),
    );
    assert.equal(apr.toFixed(4), '4.3500');
  });

  it('the "月费率 0.5 %" flat fee (¥8,833.33/month) is APR 10.90 %, not 6 %', () => {
    const apr = irrApr(10_000_000, Array<number>(12).fill(883_333));
    assert.equal(apr.toFixed(2), '10.90');
  });
});

describe('repaymentSchedule — edge cases', () => {
  it('APR 0 divides the principal, remainder spread or in the last row', () => {
    const a = repaymentSchedule({
      principalFen: 100,
      months: 3,
      aprPercent: 0,
      method: 'equal-instalment',
    });
    assert.deepEqual(
      a.rows.map((r) => r.paymentFen),
      [33, 33, 34],
    );
    assert.equal(a.totalInterestFen, 0);
    const b = repaymentSchedule({
      principalFen: 100,
      months: 3,
      aprPercent: 0,
      method: 'equal-principal',
    });
    assert.deepEqual(
      b.rows.map((r) => r.paymentFen),
      [33, 34, 33],
    );
    assert.equal(b.totalInterestFen, 0);
  });

  it('one month: pays principal plus one month of interest', () => {
    for (const method of ['equal-instalment', 'equal-principal'] as const) {
      const s = repaymentSchedule({
        principalFen: 10_000_000,
        months: 1,
        aprPercent: 4.35,
        method,
      });
      assert.deepEqual(s.rows, [
        {
          month: 1,
          paymentFen: 10_036_250,
          principalFen: 10_000_000,
          interestFen: 36_250,
          remainingFen: 0,
        },
      ]);
    }
  });

  it('principal 0 and principals smaller than the number of months stay consistent', () => {
    for (const principalFen of [0, 1, 5, 359]) {
      for (const method of ['equal-instalment', 'equal-principal'] as const) {
        assertConsistent(repaymentSchedule({ principalFen, months: 360, aprPercent: 36, method }));
      }
    }
  });

  it('throws RangeError for invalid input', () => {
    const ok = {
      principalFen: 100,
      months: 12,
      aprPercent: 4.35,
      method: 'equal-instalment' as const,
    };
    const bad = [
      { principalFen: -1 },
      { principalFen: 1.5 },
      { principalFen: NaN },
      { principalFen: Number.MAX_SAFE_INTEGER + 1 },
      { months: 0 },
      { months: 1.5 },
      { months: NaN },
      { months: 1201 },
      { aprPercent: -0.01 },
      { aprPercent: NaN },
      { aprPercent: Infinity },
      { method: 'flat' as RepaymentMethod },
    ];
    for (const patch of bad) {
      assert.throws(
        () => repaymentSchedule({ ...ok, ...patch }),
        RangeError,
        JSON.stringify(patch),
      );
    }
    assert.throws(
      () => repaymentSchedule({ ...ok, principalFen: Number.MAX_SAFE_INTEGER, aprPercent: 36 }),
      RangeError,
    );
  });
});

describe('repaymentSchedule — properties', () => {
  const input = fc.record({
    principalFen: fc.integer({ min: 1, max: 10_000_000_000 }),
    months: fc.integer({ min: 1, max: 360 }),
    aprPercent: fc.oneof(
      fc.integer({ min: 0, max: 3600 }).map((bp) => bp / 100),
      fc.double({ min: 0, max: 36, noNaN: true }),
    ),
    method: fc.constantFrom<RepaymentMethod>('equal-instalment', 'equal-principal'),
  });

  it('rows always add up to the totals and principals to principalFen', () => {
    fc.assert(
      fc.property(input, (i) => assertConsistent(repaymentSchedule(i))),
      { numRuns: 150 },
    );
  });

  it('interest per row tracks balance × monthly rate; total interest matches the closed form', () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = repaymentSchedule(i);
        const r = i.aprPercent / 1200;
        let balance = i.principalFen;
        for (const row of s.rows) {
          // Interest is rounded cumulatively on the exact schedule; the actual balance drifts by at
          // most ~½ fen per month from the exact one, hence the tolerance.
          assert.ok(Math.abs(row.interestFen - balance * r) <= 1 + row.month * r, `${row.month}`);
          balance = row.remainingFen;
        }
        if (i.method === 'equal-principal') {
          const exact = (i.principalFen * r * (i.months + 1)) / 2;
          assert.ok(Math.abs(s.totalInterestFen - exact) <= 0.5 + 1e-6 * exact);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('等额本息 pays the same amount every month but the last once the loan is not tiny', () => {
    fc.assert(
      fc.property(input, (i) => {
        fc.pre(i.principalFen >= 10_000_000);
        const s = repaymentSchedule({ ...i, method: 'equal-instalment' });
        const first = s.firstPaymentFen;
        for (const row of s.rows.slice(0, -1)) assert.equal(row.paymentFen, first);
      }),
      { numRuns: 100 },
    );
  });

  it('IRR of a 等额本息 schedule recovers its APR', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 360 }),
        fc.integer({ min: 1, max: 3600 }).map((bp) => bp / 100),
        (principalFen, months, aprPercent) => {
          const s = repaymentSchedule({
            principalFen,
            months,
            aprPercent,
            method: 'equal-instalment',
          });
          const apr = irrApr(
            principalFen,
            s.rows.map((r) => r.paymentFen),
          );
          assert.ok(Math.abs(apr - aprPercent) < 0.01, `${apr} vs ${aprPercent}`);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('irrApr', () => {
  it('is 0 when payments only return the principal, negative when less', () => {
    assert.ok(Math.abs(irrApr(1200, Array<number>(12).fill(100))) < 1e-9);
    assert.ok(irrApr(1200, Array<number>(12).fill(90)) < 0);
  });
  it('throws RangeError on unusable input', () => {
    assert.throws(() => irrApr(0, [1]), RangeError);
    assert.throws(() => irrApr(100, []), RangeError);
    assert.throws(() => irrApr(100, [0, 0]), RangeError);
    assert.throws(() => irrApr(100, [NaN]), RangeError);
    assert.throws(() => irrApr(100, [-1, 200]), RangeError);
  });
});
