import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  fenToChineseUppercase,
  fenToWanHint,
  formatFen,
  parseYuanToFen,
} from '../../src/domain/index.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('formatFen — DOMAIN §7', () => {
  it('formats the vectors', () => {
    assert.equal(formatFen(123456), '¥1,234.56');
    assert.equal(formatFen(5), '¥0.05');
    assert.equal(formatFen(-50), '-¥0.50');
  });
  it('handles zero, -0, millions and the largest safe integer exactly', () => {
    assert.equal(formatFen(0), '¥0.00');
    assert.equal(formatFen(-0), '¥0.00');
    assert.equal(formatFen(100_000_000), '¥1,000,000.00');
    assert.equal(formatFen(MAX), '¥90,071,992,547,409.91');
    assert.equal(formatFen(-MAX), '-¥90,071,992,547,409.91');
  });
  it('renders the same string in zh-CN and en (RMB is always ¥)', () => {
    assert.equal(formatFen(123456, 'en'), formatFen(123456, 'zh-CN'));
  });
  it('throws RangeError for non-integer or unsafe amounts', () => {
    for (const bad of [1.5, NaN, Infinity, MAX + 1])
      assert.throws(() => formatFen(bad), RangeError);
  });
});

describe('parseYuanToFen — DOMAIN §7 vectors', () => {
  const valid: [string, number][] = [
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['0.1', 10],
    ['5万', 5_000_000],
    ['12.5万', 12_500_000],
    ['50万元', 50_000_000],
    ['１００', 10000],
    // beyond the vectors
    ['0', 0],
    [' 1 234.5 元 ', 123450],
    ['¥1,234.56', 123456],
    ['￥1，234．56', 123456],
    ['0.000001万', 1],
    ['1.123456万', 1_123_456],
    ['90071992547409.91', MAX],
  ];
  for (const [input, fen] of valid) {
    it(`${JSON.stringify(input)} → ${fen}`, () => {
      assert.deepEqual(parseYuanToFen(input), { ok: true, value: fen });
    });
  }

  const invalid: [string, string][] = [
    ['1.005', 'too_many_decimals'],
    ['-1', 'negative'],
    ['1e3', 'format'],
    ['.5', 'format'],
    ['', 'empty'],
    ['0.0000001万', 'too_many_decimals'],
    // beyond the vectors
    ['元', 'empty'],
    ['1.', 'format'],
    ['万', 'format'],
    ['1元万', 'format'],
    ['+1', 'format'],
    ['0x10', 'format'],
    ['Infinity', 'format'],
    ['90071992547409.92', 'too_large'],
    ['100000000000万', 'too_large'],
  ];
  for (const [input, code] of invalid) {
    it(`rejects ${JSON.stringify(input)} as ${code}`, () => {
      assert.deepEqual(parseYuanToFen(input), { ok: false, code });
    });
  }
});

describe('parseYuanToFen — properties', () => {
  const safeFen = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeNat());

  it('parses formatFen output back to the same fen', () => {
    fc.assert(
      fc.property(safeFen, (n) => {
        assert.deepEqual(parseYuanToFen(formatFen(n)), { ok: true, value: n });
      }),
    );
  });

  it('parses plain "yuan.jiaofen" and "万" strings back to the same fen', () => {
    fc.assert(
      fc.property(safeFen, (n) => {
        const s = n.toString().padStart(3, '0');
        const yuan = `${s.slice(0, -2)}.${s.slice(-2)}`;
        assert.deepEqual(parseYuanToFen(yuan), { ok: true, value: n });
        const w = n.toString().padStart(7, '0');
        const wan = `${w.slice(0, -6)}.${w.slice(-6)}万`;
        assert.deepEqual(parseYuanToFen(wan), { ok: true, value: n });
      }),
    );
  });
});

describe('fenToChineseUppercase', () => {
  const vectors: [number, string][] = [
    [12_345_678, '壹拾贰万叁仟肆佰伍拾陆元柒角捌分'],
    [10_000, '壹佰元整'],
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角'],
    [100, '壹元整'],
    [1000, '壹拾元整'],
    // PBOC examples (正确填写票据和结算凭证的基本规定)
    [140_950, '壹仟肆佰零玖元伍角'],
    [600_714, '陆仟零柒元壹角肆分'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [10_700_053, '壹拾万柒仟元伍角叁分'],
    [1_640_902, '壹万陆仟肆佰零玖元零贰分'],
    [32_504, '叁佰贰拾伍元零肆分'],
    // zero runs across 4-digit groups
    [10_010_000, '壹拾万零壹佰元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [10_001_000_000, '壹亿零壹万元整'],
    [10_100_000_000, '壹亿零壹佰万元整'],
    [100_000_000_000_000, '壹万亿元整'],
    [MAX, '玖拾万亿零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
    [-150, '负壹元伍角'],
  ];
  for (const [fen, words] of vectors) {
    it(`${fen} → ${words}`, () => assert.equal(fenToChineseUppercase(fen), words));
  }

  it('never produces 零零, a trailing 零, or 零 before a unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX }), (n) => {
        const w = fenToChineseUppercase(n);
        assert.ok(!/零零|零[元万亿整]|零$/.test(w), `${n} → ${w}`);
        assert.ok(/(?:整|角|分)$/.test(w), `${n} → ${w}`);
      }),
    );
  });

  it('throws RangeError for non-integers', () => {
    assert.throws(() => fenToChineseUppercase(1.5), RangeError);
  });
});

describe('fenToWanHint', () => {
  it('shows 万元 with up to 4 decimals, trailing zeros trimmed', () => {
    assert.equal(fenToWanHint(125_000_000), '125万元');
    assert.equal(fenToWanHint(12_500_000), '12.5万元');
    assert.equal(fenToWanHint(12_345_678), '12.3457万元'); // 123456.78 元, half-up to the yuan
    assert.equal(fenToWanHint(5_000), '0.005万元');
    assert.equal(fenToWanHint(0), '0万元');
    assert.equal(fenToWanHint(49), '0万元');
    assert.equal(fenToWanHint(50), '0.0001万元');
    assert.equal(fenToWanHint(-12_500_000), '-12.5万元');
  });
});
