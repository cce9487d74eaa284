import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import * as contract from '../src/index.js';
import { generateOpenApi } from '../src/index.js';

// docs/openapi.json goes to partners' doc portals (Redoc, Swagger UI) and code generators; it
// passes the Redocly CLI's own checks (`npx @redocly/cli lint`) with every warning an error.

/** Rules beyond `recommended-strict` that a partner's docs or generated client depend on. */
const stricter = {
  'path-params-defined': 'error',
  'operation-tag-defined': 'error',
  'operation-singular-tag': 'error',
  'component-name-unique': 'error',
  'spec-strict-refs': 'error',
  'paths-kebab-case': 'error',
  'no-http-verbs-in-paths': 'error',
  'array-parameter-serialization': 'error',
  'parameter-description': 'error',
  'request-mime-type': { severity: 'error', allowedValues: ['application/json'] },
  'response-mime-type': { severity: 'error', allowedValues: ['application/json'] },
} as const;

/** Single findings that are deliberate, each with why; every one must still occur. */
const deliberate = [
  {
    ruleId: 'no-server-example.com',
    pointer: '#/servers/0/url',
    why: 'the only server is the sandbox each partner runs on its own machine (npx @jiagong/sandbox)',
  },
  {
    ruleId: 'no-unused-components',
    pointer: '#/components/schemas/ErrorCode',
    why: 'error.code stays a string so a generated client accepts codes added later; ErrorCode lists them',
  },
];

test('Redocly lint (recommended-strict and more) finds nothing in the document', async () => {
  const config = await createConfig({ extends: ['recommended-strict'], rules: stricter });
  const problems = await lintFromString({
    source: JSON.stringify(generateOpenApi('0.0.0-test')),
    absoluteRef: '/openapi.json',
    config,
  });
  const found = problems.map((p) => ({
    ruleId: p.ruleId,
    pointer: p.location[0]?.pointer ?? '',
    message: `${p.severity}: ${p.message}`,
  }));
  const isDeliberate = (p: { ruleId: string; pointer: string }) =>
    deliberate.some((d) => d.ruleId === p.ruleId && d.pointer === p.pointer);
  assert.deepEqual(
    found.filter((p) => !isDeliberate(p)),
    [],
  );
  for (const exemption of deliberate) {
    assert.ok(
      found.some((p) => isDeliberate(p) && p.ruleId === exemption.ruleId),
      exemption.why,
    );
  }
});

test('the main models carry an example, which the contract itself accepts', () => {
  // The lint above checks each example against its JSON Schema; the contract's zod schema is
  // stricter (patterns, refinements), and the example must be an answer the API could send.
  const schemas = (generateOpenApi('0.0.0-test').components as { schemas: Record<string, unknown> })
    .schemas as Record<string, { examples?: unknown[] }>;
  const main = [
    'Order',
    'OrderPage',
    'MemberCard',
    'Product',
    'LoanApplication',
    'CreateOrderInput',
  ];
  for (const name of [...main, 'Error']) {
    const examples = schemas[name]?.examples;
    assert.equal(examples?.length, 1, `${name} has an example`);
    const schema = (
      name === 'Error' ? contract.ErrorBody : contract[name as keyof typeof contract]
    ) as {
      safeParse(value: unknown): { success: boolean; error?: unknown };
    };
    const result = schema.safeParse(examples![0]);
    assert.ok(result.success, `${name}: ${JSON.stringify(result.error)}`);
  }
});
