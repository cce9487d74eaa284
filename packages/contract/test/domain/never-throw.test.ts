import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  parseYuanToFen,
  validateBankCard,
  validateMobile,
  validateName,
  validateResidentId,
  validateUscc,
} from '../../src/domain/index.js';
import { TODAY, anyString } from './arbitraries.js';

const validators: [string, (s: string) => { ok: boolean }][] = [
  ['validateResidentId', (s) => validateResidentId(s, { today: TODAY })],
  ['validateMobile', validateMobile],
  ['validateUscc', validateUscc],
  ['validateBankCard', validateBankCard],
  ['validateName', validateName],
  ['parseYuanToFen', parseYuanToFen],
];

describe('validators never throw', () => {
  for (const [name, validate] of validators) {
    it(`${name} returns a result for arbitrary strings`, () => {
      fc.assert(
        fc.property(anyString, (s) => {
          const r = validate(s) as { ok: boolean; code?: unknown; value?: unknown };
          assert.equal(typeof r.ok, 'boolean');
          if (r.ok) assert.notEqual(r.value, undefined);
          else assert.equal(typeof r.code, 'string');
        }),
        { numRuns: 300 },
      );
    });

    it(`${name} treats non-strings from JavaScript as empty`, () => {
      for (const bad of [undefined, null, 42, {}]) {
        assert.deepEqual((validate as (s: unknown) => unknown)(bad), { ok: false, code: 'empty' });
      }
    });
  }

  it('validators are idempotent: validating the normalised value gives it back', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        // parseYuanToFen is left out: its value is fen, not a normalised string.
        for (const [name, validate] of validators) {
          if (name === 'parseYuanToFen') continue;
          const r = validate(s) as { ok: boolean; value?: unknown };
          if (r.ok) assert.deepEqual(validate(String(r.value)), r);
        }
      }),
      { numRuns: 300 },
    );
  });
});
