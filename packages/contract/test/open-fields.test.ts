// Answer fields a newer API may add values to (`s.open`) parse any string, and the docs list
// today's values from schemas/open-fields.ts: that list must name every such field, and only them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import * as contract from '@jiagong/contract';
import { generateOpenApi } from '@jiagong/contract';
import { openString } from '../src/schemas/build.js';
import { openFields } from '../src/schemas/open-fields.js';

type Def = { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType };

/** The dotted paths under `schema` whose schema is the open string. */
function openPaths(schema: z.core.$ZodType, path: string, out: string[]): void {
  if (schema === (openString as unknown)) {
    out.push(path);
    return;
  }
  const def = schema._zod.def as Def & { element?: z.core.$ZodType };
  if (def.innerType) openPaths(def.innerType, path, out);
  if (def.element) openPaths(def.element, path, out);
  // A named model is its own entry; only the root's own nested objects are walked.
  if (def.type === 'object' && def.shape) {
    for (const [key, value] of Object.entries(def.shape)) openPaths(value, `${path}.${key}`, out);
  }
}

test('open-fields lists every open field of the answer models, and only them', () => {
  const found: string[] = [];
  for (const [name, schema] of Object.entries(contract)) {
    if (!(schema instanceof z.core.$ZodType) || schema._zod.def.type !== 'object') continue;
    const own: string[] = [];
    openPaths(schema, name, own);
    // A field of a nested named model belongs to that model (`OrderPage.data.status` is
    // `Order.status`): keep the paths of the root's own fields and inline objects only.
    for (const path of own) {
      const [, first] = path.split('.');
      const field = (schema._zod.def as Def).shape![first!]!;
      const nested = Object.values(contract).includes(field as never) || isListOfNamed(field);
      if (!nested) found.push(path);
    }
  }
  // ErrorBody is the `Error` component of the docs.
  const named = found.map((path) => path.replace(/^ErrorBody\./, 'Error.'));
  assert.deepEqual([...new Set(named)].sort(), Object.keys(openFields).sort());
});

function isListOfNamed(field: z.core.$ZodType): boolean {
  const def = field._zod.def as Def & { element?: z.core.$ZodType };
  const inner = def.element ?? def.innerType;
  if (!inner) return false;
  return Object.values(contract).includes(inner as never) || isListOfNamed(inner);
}

test('an open field parses a value a newer API adds, and still refuses what is not a string', () => {
  assert.equal(contract.OrderStatus.safeParse('refunding').success, false);
  assert.equal(openString.safeParse('refunding').success, true);
  assert.equal(openString.safeParse(1).success, false);
});

test('docs/openapi.json gives each open field today’s values or any string', () => {
  const document = generateOpenApi() as {
    components: { schemas: Record<string, { properties: Record<string, unknown> }> };
  };
  const { schemas } = document.components;
  assert.deepEqual(schemas.LoanApplication!.properties.status, {
    anyOf: [{ $ref: '#/components/schemas/LoanStatus' }, { type: 'string' }],
  });
  assert.deepEqual(schemas.Service!.properties.badge, {
    anyOf: [{ type: 'string', enum: ['new', 'unavailable'] }, { type: 'string' }, { type: 'null' }],
  });
  assert.deepEqual(schemas.LoanProduct!.properties.repaymentMethods, {
    type: 'array',
    items: { anyOf: [{ $ref: '#/components/schemas/RepaymentMethod' }, { type: 'string' }] },
  });
  // Every enum an open field names is a component of its own.
  for (const name of ['LoanStatus', 'MemberStatus', 'Fulfilment', 'OrderStatus', 'BenefitGroup']) {
    assert.ok(schemas[name], name);
  }
});

test('unknownAnswerValues finds a value of an open field that is not one of today’s, at any depth', () => {
  const { endpoints, unknownAnswerValues } = contract;
  // Building the look-up resolves every entry of open-fields, or throws.
  assert.deepEqual(unknownAnswerValues(endpoints['services.list'].response, { data: [] }), []);
  const product = { repaymentMethods: ['equal-instalment', 'balloon'], kind: 'startup' };
  assert.deepEqual(
    unknownAnswerValues(contract.LoanProduct, product).map(({ path, value }) => [path, value]),
    [['repaymentMethods.1', 'balloon']],
  );
  const error = { error: { code: 'forbidden', details: { neededKind: 'sesion' } } };
  assert.deepEqual(
    unknownAnswerValues(contract.ErrorBody, error).map(({ path, value }) => [path, value]),
    [['error.details.neededKind', 'sesion']],
  );
  assert.deepEqual(unknownAnswerValues(contract.Service, { badge: null }), []);
  assert.deepEqual(unknownAnswerValues(contract.Service, { badge: 'new' }), []);
});
