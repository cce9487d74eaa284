// Property-based tests of every contract schema (every zod/mini schema the package exports and
// every query, body and response schema of the endpoint table, so new ones are covered):
// - values generated from the schema itself parse, survive the JSON wire unchanged, and parse to
//   the same value again (round trip);
// - random JSON, random JS values and valid values with one part replaced by random JSON never
//   make a schema throw: they parse or return failures whose issues carry field paths.
// The domain validators have their own never-throw properties (test/domain/never-throw.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as contract from '../../src/index.js';
import { endpoints } from '../../src/index.js';

interface ZodLike {
  _zod: { def: Def };
  safeParse(
    value: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
}
interface Issue {
  path: PropertyKey[];
  message: string;
  code: string;
}
interface Check {
  _zod: {
    def: {
      check: string;
      minimum?: number;
      maximum?: number;
      value?: number;
      inclusive?: boolean;
      format?: string;
    };
  };
}
interface Def {
  type: string;
  format?: string;
  checks?: Check[];
  values?: unknown[];
  entries?: Record<string, unknown>;
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  innerType?: ZodLike;
  valueType?: ZodLike;
  keyType?: ZodLike;
}

const isSchema = (value: unknown): value is ZodLike =>
  typeof value === 'object' && value !== null && '_zod' in value && 'safeParse' in value;

/** Every schema: exported ones by name, then the table's by endpoint. */
function allSchemas(): [string, ZodLike][] {
  const found = new Map<ZodLike, string>();
  for (const [name, value] of Object.entries(contract)) {
    if (isSchema(value) && !found.has(value)) found.set(value, name);
  }
  for (const [name, e] of Object.entries(endpoints)) {
    for (const part of ['query', 'body', 'response'] as const) {
      const schema = (e as Record<string, unknown>)[part];
      if (isSchema(schema) && !found.has(schema)) found.set(schema, `${name} ${part}`);
    }
  }
  return [...found].map(([schema, name]) => [name, schema]);
}

interface Bounds {
  min?: number;
  max?: number;
  integer?: boolean;
  /** In code points, as zod counts string lengths. */
  minLength: number;
  maxLength?: number;
}

function bounds(def: Def): Bounds {
  const out: Bounds = { minLength: 0, integer: def.format === 'safeint' || def.format === 'int32' };
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'min_length') out.minLength = Math.max(out.minLength, c.minimum ?? 0);
    if (c.check === 'max_length')
      out.maxLength = Math.min(out.maxLength ?? Infinity, c.maximum ?? Infinity);
    if (c.check === 'number_format' && c.format) out.integer = true;
    if (c.check === 'greater_than') out.min = c.inclusive ? c.value : (c.value ?? 0) + 1;
    if (c.check === 'less_than') out.max = c.inclusive ? c.value : (c.value ?? 0) - 1;
  }
  return out;
}

const hasPattern = (def: Def) =>
  (def.checks ?? []).some((c) => ['custom', 'string_format'].includes(c._zod.def.check));

const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('<script>alert(1)</script>', '\u202Eabc', '嘉兴', '', ' '),
);

const date = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});

