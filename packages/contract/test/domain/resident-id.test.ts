import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ageOn, shanghaiToday, validateResidentId } from '../../src/domain/index.js';
import { TODAY, idCheck, mutateOneArb, residentIdArb } from './arbitraries.js';

const opts = { today: TODAY };

// DOMAIN.md §1's vectors (GB 11643-1999's own example 11010519491231002X, Jiaxing numbers):
// real region codes with valid check digits, kept as published only because this checks
// the algorithm against them. Other tests, docs and examples use numbers in 330499, a region
// code allocated to no one (packages/sandbox/README.md).
describe('validateResidentId — DOMAIN §1 vectors', () => {
  const valid: [string, string, 'male' | 'female', string][] = [
    ['11010519491231002X', '11010519491231002X', 'female', '1949-12-31'],
    ['11010519491231002x', '11010519491231002X', 'female', '1949-12-31'],
    ['330402199003071237', '330402199003071237', 'male', '1990-03-07'],
    ['330483198806300340', '330483198806300340', 'female', '1988-06-30'],
    ['330421200002290010', '330421200002290010', 'male', '2000-02-29'],
    ['330402199001010019', '330402199001010019', 'male', '1990-01-01'],
  ];
  for (const [input, value, sex, birthDate] of valid) {
    it(`accepts ${input}`, () => {
      assert.deepEqual(validateResidentId(input, opts), {
        ok: true,
        value,
        sex,
        birthDate,
        regionCode: value.slice(0, 6),
      });
    });
  }

  const invalid: [string, string][] = [
    ['110105194912310021', 'checksum'],
    ['11010519490230002X', 'birth_date'],
    ['330402202302290012', 'birth_date'],
    ['330402209901010010', 'future_birth_date'],
    ['330402189912310013', 'year_before_1900'],
    ['11010519491231002', 'format'],
    ['1101051949123100XX', 'format'],
  ];
  for (const [input, code] of invalid) {
    it(`rejects ${input} as ${code}`, () => {
      assert.deepEqual(validateResidentId(input, opts), { ok: false, code });
    });
  }

  it('the worked check-digit example: 11010519491231002 → X', () => {
    assert.equal(idCheck('11010519491231002'), 'X');
  });

  it('the invalid-date vectors have a correct check digit, so the date is what fails', () => {
    for (const id of ['330402202302290012', '330402209901010010', '330402189912310013']) {
      assert.equal(idCheck(id.slice(0, 17)), id.charAt(17));
    }
  });
});

describe('validateResidentId — normalisation and other codes', () => {
  it('trims and folds full-width characters and ｘ', () => {
    const r = validateResidentId('  １１０１０５１９４９１２３１００２ｘ ', opts);
    assert.equal(r.ok && r.value, '11010519491231002X');
  });

  it('rejects empty and whitespace-only input as empty', () => {
    assert.deepEqual(validateResidentId('', opts), { ok: false, code: 'empty' });
    assert.deepEqual(validateResidentId(' \t ', opts), { ok: false, code: 'empty' });
  });

  it('rejects 15-digit first-generation numbers as format', () => {
    assert.deepEqual(validateResidentId('110105491231002', opts), { ok: false, code: 'format' });
  });

  it('checks only the province prefix, not the county code', () => {
    // 330499 is not a county code, but only "33" is checked.
    const first17 = '33049919900101001';
    assert.equal(validateResidentId(first17 + idCheck(first17), opts).ok, true);
    for (const province of [
      '10',
      '16',
      '20',
      '24',
      '30',
      '38',
      '40',
      '47',
      '49',
      '55',
      '60',
      '66',
      '70',
      '72',
      '80',
      '84',
      '99',
    ]) {
      const f = `${province}040219900101001`;
      assert.deepEqual(validateResidentId(f + idCheck(f), opts), { ok: false, code: 'region' });
    }
    for (const province of ['71', '81', '82', '83']) {
      const f = `${province}000019900101001`;
      assert.equal(validateResidentId(f + idCheck(f), opts).ok, true, province);
    }
  });

  it('accepts a birth date of today and rejects tomorrow (Shanghai date supplied)', () => {
    const f = '33040220250601001';
    assert.equal(validateResidentId(f + idCheck(f), { today: '2025-06-01' }).ok, true);
    assert.deepEqual(validateResidentId(f + idCheck(f), { today: '2025-05-31' }), {
      ok: false,
      code: 'future_birth_date',
    });
  });

  it('rejects month 00/13 and day 00 as birth_date; 1900-02-29 is not a leap day', () => {
    for (const date of ['19900001', '19901301', '19900100', '19000229']) {
      const f = `330499${date}001`;
      assert.deepEqual(validateResidentId(f + idCheck(f), opts), { ok: false, code: 'birth_date' });
    }
  });

  it('throws RangeError for a malformed options.today', () => {
    assert.throws(
      () => validateResidentId('330402199003071237', { today: '2025-02-30' }),
      RangeError,
    );
  });

  it('defaults "today" to the Shanghai date', () => {
    assert.equal(validateResidentId('330402199003071237').ok, true);
  });
});

describe('validateResidentId — properties', () => {
  it('generated valid IDs validate and round-trip sex and birth date', () => {
    fc.assert(
      fc.property(residentIdArb, ({ id, birthDate, sex }) => {
        const r = validateResidentId(id, opts);
        assert.ok(r.ok, `${id}: ${JSON.stringify(r)}`);
        assert.equal(r.value, id);
        assert.equal(r.birthDate, birthDate);
        assert.equal(r.sex, sex);
        assert.equal(r.regionCode, id.slice(0, 6));
        assert.equal(validateResidentId(id.toLowerCase(), opts).ok, true);
      }),
    );
  });

  it('changing any one character of a valid ID is caught', () => {
    fc.assert(
      fc.property(
        residentIdArb.chain(({ id }) => mutateOneArb(id, '0123456789X')),
        (mutated) => {
          assert.equal(validateResidentId(mutated, opts).ok, false, mutated);
        },
      ),
    );
  });
});

describe('shanghaiToday / ageOn', () => {
  it('uses +08:00, not UTC or device time', () => {
    assert.equal(shanghaiToday(Date.parse('2024-12-31T15:59:59Z')), '2024-12-31');
    assert.equal(shanghaiToday(Date.parse('2024-12-31T16:00:00Z')), '2025-01-01');
    assert.match(shanghaiToday(), /^\d{4}-\d{2}-\d{2}$/);
  });

  it('counts completed years', () => {
    assert.equal(ageOn('1990-03-07', '2025-03-06'), 34);
    assert.equal(ageOn('1990-03-07', '2025-03-07'), 35);
    assert.equal(ageOn('2009-06-01', '2025-06-01'), 16); // member age threshold
    assert.equal(ageOn('2025-06-02', '2025-06-01'), -1);
  });

  it('a 29 February birthday ages on 1 March in common years', () => {
    assert.equal(ageOn('2000-02-29', '2018-02-28'), 17);
    assert.equal(ageOn('2000-02-29', '2018-03-01'), 18);
    assert.equal(ageOn('2000-02-29', '2020-02-29'), 20);
  });

  it('throws RangeError on non-dates', () => {
    assert.throws(() => ageOn('1990-02-30', '2025-01-01'), RangeError);
    assert.throws(() => ageOn('1990-01-01', '20250101'), RangeError);
  });
});
