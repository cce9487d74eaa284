// Building blocks of the schema modules (not exported from the package).
//
// A bundle keeps every top-level statement it cannot prove free of side effects, whether its
// result is used or not. zod/mini's `.check()` is a method call and `z.int()` carries no
// side-effect-free annotation, so a schema built with either stayed in every bundle that loaded
// its module: the loan family carried the mall's product schema and the sandbox's inputs. Built
// with `checked` and `Int` instead, an unused schema is dropped.
import * as z from 'zod/mini';
import { int } from './checks.js';

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

/** A safe integer. Shared, so schemas refer to it instead of calling `z.int()` each time. */
export const Int = checked(z.number(), int);
