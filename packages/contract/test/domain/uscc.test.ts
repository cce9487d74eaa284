import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { validateUscc } from '../../src/domain/index.js';
import { USCC_CHARSET, mutateOneArb, usccArb } from './arbitraries.js';

describe('validateUscc — DOMAIN §3 vectors', () => {
  const valid: [string, string][] = [
    ['91350100M000100Y43', '91350100M000100Y43'],
    ['91350100m000100y43', '91350100M000100Y43'],
    ['91330402MA20000280', '91330402MA20000280'],
    ['12330400MB1234567T', '12330400MB1234567T'],
    ['81330402MC00000011', '81330402MC00000011'],
  ];
  for (const [input, value] of valid) {
    it(`accepts ${input}`, () => {
      assert.deepEqual(validateUscc(input), { ok: true, value, regionCode: value.slice(2, 8) });
    });
  }

  const invalid: [string, string][] = [
    ['91350100M000100Y44', 'checksum'],
    ['91350100M000100I43', 'charset'],
    ['91350100M000100S43', 'charset'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['', 'empty'],
  ];
  for (const [input, code] of invalid) {
    it(`rejects ${JSON.stringify(input)} as ${code}`, () => {
      assert.deepEqual(validateUscc(input), { ok: false, code });
    });
  }

  it('rejects every excluded letter I O S V Z', () => {
    for (const letter of 'IOSVZ') {
      const code = validateUscc(`91350100M000100${letter}43`);
      assert.deepEqual(code, { ok: false, code: 'charset' });
    }
  });
});

describe('validateUscc — properties', () => {
  it('generated codes validate, also in lower case and full width', () => {
    fc.assert(
      fc.property(usccArb, (code) => {
        assert.deepEqual(validateUscc(code), {
          ok: true,
          value: code,
          regionCode: code.slice(2, 8),
        });
        assert.equal(validateUscc(code.toLowerCase()).ok, true);
        const fullWidth = code.replace(/[0-9A-Z]/g, (c) =>
          String.fromCharCode(c.charCodeAt(0) + 0xfee0),
        );
        assert.equal(validateUscc(fullWidth).ok, true);
      }),
    );
  });

  it('changing any one character is caught', () => {
    fc.assert(
      fc.property(
        usccArb.chain((code) => mutateOneArb(code, USCC_CHARSET)),
        (mutated) => {
          assert.deepEqual(validateUscc(mutated), { ok: false, code: 'checksum' });
        },
      ),
    );
  });
});