/** An arbitrary of valid values, read from the schema's definition. */
function arbitrary(schema: ZodLike, at: string): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string': {
      // The contract's pattern-checked strings, by identity (they are shared constants).
      if ((schema as unknown) === contract.DateTime) {
        return fc
          .tuple(date, fc.constantFrom('Z', '+08:00', '-05:30'))
          .map(([d, zone]) => d.toISOString().replace('Z', zone));
      }
      if ((schema as unknown) === contract.DateOnly) {
        return date.map((d) => d.toISOString().slice(0, 10));
      }
      const isUrl = (schema as unknown) === contract.Url;
      if (def.format) throw new Error(`${at}: no generator for string format ${def.format}`);
      if (!isUrl && hasPattern(def)) throw new Error(`${at}: no generator for its pattern`);
      const { minLength, maxLength = 600 } = bounds(def);
      // Url: an http(s) URL or a root-relative path.
      const prefix = isUrl ? fc.constantFrom('https://', 'http://', '/') : fc.constant('');
      return fc
        .tuple(prefix, anyText)
        .map(([p, s]) => [...(p + s)].slice(0, maxLength).join(''))
        .filter((s) => [...s].length >= minLength);
    }
    case 'number': {
      const { min = -1e12, max = 1e12, integer } = bounds(def);
      if (integer) {
        return fc.integer({
          min: Math.max(min, Number.MIN_SAFE_INTEGER),
          max: Math.min(max, Number.MAX_SAFE_INTEGER),
        });
      }
      // -0 has no JSON form; the wire turns it into 0.
      return fc
        .double({ min, max, noNaN: true, noDefaultInfinity: true })
        .map((x) => (Object.is(x, -0) ? 0 : x));
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'unknown':
    case 'any':
      // Normalised through JSON once: -0 has no JSON form.
      return fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    case 'nullable':
      return fc.option(arbitrary(def.innerType!, at), { nil: null });
    case 'optional':
      return arbitrary(def.innerType!, at);
    case 'array': {
      const { minLength, maxLength = 5 } = bounds(def);
      return fc.array(arbitrary(def.element!, `${at}[]`), {
        minLength,
        maxLength: Math.min(maxLength, 5),
      });
    }
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), arbitrary(def.valueType!, `${at}{}`), {
        maxKeys: 4,
      });
    case 'object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const [key, field] of Object.entries(def.shape ?? {})) {
        model[key] = arbitrary(field, `${at}.${key}`);
        if (field._zod.def.type !== 'optional') required.push(key);
      }
      return fc.record(model, { requiredKeys: required });
    }
    default:
      throw new Error(`${at}: no generator for schema type ${def.type}`);
  }
}

/** Replaces one node of a JSON-ish value (picked by the path choices) with `replacement`. */
function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [choice, ...rest] = choices;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const i = choice! % value.length;
    return value.map((item, j) => (j === i ? mutate(item, rest, replacement) : item));
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return replacement;
  const key = keys[choice! % keys.length]!;
  return {
    ...(value as object),
    [key]: mutate((value as Record<string, unknown>)[key], rest, replacement),
  };
}

function assertFailureShape(result: ReturnType<ZodLike['safeParse']>): void {
  if (result.success) return;
  assert.ok(Array.isArray(result.error.issues) && result.error.issues.length > 0);
  for (const issue of result.error.issues) {
    assert.ok(Array.isArray(issue.path), 'issue.path is an array');
    for (const part of issue.path) assert.ok(['string', 'number'].includes(typeof part));
    assert.equal(typeof issue.message, 'string');
    assert.equal(typeof issue.code, 'string');
  }
}

const schemas = allSchemas();

describe('contract schemas (property-based)', () => {
  it('covers every schema of the endpoint table', () => {
    assert.ok(schemas.length >= 40, `found ${schemas.length} schemas`);
    for (const e of Object.values(endpoints)) {
      assert.ok(schemas.some(([, s]) => s === e.response));
    }
  });

  for (const [name, schema] of schemas) {
    describe(name, () => {
      const valid = arbitrary(schema, name);

      it('generated values parse and survive the JSON wire unchanged', () => {
        fc.assert(
          fc.property(valid, (value) => {
            const first = schema.safeParse(value);
            assert.ok(first.success, `generated value does not parse: ${JSON.stringify(value)}`);
            const wire = JSON.parse(JSON.stringify(first.data)) as unknown;
            const second = schema.safeParse(wire);
            assert.ok(second.success, 'does not parse after the wire');
            assert.deepStrictEqual(second.data, first.data);
          }),
          { numRuns: 60 },
        );
      });

      it('random JSON, random values and broken valid values never throw', () => {
        fc.assert(
          fc.property(
            fc.oneof(
              fc.jsonValue(),
              fc.anything({
                withNullPrototype: true,
                withBigInt: true,
                withDate: true,
                withMap: true,
                withSet: true,
                withTypedArray: true,
                withSparseArray: true,
                withBoxedValues: true,
              }),
              fc
                .tuple(valid, fc.array(fc.nat(), { maxLength: 4 }), fc.jsonValue())
                .map(([v, path, replacement]) => mutate(v, path, replacement)),
            ),
            (value) => {
              let result: ReturnType<ZodLike['safeParse']> | undefined;
              assert.doesNotThrow(() => {
                result = schema.safeParse(value);
              });
              assertFailureShape(result!);
            },
          ),
          { numRuns: 80 },
        );
      });
    });
  }
});
