import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { luhnValid, validateBankCard } from '../../src/domain/index.js';
import { bankCardArb, mutateOneArb } from './arbitraries.js';

describe('validateBankCard — DOMAIN §4 vectors', () => {
  const valid: [string, string, boolean][] = [
    ['6222021000000000009', '6222021000000000009', true],
    ['6222 0210 0000 0000 009', '6222021000000000009', true],
    ['622848000000000007', '622848000000000007', true],
    ['6217000000000000004', '6217000000000000004', true],
    ['4111111111111111', '4111111111111111', false],
  ];
  for (const [input, value, unionPay] of valid) {
    it(`accepts ${input}`, () => {
      assert.deepEqual(validateBankCard(input), { ok: true, value, unionPay, luhnValid: true });
    });
  }

  const invalid: [string, string][] = [
    ['6222021000000000001', 'checksum'],
    ['4111111111111112', 'checksum'],
    ['622202100000000', 'length'],
    ['62220210000000000000', 'length'],
    ['6222-0210-0000-0000-00a', 'format'],
    ['', 'empty'],
  ];
  for (const [input, code] of invalid) {
    it(`rejects ${JSON.stringify(input)} as ${code}`, () => {
      assert.deepEqual(validateBankCard(input), { ok: false, code });
    });
  }

  it('lets the host downgrade a Luhn failure to a warning', () => {
    assert.deepEqual(validateBankCard('6222021000000000001', { allowLuhnFailure: true }), {
      ok: true,
      value: '6222021000000000001',
      unionPay: true,
      luhnValid: false,
    });
    // Length and format are still errors.
    assert.deepEqual(validateBankCard('622202100000000', { allowLuhnFailure: true }), {
      ok: false,
      code: 'length',
    });
  });
});

describe('validateBankCard — properties', () => {
  it('generated Luhn-valid 16–19 digit cards validate, with dashes or spaces', () => {
    fc.assert(
      fc.property(bankCardArb, fc.constantFrom('', ' ', '-'), (card, sep) => {
        const formatted = card.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
        assert.deepEqual(validateBankCard(formatted), {
          ok: true,
          value: card,
          unionPay: card.startsWith('62'),
          luhnValid: true,
        });
        assert.equal(luhnValid(card), true);
      }),
    );
  });

  it('changing any one digit is caught', () => {
    fc.assert(
      fc.property(
        bankCardArb.chain((card) => mutateOneArb(card, '0123456789')),
        (mutated) => {
          assert.deepEqual(validateBankCard(mutated), { ok: false, code: 'checksum' });
        },
      ),
    );
  });
});
