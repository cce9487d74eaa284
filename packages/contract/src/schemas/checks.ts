// zod's length, range, integer and pattern checks as plain check objects (not exported from the
// package).
//
// zod builds each of its checks as a class with `$constructor`, and a browser bundle carries the
// code of every class it uses: these four kinds cost ≈ 0.9 KB gzip in every family's bundle.
// Here each check is a plain object that zod runs like its own (`_zod.check` pushes issues; a
// length check's `def.when` lets it run on a value of the wrong type too, as zod's does), with the
// same definition (`_zod.def`, which zod's JSON Schema generator and our property tests read) and
// the same issues. test/common-schemas.test.ts compares them with zod's own on random input.
import type * as z from 'zod/mini';

type Issue = Record<string, unknown>;

/** A check zod runs like its own: when `issueOf` returns an issue, it is reported. */
/* @__NO_SIDE_EFFECTS__ */
function check<T>(def: Issue, issueOf: (input: T) => Issue | false): z.core.$ZodCheck<T> {
  const internals = {
    def,
    onattach: [],
    check: (payload: z.core.ParsePayload<T>) => {
      try {
        const issue = issueOf(payload.value);
        if (issue) payload.issues.push({ input: payload.value, continue: true, ...issue } as never);
      } catch {
        // zod's length checks compare a wrong-typed value's `length` as it is, which throws for
        // one with no primitive value (a null-prototype object from a hostile caller). The value
        // has already failed its type; a check must not turn that failure into an exception.
      }
    },
  };
  return { _zod: internals } as unknown as z.core.$ZodCheck<T>;
}

type Lengthy = string | readonly unknown[];

/** zod's rule: length checks also run after a type error, on any value with a `length`. */
const hasLength = (payload: z.core.ParsePayload<unknown>) =>
  (payload.value as { length?: unknown } | null | undefined)?.length !== undefined;

/** In code points for strings, as zod counts. */
const lengthOf = (input: Lengthy) => (typeof input === 'string' ? [...input].length : input.length);

const originOf = (input: unknown) =>
  Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown';

// A code point is one or two UTF-16 units: the code points are only counted when the units
// leave the answer open (the common case is a comparison of `length`). Negated comparisons, as
// zod's: a `length` that is not a number (`{ length: {} }`) fails the check.

/** `z.minLength(minimum)`. */
/* @__NO_SIDE_EFFECTS__ */
export const minLength = (minimum: number) =>
  check<Lengthy>(
    { check: 'min_length', minimum, when: hasLength },
    (input) =>
      !(input.length >= minimum * 2) &&
      !(lengthOf(input) >= minimum) && {
        origin: originOf(input),
        code: 'too_small',
        minimum,
        inclusive: true,
      },
  );

/** `z.maxLength(maximum)`. */
/* @__NO_SIDE_EFFECTS__ */
export const maxLength = (maximum: number) =>
  check<Lengthy>(
    { check: 'max_length', maximum, when: hasLength },
    (input) =>
      !(input.length <= maximum) &&
      !(lengthOf(input) <= maximum) && {
        origin: originOf(input),
        code: 'too_big',
        maximum,
        inclusive: true,
      },
  );

/** `z.minimum(value)` (inclusive). */
/* @__NO_SIDE_EFFECTS__ */
export const minimum = (value: number) =>
  check<number>(
    { check: 'greater_than', value, inclusive: true },
    (input) =>
      !(input >= value) && { origin: 'number', code: 'too_small', minimum: value, inclusive: true },
  );

/** `z.maximum(value)` (inclusive). */
/* @__NO_SIDE_EFFECTS__ */
export const maximum = (value: number) =>
  check<number>(
    { check: 'less_than', value, inclusive: true },
    (input) =>
      !(input <= value) && { origin: 'number', code: 'too_big', maximum: value, inclusive: true },
  );

/** `z.int()` as a check on a number: an integer within the safe range. */
export const int = check<number>({ check: 'number_format', format: 'safeint' }, (input) =>
  !Number.isInteger(input)
    ? { expected: 'int', format: 'safeint', code: 'invalid_type', continue: false }
    : !Number.isSafeInteger(input) &&
      (input > 0
        ? { origin: 'int', code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, inclusive: true }
        : { origin: 'int', code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, inclusive: true }),
);

/**
 * `z.regex(regex)`, or zod's check of a string format (`datetime`, `date`) with this exact
 * pattern. The message says what was expected (zod/mini's own is always "Invalid input").
 */
/* @__NO_SIDE_EFFECTS__ */
export const pattern = (regex: RegExp, message: string, format = 'regex') =>
  check<string>(
    { check: 'string_format', format, pattern: regex },
    (input) =>
      !regex.test(input) && {
        origin: 'string',
        code: 'invalid_format',
        format,
        pattern: String(regex),
        message,
      },
  );
