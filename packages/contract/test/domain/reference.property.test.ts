// The domain code is written for bundle size (Horner's rule for check characters, dates compared
// as text, 大写金额 in one pass over the digits, one loop for a repayment schedule). Each test here
// compares it with a plain implementation written from DOMAIN.md's rules and formulas, so an
// equivalence is tested rather than claimed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ageOn,
  fenToChineseUppercase,
  fenToWanHint,
  formatFen,
  parseYuanToFen,
  repaymentSchedule,
  validateResidentId,
  validateUscc,
} from '../../src/domain/index.js';
import type { RepaymentInput } from '../../src/domain/index.js';
import { isCalendarDate } from '../../src/domain/calendar.js';
import { residentIdCheckChar } from '../../src/domain/resident-id.js';
import { usccCheckChar } from '../../src/domain/uscc.js';
// idCheck and usccCheck are DOMAIN's weighted sums: S = Σ d·W with its weight tables.
import { PROVINCES, USCC_CHARSET, idCheck, usccCheck } from './arbitraries.js';

const digitString = (min: number, max = min) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

// ---- §1 resident ID and §3 USCC -------------------------------------------------------------

/**
 * What DOMAIN's normalisation leaves of pasted text: NFKC, then a label (everything up to the
 * last colon before the first digit or 万, such as 身份证号：; a colon after a digit labels a
 * second value, which must stay, and a 万 before it is the amount's unit) and every invisible
 * format character (General Category Cf) gone.
 */
function refPasted(s: string): string {
  const t = s.normalize('NFKC');
  const digit = t.search(/[0-9万]/);
  const label = (digit < 0 ? t : t.slice(0, digit)).lastIndexOf(':') + 1;
  return [...t.slice(label)].filter((c) => !/\p{Cf}/u.test(c)).join('');
}

/**
 * A code as pasted: `refPasted`, without whitespace, dashes (Unicode Pd), brackets or Chinese
 * characters (a label without a colon, a note such as 微信同号).
 */
const refCode = (s: string): string =>
  [...refPasted(s)].filter((c) => !/[\s()]|\p{Pd}|\p{Script=Han}/u.test(c)).join('');

/** Real Gregorian date, by the JavaScript Date (proleptic Gregorian, any year). */
function refIsDate(y: number, m: number, d: number): boolean {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function refValidateResidentId(s: string, today: string) {
  const value = refCode(s).replace(/x/g, 'X');
  if (value === '') return { ok: false, code: 'empty' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, code: 'format' };
  if (!PROVINCES.includes(Number(value.slice(0, 2)))) return { ok: false, code: 'region' };
  const [y, m, d] = [value.slice(6, 10), value.slice(10, 12), value.slice(12, 14)].map(Number);
  if (!refIsDate(y!, m!, d!)) return { ok: false, code: 'birth_date' };
  if (y! < 1900) return { ok: false, code: 'year_before_1900' };
  const [ty, tm, td] = today.split('-').map(Number);
  if (y! * 10000 + m! * 100 + d! > ty! * 10000 + tm! * 100 + td!)
    return { ok: false, code: 'future_birth_date' };
  if (idCheck(value.slice(0, 17)) !== value.charAt(17)) return { ok: false, code: 'checksum' };
  return {
    ok: true,
    value,
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    sex: Number(value.charAt(16)) % 2 === 1 ? 'male' : 'female',
    regionCode: value.slice(0, 6),
  };
}

function refValidateUscc(s: string) {
  const value = refCode(s).toUpperCase();
  if (value === '') return { ok: false, code: 'empty' };
  if ([...value].length !== 18) return { ok: false, code: 'length' };
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(value)) return { ok: false, code: 'charset' };
  if (usccCheck(value.slice(0, 17)) !== value.charAt(17)) return { ok: false, code: 'checksum' };
  return { ok: true, value, regionCode: value.slice(2, 8) };
}

