import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateMobile } from '../../src/domain/index.js';
import { mobileArb } from './arbitraries.js';

describe('validateMobile — DOMAIN §2 vectors', () => {
  for (const input of [
    '+86 138-0013-8000',
    '8613800138000',
    '0086 13800138000',
    '１３８００１３８０００',
  ]) {
    it(`accepts ${input} → 13800138000`, () => {
      assert.deepEqual(validateMobile(input), { ok: true, value: '13800138000' });
    });
  }
  it('accepts 19912345678', () => {
    assert.deepEqual(validateMobile('19912345678'), { ok: true, value: '19912345678' });
  });

  const invalid: [string, string][] = [
    ['12800138000', 'format'],
    ['1380013800', 'length'],
    ['138001380001', 'length'],
    ['+85213800138000', 'format'],
    ['86138001380', 'format'],
    ['', 'empty'],
    [' - ', 'empty'],
    ['1380013800a', 'format'],
  ];
  for (const [input, code] of invalid) {
    it(`rejects ${JSON.stringify(input)} as ${code}`, () => {
      assert.deepEqual(validateMobile(input), { ok: false, code });
    });
  }

  it('strips parentheses and full-width punctuation', () => {
    assert.deepEqual(validateMobile('（+86）138 0013 8000'), { ok: true, value: '13800138000' });
  });
});

describe('validateMobile — properties', () => {
  it('valid numbers survive any mix of prefixes and separators', () => {
    fc.assert(
      fc.property(
        mobileArb,
        fc.constantFrom('', '+86', '0086', '86', '+86 '),
        fc.constantFrom('', ' ', '-'),
        (mobile, prefix, sep) => {
          const formatted = `${prefix}${mobile.slice(0, 3)}${sep}${mobile.slice(3, 7)}${sep}${mobile.slice(7)}`;
          assert.deepEqual(validateMobile(formatted), { ok: true, value: mobile });
        },
      ),
    );
  });
});
