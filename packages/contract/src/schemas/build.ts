// Building blocks of the schema modules (not exported from the package).
//
// A bundle keeps every top-level statement it cannot prove free of side effects, whether its
// result is used or not. zod/mini's `.check()` is a method call and `z.int()` carries no
// side-effect-free annotation, so a schema built with either stayed in every bundle that loaded
// its module: the loan family carried the mall's product schema and the sandbox's inputs. Built
// with `checked` and `Int` instead, an unused schema is dropped.
import * as z from 'zod/mini';

type Check<T> = z.core.$ZodCheck<T> | z.core.CheckFn<T>;

/** `schema.check(...checks)`, as a call a bundler may drop when its result is unused. */
/* @__NO_SIDE_EFFECTS__ */
export function checked<T extends z.ZodMiniType>(schema: T, ...checks: Check<z.output<T>>[]): T {
  return schema.check(...checks);
}

/**
 * `z.extend(base, shape)` as a plain object of both shapes: zod's extend brings its schema-merging
 * code (≈ 0.4 KB gzip) to the bundle, and this call, unlike a spread of `base.shape` at the top
 * level, may be dropped when unused.
 */
/* @__NO_SIDE_EFFECTS__ */
export function extend<Base extends z.core.$ZodShape, Shape extends z.core.$ZodShape>(
  base: z.ZodMiniObject<Base>,
  shape: Shape,
) {
  return z.object({ ...base.shape, ...shape });
}

/**
 * Checks that a number is a safe integer and reports what `z.int()` reports (`invalid_type`
 * expected `int`; `too_big`/`too_small` of origin `int` outside the safe range). A plain check
 * function: `z.int()` brings zod's number-format schema and check classes into every browser
 * bundle (≈ 0.35 KB gzip).
 */
export const isInt: z.core.CheckFn<number> = (payload) => {
  const input = payload.value;
  const issue = { origin: 'int', inclusive: true, input, continue: true } as const;
  if (!Number.isInteger(input)) {
    payload.issues.push({
      code: 'invalid_type',
      expected: 'int',
      format: 'safeint',
      input,
      continue: false,
    });
  } else if (input > Number.MAX_SAFE_INTEGER) {
    payload.issues.push({ ...issue, code: 'too_big', maximum: Number.MAX_SAFE_INTEGER });
  } else if (input < Number.MIN_SAFE_INTEGER) {
    payload.issues.push({ ...issue, code: 'too_small', minimum: Number.MIN_SAFE_INTEGER });
  }
};

/** A safe integer. Shared, so schemas refer to it instead of calling `z.int()` each time. */
export const Int = checked(z.number(), isInt);
