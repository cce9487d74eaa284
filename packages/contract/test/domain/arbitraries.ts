// Independent re-implementations of the check digits (not imported from src) so the property
// tests do not just compare the code with itself.
import fc from 'fast-check';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const idCheck = (first17: string): string =>
  '10X98765432'.charAt(
    [...first17].reduce((s, d, i) => s + Number(d) * (ID_WEIGHTS[i] ?? 0), 0) % 11,
  );

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const usccCheck = (first17: string): string => {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17.charAt(i)) * 3 ** i;
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
};

export const luhnCheckDigit = (payload: string): string => {
  // The check digit will be the rightmost, so the payload's last digit is doubled first.
  let sum = 0;
  [...payload].reverse().forEach((c, i) => {
    let d = Number(c);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  });
  return String((10 - (sum % 10)) % 10);
};

export const TODAY = '2025-06-01';

export const PROVINCES = [
  ...[11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37],
  ...[41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83],
];

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

export interface GeneratedId {
  id: string;
  birthDate: string;
  sex: 'male' | 'female';
}

/** Valid 18-digit IDs: allowed province, birth date 1900-01-01…TODAY, random sequence. */
export const residentIdArb: fc.Arbitrary<GeneratedId> = fc
  .record({
    province: fc.constantFrom(...PROVINCES),
    rest: digits(4),
    date: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date(`${TODAY}T00:00:00Z`),
      noInvalidDate: true,
    }),
    seq: digits(3),
  })
  .map(({ province, rest, date, seq }) => {
    const birthDate = date.toISOString().slice(0, 10);
    const first17 = `${province}${rest}${birthDate.replace(/-/g, '')}${seq}`;
    return {
      id: first17 + idCheck(first17),
      birthDate,
      sex: Number(seq.charAt(2)) % 2 === 1 ? 'male' : 'female',
    };
  });

export const usccArb: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(...USCC_CHARSET), minLength: 17, maxLength: 17 })
  .map((first17) => first17 + usccCheck(first17));

export const bankCardArb: fc.Arbitrary<string> = fc
  .integer({ min: 15, max: 18 })
  .chain((n) => digits(n))
  .map((payload) => payload + luhnCheckDigit(payload));

export const mobileArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...'3456789'), digits(9))
  .map(([second, rest]) => `1${second}${rest}`);

/** Replace the character at `index` by a different one from `alphabet`. */
export const mutateOneArb = (value: string, alphabet: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.nat({ max: value.length - 1 }), fc.nat({ max: alphabet.length - 2 }))
    .map(([index, pick]) => {
      const others = alphabet.replace(value.charAt(index), '');
      return value.slice(0, index) + others.charAt(pick) + value.slice(index + 1);
    });

/** Arbitrary strings, including astral-plane code points and lone surrogates. */
export const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom(...'0123456789xX+-() ,.¥元万·•１２３４５６７８９０ 　张三'),
    maxLength: 25,
  }),
);
