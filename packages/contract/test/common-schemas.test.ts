// The contract's checks are plain check objects (src/schemas/checks.ts), its dates plain pattern
// checks, its draft values an object with no known keys: smaller in browser bundles than zod's
// check classes, iso builders and record schema. Each must accept exactly what zod's own accepts,
// report the same issues and give the same JSON Schema.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { DateOnly, DateTime, LoanDraftInput, Url } from '../src/index.js';
import * as s from '../src/schemas/build.js';
import { int, maxLength, maximum, minLength, minimum } from '../src/schemas/checks.js';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

/** Mostly one of the edge values given, sometimes any digits. */
const part = (n: number, ...edges: string[]) =>
  fc.oneof({ arbitrary: pick(...edges), weight: 4 }, { arbitrary: digits(n), weight: 1 });

/** Date-like strings, mostly near the edges (month 00/13, day 29–31, leap years, centuries). */
const dateLike = fc
  .tuple(
    part(4, '2000', '1900', '2024', '2100', '2023', '1600'),
    part(2, '00', '01', '02', '04', '12', '13'),
    part(2, '00', '01', '28', '29', '30', '31', '32'),
  )
  .map(([y, m, d]) => `${y}-${m}-${d}`);
const timeLike = fc
  .tuple(
    part(2, '00', '09', '23', '24'),
    part(2, '00', '59', '60'),
    fc.option(part(2, '00', '59', '60'), { nil: undefined, freq: 5 }),
    fc.option(fc.stringMatching(/^\.\d{0,4}$/), { nil: '', freq: 2 }),
    pick('Z', '+08:00', '-05:30', '+23:59', '+24:00', '+0800', '', 'z', '+08'),
  )
  .map(([h, m, s, frac, zone]) => `${h}:${m}${s === undefined ? '' : `:${s}`}${frac}${zone}`);
const dateTimeLike = fc
  .tuple(dateLike, pick('T', 'T', 'T', 't', ' '), timeLike)
  .map(([d, t, time]) => d + t + time);
const noise = fc.string({ unit: 'binary', maxLength: 40 });

/** Valid ISO strings with one character replaced, dropped or doubled. */
const nearly = (valid: fc.Arbitrary<string>) =>
  fc
    .tuple(valid, fc.nat(), pick('', '0', '9', '-', ':', 'T', 'Z', '+', '.', ' ', 'x'), fc.nat(2))
    .map(([s, at, char, how]) => {
      const i = at % s.length;
      return s.slice(0, i) + (how === 0 ? char : how === 1 ? s[i]! + s[i]! : '') + s.slice(i + 1);
    });
const instant = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59Z'),
  noInvalidDate: true,
});
const isoDateTime = fc
  .tuple(instant, pick('Z', '+08:00', '-05:30'), fc.boolean())
  .map(([d, zone, ms]) => d.toISOString().replace(ms ? 'Z' : /\.\d+Z/, zone));
const isoDate = instant.map((d) => d.toISOString().slice(0, 10));
const dateTimes = fc.oneof(isoDateTime, nearly(isoDateTime), dateTimeLike, noise, fc.anything());
const dates = fc.oneof(isoDate, nearly(isoDate), dateLike, noise, fc.anything());

/** What a schema says about a value: 'ok', 'throws', or its issues (zod's `note` and the message
 * aside: the contract's pattern checks say what they expected, zod/mini says "Invalid input"). */
function verdict(schema: z.ZodMiniType, value: unknown): unknown {
  let result: ReturnType<typeof schema.safeParse>;
  try {
    result = schema.safeParse(value);
  } catch {
    return 'throws'; // z.coerce.number() on a value Number() cannot convert
  }
  if (result.success) return 'ok';
  return result.error.issues.map((issue) => {
    const { note: _note, message: _message, ...rest } = issue as typeof issue & { note?: string };
    return rest;
  });
}

/** Same verdicts on every generated value, and the same JSON Schema both ways. */
function assertLikeZod(
  pairs: [ours: z.ZodMiniType, zods: z.ZodMiniType][],
  values: fc.Arbitrary<unknown>,
  numRuns = 3000,
) {
  for (const [ours, zods] of pairs) {
    for (const io of ['input', 'output'] as const) {
      assert.deepEqual(z.toJSONSchema(ours, { io }), z.toJSONSchema(zods, { io }));
    }
  }
  fc.assert(
    fc.property(values, (value) => {
      for (const [ours, zods] of pairs) {
        assert.deepEqual(verdict(ours, value), verdict(zods, value), fc.stringify(value));
      }
    }),
    { numRuns },
  );
}

test('DateTime is z.iso.datetime({ offset: true })', () => {
  assertLikeZod([[DateTime, z.iso.datetime({ offset: true })]], dateTimes, 5000);
  for (const ok of ['2024-02-29T23:59:59+08:00', '2026-03-01T00:00:00.123Z']) {
    assert.ok(DateTime.safeParse(ok).success, ok);
  }
  for (const bad of ['2023-02-29T00:00:00Z', '2026-03-01T00:00+08:00', '2026-03-01T00:00:00']) {
    assert.ok(!DateTime.safeParse(bad).success, bad);
  }
});

