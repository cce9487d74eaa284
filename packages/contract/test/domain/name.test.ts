import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateName } from '../../src/domain/index.js';

describe('validateName — DOMAIN §5 vectors', () => {
  const valid: [string, string, 'han' | 'latin'][] = [
    ['张三', '张三', 'han'],
    ['欧阳娜娜', '欧阳娜娜', 'han'],
    ['阿沛·阿旺晋美', '阿沛·阿旺晋美', 'han'],
    ['阿沛•阿旺晋美', '阿沛·阿旺晋美', 'han'],
    ['王𠈌', '王𠈌', 'han'],
    ['John Smith', 'John Smith', 'latin'],
    ['买买提·艾力·阿不都热合曼·吐尔逊江', '买买提·艾力·阿不都热合曼·吐尔逊江', 'han'],
  ];
  for (const [input, value, script] of valid) {
    it(`accepts ${input}`, () => {
      assert.deepEqual(validateName(input), { ok: true, value, script });
    });
  }

  it('the 18-character vector really has 18 code points', () => {
    assert.equal([...'买买提·艾力·阿不都热合曼·吐尔逊江'].length, 18);
  });

  const invalid: [string, string][] = [
    ['张', 'too_short'],
    ['张三3', 'format'],
    ['·张三', 'format'],
    ['张··三', 'format'],
    ['张John', 'mixed_script'],
    ['张'.repeat(21), 'too_long'],
    ['', 'empty'],
    ['   ', 'empty'],
  ];
  for (const [input, code] of invalid) {
    it(`rejects ${JSON.stringify(input)} as ${code}`, () => {
      assert.deepEqual(validateName(input), { ok: false, code });
    });
  }
});

describe('validateName — normalisation', () => {
  it('maps every look-alike separator between Han characters (and its spaces) to U+00B7', () => {
    for (const sep of ['•', '・', '．', '.', '‧', '･', '·', ' · ', ' • ']) {
      assert.deepEqual(validateName(`阿沛${sep}阿旺晋美`), {
        ok: true,
        value: '阿沛·阿旺晋美',
        script: 'han',
      });
    }
  });

  it('trims and collapses spaces; counts code points, not UTF-16 units', () => {
    assert.deepEqual(validateName('  John   Smith  '), {
      ok: true,
      value: 'John Smith',
      script: 'latin',
    });
    assert.deepEqual(validateName("Mary-Jane O'Neil"), {
      ok: true,
      value: "Mary-Jane O'Neil",
      script: 'latin',
    });
    // 20 Ext-B characters are 40 UTF-16 units but 20 code points.
    assert.equal(validateName('𠈌'.repeat(20)).ok, true);
    assert.deepEqual(validateName('𠈌'.repeat(21)), { ok: false, code: 'too_long' });
  });

  it('applies NFC: a CJK compatibility ideograph is stored as its unified form', () => {
    // U+F900 has a canonical decomposition to U+8C48, so NFC maps it.
    assert.deepEqual(validateName('\uF900三'), { ok: true, value: '\u8C48三', script: 'han' });
  });
});

describe('validateName — properties', () => {
  it('2–20 Han characters always validate', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'张王李赵欧阳娜𠈌𪚥'), minLength: 2, maxLength: 20 }),
        (name) => {
          assert.deepEqual(validateName(name), { ok: true, value: name, script: 'han' });
        },
      ),
    );
  });
});