const day = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`) })
    .filter((d) => !Number.isNaN(d.getTime()))
    .map((d) => d.toISOString().slice(0, 10));

/** ID-like input: mostly 18 characters, any province, dates real or not, check right or not. */
const idLike = fc
  .record({
    province: fc.oneof(fc.constantFrom(...PROVINCES.map(String)), digitString(2)),
    county: digitString(4),
    year: fc.oneof(fc.integer({ min: 1880, max: 2110 }), fc.nat(9999)),
    month: fc.integer({ min: 0, max: 13 }),
    dayOfMonth: fc.integer({ min: 0, max: 32 }),
    seq: digitString(3),
    last: fc.oneof(fc.constant('right'), fc.constantFrom(...'0123456789Xx')),
    dress: fc.constantFrom('', ' ', 'lower', 'full-width', 'cut', 'extra'),
  })
  .map(({ province, county, year, month, dayOfMonth, seq, last, dress }) => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const first17 = province + county + pad(year, 4) + pad(month, 2) + pad(dayOfMonth, 2) + seq;
    const id = first17 + (last === 'right' ? idCheck(first17) : last);
    if (dress === 'lower') return id.toLowerCase();
    if (dress === 'full-width')
      return id.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    if (dress === 'cut') return id.slice(1);
    if (dress === 'extra') return id + '0';
    return dress + id + dress;
  });

/**
 * `text` as a member pastes it from a chat, an SMS, OCR or a spreadsheet: invisible characters,
 * grouping spaces and dashes of every kind, tabs and newlines put anywhere, and maybe a label.
 */
const pastedFrom = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(
      text,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.constantFrom(
            ...['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202a', '\u202c'],
            ...['\u2066', '\u2069', '\u200e', ' ', '\u00a0', '\u3000', '\t', '\n', '-', '‐'],
            ...['‑', '–', '—', '－', '(', ')', ':', '：'],
          ),
        ),
        { maxLength: 6 },
      ),
      fc.constantFrom(
        '',
        '身份证号：',
        '统一社会信用代码:',
        '号码： ',
        '\u200b代码：',
        '证号 ',
        '张三',
      ),
    )
    .map(([value, junk, label]) => {
      const chars = [...value];
      for (const [at, c] of junk) chars.splice(at % (chars.length + 1), 0, c);
      return label + chars.join('');
    });

const usccLike = fc
  .tuple(
    fc.string({
      unit: fc.oneof(
        { weight: 20, arbitrary: fc.constantFrom(...USCC_CHARSET) },
        { weight: 1, arbitrary: fc.constantFrom(...'IOSVZiosvzabcy-０Ａ') },
      ),
      minLength: 16,
      maxLength: 18,
    }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([first, right, lower]) => {
    const s = first.length === 17 && right ? first + usccCheck(first) : first;
    return lower ? s.toLowerCase() : s;
  });

describe('check characters by Horner’s rule = DOMAIN’s weighted sums', () => {
  // Both are linear in the characters' values modulo 11 (31), and "10X98765432"[S] and
  // (31 − S) mod 31 are one-to-one, so agreeing on one unit vector per position proves that the
  // Horner weights are DOMAIN's weights, and so agreement on every input.
  it('resident ID: the unit vector of each position (a proof for all inputs)', () => {
    for (let i = 0; i < 17; i++) {
      const first17 = '0'.repeat(i) + '1' + '0'.repeat(16 - i);
      assert.equal(residentIdCheckChar(first17), idCheck(first17), `position ${i + 1}`);
    }
    assert.equal(residentIdCheckChar('11010519491231002'), 'X'); // DOMAIN: S = 167, 167 mod 11 = 2
  });

  it('USCC: the unit vector of each position (a proof for all inputs)', () => {
    for (let i = 0; i < 17; i++) {
      const first17 = '0'.repeat(i) + '1' + '0'.repeat(16 - i);
      assert.equal(usccCheckChar(first17), usccCheck(first17), `position ${i + 1}`);
    }
    // DOMAIN: Σ = 1640, 1640 mod 31 = 28, 31 − 28 = 3; and the 31 → 0 case.
    assert.equal(usccCheckChar('91350100M000100Y4'), '3');
    assert.equal(usccCheckChar('91330402MA2000028'), '0');
  });

  it('random first-17s', () => {
    fc.assert(
      fc.property(digitString(17), (s) => assert.equal(residentIdCheckChar(s), idCheck(s))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...USCC_CHARSET), minLength: 17, maxLength: 17 }),
        (s) => assert.equal(usccCheckChar(s), usccCheck(s)),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('validators = DOMAIN §1 and §3 written out', () => {
  it('validateResidentId (birth dates compared as text, today varying)', () => {
    fc.assert(
      fc.property(
        fc.oneof(idLike, pastedFrom(idLike)),
        day('1890-01-01', '2110-12-31'),
        (s, today) => {
          assert.deepEqual(validateResidentId(s, { today }), refValidateResidentId(s, today), s);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('validateUscc', () => {
    fc.assert(
      fc.property(fc.oneof(usccLike, pastedFrom(usccLike)), (s) =>
        assert.deepEqual(validateUscc(s), refValidateUscc(s), s),
      ),
      { numRuns: 3000 },
    );
  });

  it('isCalendarDate on every year 0000–2999, month 0–13, day 0–32', () => {
    for (let y = 0; y < 3000; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          if (isCalendarDate(y, m, d) !== refIsDate(y, m, d)) assert.fail(`${y}-${m}-${d}`);
        }
      }
    }
  });

  it('ageOn counts completed years ("MM-DD" compared as text)', () => {
    const ymd = (s: string) => s.split('-').map(Number) as [number, number, number];
    fc.assert(
      fc.property(day('1900-01-01', '2100-12-31'), day('1900-01-01', '2100-12-31'), (b, t) => {
        const [by, bm, bd] = ymd(b);
        const [ty, tm, td] = ymd(t);
        const expected = ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
        assert.equal(ageOn(b, t), expected, `${b} ${t}`);
      }),
      { numRuns: 3000 },
    );
  });
});

// ---- §7 money -------------------------------------------------------------------------------

const fenArb = fc.oneof(
  fc.integer({ min: -30_000, max: 30_000 }),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  // Amounts with runs of zeros, where 大写 and the 万元 hint have their special cases.
  fc
    .array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 16 })
    .map((ds) => Number(ds.join('')))
    .filter(Number.isSafeInteger),
);

function refFormatFen(fen: number): string {
  const abs = BigInt(Math.abs(fen));
  let yuan = (abs / 100n).toString();
  for (let i = yuan.length - 3; i > 0; i -= 3) yuan = yuan.slice(0, i) + ',' + yuan.slice(i);
  return `${fen < 0 ? '-' : ''}¥${yuan}.${(abs % 100n).toString().padStart(2, '0')}`;
}

function refWanHint(fen: number): string {
  const yuan = (BigInt(Math.abs(fen)) + 50n) / 100n; // half-up to the yuan
  const whole = yuan / 10000n;
  const fraction = (yuan % 10000n).toString().padStart(4, '0').replace(/0+$/, '');
  return `${fen < 0 && yuan > 0n ? '-' : ''}${whole}${fraction ? '.' + fraction : ''}万元`;
}

/**
 * 大写金额 by 4-digit groups (个, 万, 亿, 万亿), as the PBOC rules are usually stated: read each
 * group; zeros between two read digits become one 零, except zeros closing a group, which its unit
 * absorbs (壹仟万壹仟); an all-zero group is silent.
 */
function refUppercase(fen: number): string {
  const DIGITS = '零壹贰叁肆伍陆柒捌玖';
  if (fen === 0) return '零元整';
  const abs = BigInt(Math.abs(fen));
  const groups: string[] = [];
  for (let y = abs / 100n; y > 0n; y /= 10000n) groups.unshift((y % 10000n).toString());
  let out = '';
  let zeros = false;
  groups.forEach((group, g) => {
    const digits = group.padStart(4, '0');
    if (digits === '0000') {
      zeros = out !== '';
      return;
    }
    for (let p = 0; p < 4; p++) {
      const d = Number(digits[p]);
      if (d === 0) zeros ||= out !== '';
      else {
        out += (zeros ? '零' : '') + DIGITS[d] + ['仟', '佰', '拾', ''][p];
        zeros = false;
      }
    }
    out += ['', '万', '亿', '万亿'][groups.length - 1 - g];
    zeros = false;
  });
  const jiao = Number((abs / 10n) % 10n);
  const fenDigit = Number(abs % 10n);
  let words = (fen < 0 ? '负' : '') + (out ? out + '元' : '');
  if (!jiao && !fenDigit) return words + '整';
  if (jiao) words += DIGITS[jiao] + '角';
  else if (out) words += '零';
  if (fenDigit) words += DIGITS[fenDigit] + '分';
  return words;
}

/** DOMAIN §7 input rules, with BigInt multiplication by the unit. */
function refParseYuan(s: string) {
  let t = refPasted(s).replace(/[,\s]/g, '');
  if (t.startsWith('¥')) t = t.slice(1);
  if (t.endsWith('元整')) t = t.slice(0, -2);
  else if (t.endsWith('元')) t = t.slice(0, -1);
  // A Chinese IME's 。 for the first decimal point.
  t = t.replace('。', '.');
  if (t === '') return { ok: false, code: 'empty' };
  const wan = t.endsWith('万');
  if (wan) t = t.slice(0, -1);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return { ok: false, code: 'format' };
  if (m[1]) return { ok: false, code: 'negative' };
  const decimals = wan ? 6 : 2;
  const fraction = m[3] ?? '';
  if (fraction.length > decimals) return { ok: false, code: 'too_many_decimals' };
  const fen = BigInt(m[2]!) * (wan ? 1_000_000n : 100n) + BigInt(fraction.padEnd(decimals, '0'));
  if (fen > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, code: 'too_large' };
  return { ok: true, value: Number(fen) };
}

describe('money = DOMAIN §7 with BigInt division', () => {
  it('formatFen, fenToWanHint and fenToChineseUppercase', () => {
    fc.assert(
      fc.property(fenArb, (fen) => {
        assert.equal(formatFen(fen), refFormatFen(fen), `${fen}`);
        assert.equal(fenToWanHint(fen), refWanHint(fen), `${fen}`);
        assert.equal(fenToChineseUppercase(fen), refUppercase(fen), `${fen}`);
      }),
      { numRuns: 10_000 },
    );
  });

  it('大写 of every amount up to ¥1,000 and around each group boundary', () => {
    for (let fen = 0; fen <= 100_000; fen++)
      assert.equal(fenToChineseUppercase(fen), refUppercase(fen));
    for (let e = 6; e <= 15; e++) {
      for (let delta = -1200; delta <= 1200; delta++) {
        const fen = 10 ** e + delta;
        assert.equal(fenToChineseUppercase(fen), refUppercase(fen), `${fen}`);
      }
    }
  });

  it('parseYuanToFen', () => {
    const typed = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'0123456789.,万元整¥- １．，。'), maxLength: 22 }),
      fc
        .tuple(
          digitString(1, 17),
          digitString(0, 8),
          fc.constantFrom('', '万', '元', '万元', '元整', '万元整'),
        )
        .map(([w, f, unit]) => `${w}${f ? '.' + f : ''}${unit}`),
    );
    fc.assert(
      fc.property(fc.oneof(typed, pastedFrom(typed)), (s) =>
        assert.deepEqual(parseYuanToFen(s), refParseYuan(s), s),
      ),
      { numRuns: 10_000 },
    );
  });
});

// ---- §7 repayment schedules -----------------------------------------------------------------

/** round(n / d) half-up, for n ≥ 0 and d > 0. */
const round = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);

/** r = APR/12 as a/b from the APR's decimal to 10 places (not reduced, unlike the code's). */
function monthlyRate(aprPercent: number): [bigint, bigint] {
  const [int, frac] = aprPercent.toFixed(10).split('.') as [string, string];
  return [BigInt(int + frac), 10n ** 10n * 1200n];
}

/**
 * The schedule month by month, as DOMAIN describes the loans (the code uses closed forms instead),
 * with the rounding documented on repaymentSchedule: interest = difference of the rounded exact
 * cumulative interest; 等额本金 principal = difference of round(k·P/n); 等额本息 principal =
 * round(M) − interest within [0, balance], and the balance in the last month.
 * - 等额本金: month k's interest is (P − (k−1)·P/n)·r, a multiple of 1/(n·b).
 * - 等额本息: M = P·r·(1+r)^n / ((1+r)^n − 1) (r = 0: P/n); the exact balance earns B·r and falls
 *   by M each month. With r = a/b, q = a + b and M = Mn/Md, every amount of month k is a multiple
 *   of 1/(b^k·Md), so the balance and cumulative interest are kept as integers X = B·b^k·Md and
 *   Y = C·b^k·Md: X_k = X_(k−1)·q − Mn·b^k, Y_k = Y_(k−1)·b + X_(k−1)·a.
 */
function refSchedule({ principalFen, months, aprPercent, method }: RepaymentInput) {
  const [a, b] = monthlyRate(aprPercent);
  const q = a + b;
  const P = BigInt(principalFen);
  const N = BigInt(months);
  // M = P·(a/b)·(q/b)^n / ((q/b)^n − 1) = P·a·q^n / (b·(q^n − b^n)).
  const [Mn, Md] = a === 0n ? [P, N] : [P * a * q ** N, b * (q ** N - b ** N)];
  const rows = [];
  let X = P * Md; // exact balance × b^k·Md
  let Y = 0n; // exact cumulative interest × b^k·Md (等额本息) or × n·b (等额本金)
  let previous = 0n; // rounded cumulative interest of the months before
  let remaining = P;
  for (let k = 1n; k <= N; k++) {
    let cumulative: bigint;
    let principal: bigint;
    if (method === 'equal-principal') {
      Y += (P * N - (k - 1n) * P) * a;
      cumulative = round(Y, N * b);
      principal = round(k * P, N) - round((k - 1n) * P, N);
    } else {
      Y = Y * b + X * a;
      X = X * q - Mn * b ** k;
      cumulative = round(Y, b ** k * Md);
      principal = round(Mn, Md) - (cumulative - previous);
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
  return rows;
}

describe('repaymentSchedule = DOMAIN §7 formulas, month by month', () => {
  const input = (maxMonths: number) =>
    fc.record({
      principalFen: fc.oneof(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 1e11 })),
      months: fc.integer({ min: 1, max: maxMonths }),
      aprPercent: fc.oneof(
        fc.constant(0),
        fc.integer({ min: 0, max: 3600 }).map((bp) => bp / 100),
        fc.double({ min: 0, max: 36, noNaN: true }),
      ),
      method: fc.constantFrom('equal-instalment' as const, 'equal-principal' as const),
    });

  const check = (i: RepaymentInput) => {
    const s = repaymentSchedule(i);
    const rows = refSchedule(i);
    assert.deepEqual(s.rows, rows, JSON.stringify(i));
    const interest = rows.reduce((t, row) => t + row.interestFen, 0);
    assert.equal(s.totalInterestFen, interest);
    assert.equal(s.totalPaymentFen, i.principalFen + interest);
    if (i.method === 'equal-principal') {
      // DOMAIN's closed form P·r·(n+1)/2, rounded half-up.
      const [a, b] = monthlyRate(i.aprPercent);
      const exact = round(BigInt(i.principalFen) * a * BigInt(i.months + 1), 2n * b);
      assert.equal(BigInt(s.totalInterestFen), exact);
    }
  };

  it('up to 60 months', () => {
    fc.assert(fc.property(input(60), check), { numRuns: 500 });
  });

  it('up to 360 months', () => {
    fc.assert(fc.property(input(360), check), { numRuns: 100 });
  });

  it('DOMAIN’s worked example', () => {
    for (const method of ['equal-instalment', 'equal-principal'] as const)
      check({ principalFen: 10_000_000, months: 12, aprPercent: 4.35, method });
  });
});