test('DateOnly is z.iso.date()', () => {
  assertLikeZod([[DateOnly, z.iso.date()]], dates, 5000);
  assert.ok(DateOnly.safeParse('2000-02-29').success);
  assert.ok(!DateOnly.safeParse('1900-02-29').success);
});

test('Url accepts http(s) URLs and root-relative paths of at most 2048 characters', () => {
  const urlLike = fc
    .tuple(pick('https://', 'http://', '/', 'ftp://', 'HTTP://', '', '//', 'http:/'), noise)
    .map(([p, s]) => p + s);
  assertLikeZod(
    [[Url, z.string().check(z.maxLength(2048), z.regex(/^(https?:\/\/|\/)/))]],
    fc.oneof(urlLike, noise, fc.anything()),
  );
  assert.ok(!Url.safeParse(`/${'a'.repeat(2048)}`).success);
});

test('a failed pattern check says what was expected, with the field path', () => {
  const result = z.object({ at: DateTime, url: Url }).safeParse({ at: 'yesterday', url: 'x' });
  assert.ok(!result.success);
  assert.deepEqual(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message]),
    [
      ['at', 'invalid_format', 'expected date-time'],
      ['url', 'invalid_format', 'expected an http(s) URL or a path'],
    ],
  );
});

test("minLength and maxLength are zod's, on strings (in code points) and arrays", () => {
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.string({ unit: fc.constantFrom('a', '😀', '\uD800', '\uDC00'), maxLength: 8 }),
  );
  const values = fc.oneof(
    text,
    fc.array(fc.anything(), { maxLength: 8 }),
    fc.record({ length: fc.nat(9) }),
    // A length that is not a number fails zod's length checks (it compares with negations).
    fc.record({ length: fc.constantFrom({}, 'x', '3', NaN, null) }),
    fc.anything(),
  );
  const pairs: [z.ZodMiniType, z.ZodMiniType][] = [];
  for (const [lo, hi] of [
    [1, 4],
    [2, 3],
    [0, 0],
    [3, 6],
  ] as const) {
    pairs.push(
      [s.string(minLength(lo), maxLength(hi)), z.string().check(z.minLength(lo), z.maxLength(hi))],
      [
        s.array(s.unknown(), minLength(lo), maxLength(hi)),
        z.array(z.unknown()).check(z.minLength(lo), z.maxLength(hi)),
      ],
    );
  }
  assertLikeZod(pairs, values);
});

test('a length with no primitive value fails the parse instead of throwing', () => {
  // zod's own length checks throw "Cannot convert object to primitive value" here; a hostile
  // caller's value (JSON cannot make it) must get a failure with issues back, never an exception.
  const hostile = { length: Object.create(null) as object };
  const cases: [z.ZodMiniType, string[]][] = [
    [s.string(maxLength(3)), ['invalid_type']],
    [s.string(minLength(1)), ['invalid_type']],
    [s.array(s.unknown(), minLength(1), maxLength(3)), ['invalid_type']],
  ];
  for (const [schema, codes] of cases) {
    const result = schema.safeParse(hostile);
    assert.ok(!result.success);
    assert.deepEqual(
      result.error.issues.map((issue) => issue.code),
      codes,
    );
  }
});

test("Int, minimum and maximum are zod's", () => {
  const numbers = fc.oneof(
    fc.integer(),
    fc.integer({ min: -3, max: 110 }),
    fc.double(),
    fc.constantFrom(
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 1,
      -Number.MAX_SAFE_INTEGER - 2,
      1e-7,
      1.5e-7,
      0.5,
      -0,
      1e21,
      NaN,
      Infinity,
    ),
  );
  assertLikeZod(
    [
      [s.Int, z.int()],
      [s.number(int, minimum(0)), z.int().check(z.minimum(0))],
      [s.number(minimum(0)), z.number().check(z.minimum(0))],
      [s.number(int, minimum(1), maximum(99)), z.int().check(z.minimum(1), z.maximum(99))],
      [
        s.coercedNumber(int, minimum(1), maximum(100)),
        z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)),
      ],
    ],
    fc.oneof(numbers, numbers.map(String), fc.anything()),
  );
});

test('draft values accept exactly the JSON objects z.record(z.string(), z.unknown()) accepts', () => {
  const ours = LoanDraftInput.shape.values;
  const before = z.record(z.string(), z.unknown());
  fc.assert(
    fc.property(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())), (value) => {
      const [a, b] = [ours.safeParse(value), before.safeParse(value)];
      assert.equal(a.success, b.success, JSON.stringify(value));
      if (a.success && b.success) assert.deepEqual(a.data, b.data);
    }),
    { numRuns: 2000 },
  );
});
