// Building blocks of the schema modules (the types are exported from the package, the builders
// are not).
//
// A bundle keeps every top-level statement it cannot prove free of side effects, whether its
// result is used or not: every builder here is annotated side-effect free, so an unused schema
// is dropped (zod/mini's `.check()` is a method call and `z.int()` carries no annotation).
//
// The schemas are zod's core schema classes (`$ZodObject`, `$ZodString` …, the same parsing,
// issues and JSON Schema as zod/mini's) with only `parse` and `safeParse` on top. zod/mini's
// schemas also carry `parseAsync`, `safeParseAsync`, `check`, `clone`, `brand`, `register`,
// `apply` and `with` on a shared prototype, so every browser bundle carried them (async parsing,
// zod's clone …: ≈ 0.5 KB gzip) though nothing here uses them. Their types stay zod/mini's own,
// so `z.infer`, `z.input`, `z.output` and every `extends z.ZodMiniType` are unchanged; only the
// members they lack are typed `never` (see `ParseOnly`). zod/mini's functions still take them:
// `z.optional(Member)`, `z.extend(Member, …)`, `z.toJSONSchema(Member)`.
//
// Checks are the plain check objects of ./checks.js, given to a builder and kept in the
// definition's `checks`, as zod/mini's `.check()` would.
// zod's core by name, not as zod/mini's `z.core`: esbuild (Angular's builder, tsup, Bun) keeps
// every export of a namespace reached through another one (`z.core.parse`), so a bundle carried
// all of zod (its JSON Schema code and some 40 locales, ≈ 400 KB minified).
import {
  $ZodArray,
  $ZodBoolean,
  $ZodEnum,
  $ZodLiteral,
  $ZodNullable,
  $ZodNumber,
  $ZodObject,
  $ZodOptional,
  $ZodRecord,
  $ZodString,
  $ZodUnknown,
  $constructor,
  parse,
  safeParse,
} from 'zod/v4/core';
import type * as z from 'zod/mini';
import { int } from './checks.js';

type Check<T> = z.core.$ZodCheck<T>;
type SomeType = z.core.SomeType;

/**
 * The members of zod/mini's schemas that the contract's schemas do not have: they only parse
 * (`parse`, `safeParse`). Typed `never`, so a call does not compile. To refine a contract schema,
 * wrap it (`z.optional(Member)`, `z.extend(Member, { … })`, `z.pipe(Member, …)`) and use the
 * zod/mini schema that returns; zod/mini's functions parse it too (`z.safeParseAsync(Member, x)`).
 */
export interface ParseOnly {
  readonly check: never;
  readonly with: never;
  readonly clone: never;
  readonly brand: never;
  readonly register: never;
  readonly apply: never;
  readonly parseAsync: never;
  readonly safeParseAsync: never;
  readonly def: never;
  readonly type: never;
}

/** A contract schema: the zod/mini schema type `T`, without what `ParseOnly` names. */
export type Lean<T extends z.ZodMiniType> = T & ParseOnly;

// The only members of a contract schema, on each kind's prototype (`params`: zod's parse
// context, such as an error map, as zod/mini's methods take it).
const members = {
  parse(this: z.core.$ZodType, data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) {
    return parse(this, data, params);
  },
  safeParse(this: z.core.$ZodType, data: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>) {
    return safeParse(this, data, params);
  },
};

type Kind = new (def: object) => unknown;

/**
 * A schema class: zod's core class `trait` with `parse` and `safeParse`, named after it
 * (`$ZodString` → `Jg$ZodString`: zod skips a trait whose name an instance already has).
 */
/* @__NO_SIDE_EFFECTS__ */
function kind(trait: { name: string; init(inst: never, def: never): void }): Kind {
  return $constructor(
    'Jg' + trait.name,
    (inst, def) => trait.init(inst as never, def as never),
    members,
  );
}

const JgString = /* @__PURE__ */ kind($ZodString);
const JgNumber = /* @__PURE__ */ kind($ZodNumber);
const JgBoolean = /* @__PURE__ */ kind($ZodBoolean);
const JgUnknown = /* @__PURE__ */ kind($ZodUnknown);
const JgEnum = /* @__PURE__ */ kind($ZodEnum);
const JgLiteral = /* @__PURE__ */ kind($ZodLiteral);
const JgArray = /* @__PURE__ */ kind($ZodArray);
const JgRecord = /* @__PURE__ */ kind($ZodRecord);
const JgNullable = /* @__PURE__ */ kind($ZodNullable);
const JgOptional = /* @__PURE__ */ kind($ZodOptional);
// `shape`, as zod/mini's objects have it (plain, not lazy: no shape here refers to itself).
const JgObject = /* @__PURE__ */ $constructor(
  'JgObject',
  (inst: z.core.$ZodObject & { shape?: unknown }, def) => {
    $ZodObject.init(inst, def);
    inst.shape = def.shape;
  },
  members,
) as unknown as Kind;

/** zod/mini's definition of a schema with checks: `checks` only when there are some. */
const withChecks = <D extends object>(def: D, checks: Check<never>[]) =>
  checks.length ? { ...def, checks } : def;

