// The contract's schemas are zod's core classes with only `parse` and `safeParse`
// (src/schemas/build.ts). Each builder must be its zod/mini counterpart in everything but the
// members it drops: the same verdicts and issues (with the same checks), the same errors, the same JSON Schema, and the
// same types (`z.input`, `z.output`), checked by the compiler below.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import * as s from '../src/schemas/build.js';
import type { ParseOnly } from '../src/schemas/build.js';
import { int, maxLength, minLength, minimum } from '../src/schemas/checks.js';
import { LoanDraftInput, Member, MemberStatus } from '../src/index.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when the input and output types of both schemas are identical. */
const sameTypes = <A extends z.ZodMiniType, B extends z.ZodMiniType>(
  _ours: A,
  _zods: B,
  _same: [Equal<z.input<A>, z.input<B>>, Equal<z.output<A>, z.output<B>>],
) => [_ours, _zods] as [z.ZodMiniType, z.ZodMiniType];

const yes = [true, true] as [true, true];
const inner = () => s.object({ a: s.string(), n: s.optional(s.number(int)) });
/** The same checks both sides: checks.ts is compared with zod's own in common-schemas.test.ts. */
const zInt = () => z.number().check(int);
const zInner = () => z.object({ a: z.string(), n: z.optional(zInt()) });

const pairs: [ours: z.ZodMiniType, zods: z.ZodMiniType][] = [
  sameTypes(s.string(), z.string(), yes),
  sameTypes(
    s.string(minLength(1), maxLength(3)),
    z.string().check(minLength(1), maxLength(3)),
    yes,
  ),
  sameTypes(s.number(), z.number(), yes),
  sameTypes(s.number(int, minimum(0)), zInt().check(minimum(0)), yes),
  sameTypes(s.Int, zInt(), yes),
  sameTypes(s.coercedNumber(int), z.coerce.number<number>().check(int), yes),
  sameTypes(s.boolean(), z.boolean(), yes),
  sameTypes(s.unknown(), z.unknown(), yes),
  sameTypes(s.enum(['a', 'b']), z.enum(['a', 'b']), yes),
  sameTypes(s.literal(true), z.literal(true), yes),
  sameTypes(s.literal('x'), z.literal('x'), yes),
  sameTypes(s.array(s.string()), z.array(z.string()), yes),
  sameTypes(s.array(s.Int, maxLength(2)), z.array(zInt()).check(maxLength(2)), yes),
  sameTypes(s.record(s.string(), s.Int), z.record(z.string(), zInt()), yes),
  sameTypes(s.nullable(s.string()), z.nullable(z.string()), yes),
  sameTypes(s.optional(s.string()), z.optional(z.string()), yes),
  sameTypes(inner(), zInner(), yes),
  sameTypes(s.looseObject({}), z.looseObject({}), yes),
  sameTypes(s.looseObject({ a: s.Int }), z.looseObject({ a: zInt() }), yes),
  sameTypes(
    s.object({ list: s.array(inner()), maybe: s.nullable(inner()), e: s.optional(s.enum(['x'])) }),
    z.object({
      list: z.array(zInner()),
      maybe: z.nullable(zInner()),
      e: z.optional(z.enum(['x'])),
    }),
    yes,
  ),
  sameTypes(s.extend(inner(), { b: s.boolean() }), z.extend(zInner(), { b: z.boolean() }), yes),
];

const values = fc.oneof(
  fc.anything(),
  fc.constantFrom('a', 'b', 'x', '', 'abcd', '12', 1.5, -1, 3, true, null, undefined, [], {}),
  fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -2, max: 5 })), {
    maxLength: 3,
  }),
  fc.record(
    {
      a: fc.oneof(fc.string(), fc.integer()),
      n: fc.oneof(fc.integer(), fc.double()),
      b: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    list: fc.array(fc.record({ a: fc.string(), n: fc.integer() }), { maxLength: 2 }),
    maybe: fc.constantFrom(null, { a: 'a' }, { a: 1 }),
    e: fc.constantFrom(undefined, 'x', 'y'),
  }),
);

/** A parse outcome to compare: the data, or the issues and the error's class. */
function outcome(schema: z.ZodMiniType, value: unknown): unknown {
  const result = schema.safeParse(value);
  let thrown: unknown;
  try {
    schema.parse(value);
  } catch (error) {
    thrown = error;
  }
  assert.equal(thrown === undefined, result.success);
  if (result.success) return { data: result.data };
  assert.ok(thrown instanceof z.core.$ZodError);
  assert.equal(thrown.constructor, result.error.constructor);
  assert.deepEqual(thrown.issues, result.error.issues);
  return { issues: result.error.issues, error: result.error.constructor.name };
}

test('every builder parses, fails and describes itself as its zod/mini counterpart', () => {
  for (const [ours, zods] of pairs) {
    for (const io of ['input', 'output'] as const) {
      assert.deepEqual(z.toJSONSchema(ours, { io }), z.toJSONSchema(zods, { io }));
    }
    assert.equal(ours._zod.def.type, zods._zod.def.type);
  }
  fc.assert(
    fc.property(values, (value) => {
      for (const [ours, zods] of pairs) {
        assert.deepEqual(outcome(ours, value), outcome(zods, value), fc.stringify(value));
      }
    }),
    { numRuns: 3000 },
  );
});

test('a contract schema only parses, and zod/mini still wraps it', () => {
  // every member `ParseOnly` names (the compiler checks the list is complete)
  const dropped: Record<keyof ParseOnly, true> = {
    check: true,
    with: true,
    clone: true,
    brand: true,
    register: true,
    apply: true,
    parseAsync: true,
    safeParseAsync: true,
    def: true,
    type: true,
  };
  for (const member of Object.keys(dropped)) {
    assert.equal(member in Member, false, member);
  }
  assert.equal('options' in MemberStatus, false);
  // @ts-expect-error -- a contract schema has no `.check()`: wrap it in a zod/mini schema instead
  assert.throws(() => Member.check(), TypeError);
  assert.deepEqual(Object.keys(Member.shape), Object.keys(Member._zod.def.shape));
  assert.equal(LoanDraftInput.shape.values.safeParse({ any: 1 }).success, true);

  const value = { step: 'amount', values: {} };
  assert.deepEqual(z.optional(LoanDraftInput).parse(undefined), undefined);
  assert.deepEqual(
    z.extend(LoanDraftInput, { extra: z.string() }).parse({ ...value, extra: 'x' }),
    {
      ...value,
      extra: 'x',
    },
  );
  // detached, as zod/mini's methods work
  const { safeParse } = LoanDraftInput;
  assert.equal(safeParse(value).success, true);
});
