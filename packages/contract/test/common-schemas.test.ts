// DateTime, DateOnly and Url are plain pattern checks and Int a check function (smaller in browser
// bundles than zod's iso builders, a refinement and z.int()): they must accept exactly what those
// accepted, and report the same issues. Draft values are an object with no known keys instead of a
// record (zod's record schema is large): the same JSON objects pass.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { DateOnly, DateTime, LoanDraftInput, Url } from '../src/index.js';
import { checked, Int, isInt } from '../src/schemas/build.js';

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

const sameVerdict = (ours: z.ZodMiniType, theirs: z.ZodMiniType) => (value: unknown) =>
  assert.equal(
    ours.safeParse(value).success,
    theirs.safeParse(value).success,
    JSON.stringify(value),
  );

test('DateTime accepts exactly what z.iso.datetime({ offset: true }) accepts', () => {
  const check = sameVerdict(DateTime, z.iso.datetime({ offset: true }));
  fc.assert(fc.property(dateTimes, check), { numRuns: 5000 });
  for (const ok of ['2024-02-29T23:59:59+08:00', '2026-03-01T00:00:00.123Z']) {
    assert.ok(DateTime.safeParse(ok).success, ok);
  }
  for (const bad of ['2023-02-29T00:00:00Z', '2026-03-01T00:00+08:00', '2026-03-01T00:00:00']) {
    assert.ok(!DateTime.safeParse(bad).success, bad);
  }
});

test('DateOnly accepts exactly what z.iso.date() accepts', () => {
  const check = sameVerdict(DateOnly, z.iso.date());
  fc.assert(fc.property(dates, check), { numRuns: 5000 });
  assert.ok(DateOnly.safeParse('2000-02-29').success);
  assert.ok(!DateOnly.safeParse('1900-02-29').success);
});

test('Url accepts http(s) URLs and root-relative paths of at most 2048 characters', () => {
  const before = z.string().check(
    z.maxLength(2048),
    z.refine((s) => /^(https?:\/\/|\/)/.test(s)),
  );
  const urlLike = fc
    .tuple(pick('https://', 'http://', '/', 'ftp://', 'HTTP://', '', '//', 'http:/'), noise)
    .map(([p, s]) => p + s);
  fc.assert(fc.property(fc.oneof(urlLike, noise, fc.anything()), sameVerdict(Url, before)), {
    numRuns: 3000,
  });
  assert.ok(!Url.safeParse(`/${'a'.repeat(2048)}`).success);
});

test('a failed pattern check names what was expected, with the field path', () => {
  const result = z.object({ at: DateTime }).safeParse({ at: 'yesterday' });
  assert.ok(!result.success);
  assert.deepEqual(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message]),
    [['at', 'invalid_format', 'expected date-time']],
  );
});

test('Int accepts exactly what z.int() accepts, with the same issues', () => {
  // Every field of every issue but zod's `note` on range issues, which Int leaves out.
  const issues = (schema: z.ZodMiniType, value: unknown) => {
    let result: ReturnType<typeof schema.safeParse>;
    try {
      result = schema.safeParse(value);
    } catch {
      return 'throws'; // z.coerce.number() on a value Number() cannot convert
    }
    if (result.success) return 'ok';
    return result.error.issues.map((issue) => {
      const { note: _note, ...rest } = issue as typeof issue & { note?: string };
      return rest;
    });
  };
  const numbers = fc.oneof(
    fc.integer(),
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
  const pairs: [z.ZodMiniType, z.ZodMiniType][] = [
    [Int, z.int()],
    [checked(Int, z.minimum(0)), z.int().check(z.minimum(0))],
    [
      checked(z.coerce.number(), isInt, z.minimum(1), z.maximum(100)),
      z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)),
    ],
  ];
  fc.assert(
    fc.property(fc.oneof(numbers, numbers.map(String), fc.anything()), (value) => {
      for (const [ours, theirs] of pairs) {
        assert.deepEqual(issues(ours, value), issues(theirs, value), String(value));
      }
    }),
    { numRuns: 3000 },
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
