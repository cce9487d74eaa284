import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { maskBankCard, maskMobile, maskName, maskResidentId } from '../../src/domain/index.js';
import { anyString, bankCardArb, mobileArb, residentIdArb } from './arbitraries.js';

const visible = (s: string): number => [...s].filter((c) => c !== '*' && c !== ' ').length;

describe('masking — DOMAIN §6 examples', () => {
  it('ID: first 3 + 11 × * + last 4', () => {
    assert.equal(maskResidentId('11010519491231002X'), '110***********002X');
    assert.equal(maskResidentId(' 11010519491231002x '), '110***********002X');
  });
  it('mobile: first 3 + **** + last 4, from raw input too', () => {
    assert.equal(maskMobile('13800001234'), '138****1234');
    assert.equal(maskMobile('+86 138-0000-1234'), '138****1234');
  });
  it('card: last 4 only', () => {
    assert.equal(maskBankCard('6222021000000000009'), '**** **** **** 0009');
    assert.equal(maskBankCard('6222 0210 0000 0000 009'), '**** **** **** 0009');
    assert.equal(maskBankCard('4111111111111111'), '**** **** **** 1111');
  });
  it('name: first character, * for the rest, keeping · and spaces', () => {
    assert.equal(maskName('张三'), '张*');
    assert.equal(maskName('欧阳娜娜'), '欧***');
    assert.equal(maskName('阿沛·阿旺晋美'), '阿*·****');
    assert.equal(maskName('阿沛•阿旺晋美'), '阿*·****');
    assert.equal(maskName('John Smith'), 'J*** *****');
    assert.equal(maskName('王𠈌'), '王*');
    assert.equal(maskName('𠈌王'), '𠈌*');
  });
});

describe('masking — input that is not a valid value', () => {
  it('hides everything when little would stay hidden', () => {
    assert.equal(maskResidentId('110105491231002'), '***************'); // 15-digit: hide all
    assert.equal(maskMobile('1380013'), '*******');
    assert.equal(maskBankCard('62220210'), '********');
    assert.equal(maskName('张'), '*');
    assert.equal(maskResidentId(''), '');
    assert.equal(maskMobile(''), '');
    assert.equal(maskBankCard(''), '');
    assert.equal(maskName(''), '');
  });
  it('shows at most the last 4 of long unrecognised input', () => {
    assert.equal(maskMobile('+852 9123 4567 89'), '**********6789');
  });
  it('never throws, even on non-strings passed from JavaScript', () => {
    for (const fn of [maskResidentId, maskMobile, maskBankCard, maskName]) {
      for (const bad of [undefined, null, 42, {}]) {
        assert.equal((fn as (s: unknown) => string)(bad), '');
      }
    }
  });
});

describe('masking — properties', () => {
  it('a masked ID never contains its middle 11 digits (birth date included)', () => {
    fc.assert(
      fc.property(residentIdArb, ({ id }) => {
        const masked = maskResidentId(id);
        assert.equal(masked, id.slice(0, 3) + '*'.repeat(11) + id.slice(14));
        assert.ok(!masked.includes(id.slice(6, 14)));
      }),
    );
  });

  it('a masked mobile never contains digits 4–7', () => {
    fc.assert(
      fc.property(mobileArb, (mobile) => {
        const masked = maskMobile(`+86 ${mobile}`);
        assert.equal(masked, `${mobile.slice(0, 3)}****${mobile.slice(7)}`);
      }),
    );
  });

  it('a masked card shows exactly its last 4 digits and hides its length', () => {
    fc.assert(
      fc.property(bankCardArb, (card) => {
        const masked = maskBankCard(card);
        assert.equal(masked.replace(/\D/g, ''), card.slice(-4));
        assert.equal(masked.length, 19);
      }),
    );
  });

  it('on arbitrary strings, masks never throw and reveal at most 7 / 7 / 4 characters', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        assert.ok(visible(maskResidentId(s)) <= 7);
        assert.ok(visible(maskMobile(s)) <= 7);
        assert.ok(visible(maskBankCard(s)) <= 4);
        const name = maskName(s);
        assert.ok([...name].filter((c) => c !== '*' && c !== ' ' && c !== '·').length <= 1);
      }),
    );
  });
});
