import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Validator } from '@seriousme/openapi-schema-validator';
import {
  endpoints,
  endpointDocs,
  generateOpenApi,
  errorCatalogue,
  pathParams,
  type Endpoint,
} from '../src/index.js';

const document = generateOpenApi('0.0.0-test');

test('the generated document is valid OpenAPI 3.1', async () => {
  const result = await new Validator().validate(structuredClone(document));
  assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
});

test('every endpoint of the table appears once, with its method, auth and success status', () => {
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
  const operationIds = Object.values(paths).flatMap((item) =>
    Object.values(item).map((op) => op.operationId),
  );
  assert.deepEqual(operationIds.sort(), Object.keys(endpoints).sort());
  for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    const operation = paths[endpoint.path]?.[endpoint.method.toLowerCase()];
    assert.ok(operation, `${name} is missing`);
    assert.equal(operation.operationId, name);
    const responses = operation.responses as Record<string, unknown>;
    assert.ok(responses[String(endpoint.status ?? 200)], `${name} lacks its success response`);
    const params = (operation.parameters ?? []) as { name: string; in: string }[];
    for (const param of pathParams(endpoint.path)) {
      assert.ok(
        params.some((p) => p.in === 'path' && p.name === param),
        `${name} lacks {${param}}`,
      );
    }
    if (endpoint.idempotencyKey) {
      assert.ok(params.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'));
    }
  }
});

test('every error code has a status and a message in both languages', () => {
  for (const [code, entry] of Object.entries(errorCatalogue)) {
    assert.ok(entry.status >= 400 && entry.status < 600, code);
    assert.ok(entry.zh.length > 0 && entry.en.length > 0, code);
    assert.match(entry.zh, /\p{Script=Han}/u, `${code} zh message should be Chinese`);
  }
});

test('the docs table documents exactly the endpoints of the endpoint table', () => {
  assert.deepEqual(Object.keys(endpointDocs).sort(), Object.keys(endpoints).sort());
  for (const [name, doc] of Object.entries(endpointDocs)) {
    assert.ok(doc.summary.trim(), `${name} has no summary`);
    for (const code of doc.errors) assert.ok(code in errorCatalogue, `${name}: unknown ${code}`);
  }
});