/** `z.string()`, with its checks. */
/* @__NO_SIDE_EFFECTS__ */
export function string(...checks: Check<string>[]) {
  return new JgString(withChecks({ type: 'string' }, checks)) as Lean<z.ZodMiniString<string>>;
}

/** `z.number()`, with its checks. */
/* @__NO_SIDE_EFFECTS__ */
export function number(...checks: Check<number>[]) {
  return new JgNumber({ type: 'number', checks }) as Lean<z.ZodMiniNumber<number>>;
}

/**
 * `z.coerce.number<number>()` (for query parameters), with its checks. The API reads the query's
 * text as a number; a caller passes a number (`{ limit: 20 }`), as docs/openapi.json's `integer`
 * says, so the input type is `number`, not zod's default `unknown` that let `{ limit: 'all' }`
 * compile.
 */
/* @__NO_SIDE_EFFECTS__ */
export function coercedNumber(...checks: Check<number>[]) {
  return new JgNumber({ type: 'number', coerce: true, checks }) as Lean<z.ZodMiniNumber<number>>;
}

/** `z.boolean()`. */
/* @__NO_SIDE_EFFECTS__ */
export function boolean() {
  return new JgBoolean({ type: 'boolean' }) as Lean<z.ZodMiniBoolean<boolean>>;
}

/** `z.unknown()`. */
/* @__NO_SIDE_EFFECTS__ */
export function unknown() {
  return new JgUnknown({ type: 'unknown' }) as Lean<z.ZodMiniUnknown>;
}

/** `z.enum([...])` (its values are in `_zod.def.entries`: no `options` list). */
/* @__NO_SIDE_EFFECTS__ */
function enum_<const T extends readonly string[]>(values: T) {
  const entries = Object.fromEntries(values.map((value) => [value, value]));
  return new JgEnum({ type: 'enum', entries }) as Lean<
    z.ZodMiniEnum<z.core.util.ToEnum<T[number]>>
  > & { readonly options: never };
}
export { enum_ as enum };

/**
 * A value of an answer that a newer API may add to (an order `status` of `refunding`): any string
 * parses, so an SDK that a partner's app pinned keeps showing the rest of an answer when the API
 * gains a value. Typed `Known | (string & {})`: editors still offer today's values, and code must
 * handle the others. One shared string schema, so an answer's known values cost the browser
 * bundles nothing; ./open-fields.js lists them for the docs (docs/openapi.json: `anyOf` of the
 * enum and a string), and a contract test checks it names every field built with `open`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function open<Known extends string>() {
  return openString as unknown as Lean<z.ZodMiniType<Known | (string & {}), Known | (string & {})>>;
}

/** `z.literal(value)`. */
/* @__NO_SIDE_EFFECTS__ */
export function literal<const T extends z.core.util.Literal>(value: T) {
  return new JgLiteral({ type: 'literal', values: [value] }) as Lean<z.ZodMiniLiteral<T>>;
}

/** `z.array(element)`, with its checks (on the array). */
/* @__NO_SIDE_EFFECTS__ */
export function array<T extends SomeType>(element: T, ...checks: Check<unknown[]>[]) {
  return new JgArray(withChecks({ type: 'array', element }, checks)) as Lean<z.ZodMiniArray<T>>;
}

/** `z.record(keyType, valueType)`. */
/* @__NO_SIDE_EFFECTS__ */
export function record<Key extends z.core.$ZodRecordKey, Value extends SomeType>(
  keyType: Key,
  valueType: Value,
) {
  return new JgRecord({ type: 'record', keyType, valueType }) as Lean<z.ZodMiniRecord<Key, Value>>;
}

/** `z.nullable(innerType)`. */
/* @__NO_SIDE_EFFECTS__ */
export function nullable<T extends SomeType>(innerType: T) {
  return new JgNullable({ type: 'nullable', innerType }) as Lean<z.ZodMiniNullable<T>>;
}

/** `z.optional(innerType)`. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<T extends SomeType>(innerType: T) {
  return new JgOptional({ type: 'optional', innerType }) as Lean<z.ZodMiniOptional<T>>;
}

/** `z.object(shape)`: unknown keys are dropped. */
/* @__NO_SIDE_EFFECTS__ */
export function object<T extends z.core.$ZodLooseShape>(shape: T) {
  return new JgObject({ type: 'object', shape }) as Lean<
    z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strip>
  >;
}

/** `z.looseObject(shape)`: unknown keys are kept. */
/* @__NO_SIDE_EFFECTS__ */
export function looseObject<T extends z.core.$ZodLooseShape>(shape: T) {
  return new JgObject({ type: 'object', shape, catchall: unknown() }) as Lean<
    z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$loose>
  >;
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
  return object({ ...base.shape, ...shape });
}

/** The schema of every {@link open} field: a string. */
export const openString = /* @__PURE__ */ string();

/** A safe integer. Shared, so schemas refer to it instead of calling `z.int()` each time. */
export const Int = number(int);
