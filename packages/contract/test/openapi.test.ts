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

type Json = Record<string, unknown>;
type Operation = { responses: Record<string, Json>; security: Json[]; operationId: string };
const operations = (): [Endpoint, Operation][] =>
  (Object.values(endpoints) as Endpoint[]).map((endpoint) => [
    endpoint,
    (document.paths as Record<string, Record<string, Operation>>)[endpoint.path]![
      endpoint.method.toLowerCase()
    ]!,
  ]);

/** Every `$ref` in the document, with where it sits. */
function refs(node: unknown, at = '#'): [string, string][] {
  if (Array.isArray(node)) return node.flatMap((item, i) => refs(item, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    key === '$ref' && typeof value === 'string' ? [[at, value]] : refs(value, `${at}/${key}`),
  );
}

test('every $ref points at something in the document', () => {
  const found = refs(document);
  assert.ok(found.length > 0);
  for (const [at, ref] of found) {
    assert.match(ref, /^#\//, `${at}: ${ref} is not local`);
    let target: unknown = document;
    for (const part of ref.slice(2).split('/')) target = (target as Json | undefined)?.[part];
    assert.ok(target, `${at}: ${ref} points at nothing`);
  }
});

test('response schemas let a generated client accept fields added later', () => {
  // additionalProperties: false on an answer makes a strict generated model (openapi-generator's
  // Go models, for one) reject every field a minor release adds.
  const closed = (node: unknown, at: string): string[] => {
    if (Array.isArray(node)) return node.flatMap((item, i) => closed(item, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return [];
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'additionalProperties' && value === false ? [at] : closed(value, `${at}/${key}`),
    );
  };
  const offenders = [
    ...closed((document.components as Json).schemas, 'components/schemas'),
    ...operations().flatMap(([, op]) => closed(op.responses, `${op.operationId}/responses`)),
  ];
  assert.deepEqual(offenders, []);
});

test('every response documents X-Request-Id; replays and retries document their headers', () => {
  for (const [endpoint, op] of operations()) {
    for (const [status, response] of Object.entries(op.responses)) {
      const headers = (response.headers ?? {}) as Json;
      assert.ok(headers['X-Request-Id'], `${op.operationId} ${status} lacks X-Request-Id`);
      if (status === '429' || status === '503' || (status === '409' && endpoint.idempotencyKey))
        assert.ok(headers['Retry-After'], `${op.operationId} ${status} lacks Retry-After`);
      if (status === '401')
        assert.ok(
          headers['WWW-Authenticate'],
          `${op.operationId} ${status} lacks WWW-Authenticate`,
        );
    }
    if (endpoint.idempotencyKey) {
      const success = op.responses[String(endpoint.status ?? 200)]!.headers as Json;
      assert.ok(success['Idempotent-Replayed'], `${op.operationId} lacks Idempotent-Replayed`);
    }
  }
});

test('publishable-key endpoints also take a member session, as the API does', () => {
  for (const [endpoint, op] of operations()) {
    const schemes = op.security.map((requirement) => Object.keys(requirement).join('+')).sort();
    const expected = {
      publishable: ['memberSession', 'publishableKey'],
      secret: ['secretKey'],
      session: ['memberSession'],
    }[endpoint.auth];
    assert.deepEqual(schemes, expected, op.operationId);
  }
});

test('the catalogue has a code for a method a path does not take', () => {
  assert.equal(errorCatalogue.method_not_allowed.status, 405);
  const codes = ((document.components as Json).schemas as Record<string, { enum: string[] }>)
    .ErrorCode!.enum;
  assert.ok(codes.includes('method_not_allowed'));
});

test('every integer has the format its range needs, so generators pick a wide enough type', () => {
  const integers: { at: string; schema: Json }[] = [];
  const walk = (node: unknown, at: string) => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const schema = node as Json;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types.includes('integer')) integers.push({ at, schema });
    for (const [key, value] of Object.entries(schema)) walk(value, `${at}/${key}`);
  };
  walk(document, '#');
  assert.ok(integers.length > 50);
  for (const { at, schema } of integers) {
    const { minimum, maximum, format } = schema as {
      minimum?: number;
      maximum?: number;
      format?: string;
    };
    assert.ok(format === 'int32' || format === 'int64', `${at} has no integer format`);
    if (format === 'int32') {
      assert.ok(minimum !== undefined && minimum >= -(2 ** 31), at);
      assert.ok(maximum !== undefined && maximum < 2 ** 31, at);
    }
  }
  const schemas = (document.components as Json).schemas as Record<string, { properties: Json }>;
  const balance = schemas.PointsBalance!.properties.balance as Json;
  assert.equal(balance.format, 'int64');
});

test('secret-key endpoints document the refusal of a secret key sent from a browser', () => {
  assert.equal(errorCatalogue.secret_key_in_browser.status, 403);
  for (const [endpoint, op] of operations()) {
    const forbidden = op.responses['403'] as { description: string } | undefined;
    assert.equal(
      forbidden?.description.includes('secret_key_in_browser') ?? false,
      endpoint.auth === 'secret',
      op.operationId,
    );
  }
});

test('answers and bodies name the contract models, so a generator makes one class per model', () => {
  const schemas = (document.components as Json).schemas as Record<string, Json>;
  const schemaOf = (path: string, method: string, status?: string) => {
    const op = (document.paths as Record<string, Record<string, Json>>)[path]![method]!;
    const content = status
      ? ((op.responses as Record<string, Json>)[status]!.content as Json)
      : ((op.requestBody as Json).content as Json);
    return (content['application/json'] as { schema: Json }).schema;
  };
  const order = { $ref: '#/components/schemas/Order' };
  assert.deepEqual(schemaOf('/v1/me/orders', 'post', '201'), order);
  assert.deepEqual(schemaOf('/v1/me/orders/{id}', 'get', '200'), order);
  assert.deepEqual(schemaOf('/v1/me/orders/{id}/cancel', 'post', '200'), order);
  assert.deepEqual(schemaOf('/v1/me/orders', 'get', '200'), {
    $ref: '#/components/schemas/OrderPage',
  });
  assert.deepEqual((schemas.OrderPage!.properties as Json).data, { type: 'array', items: order });
  // An answer's status: today's values (the model), or any string a newer API adds.
  assert.deepEqual((schemas.Order!.properties as Json).status, {
    anyOf: [{ $ref: '#/components/schemas/OrderStatus' }, { type: 'string' }],
  });
  assert.deepEqual(schemaOf('/v1/me/orders', 'post'), {
    $ref: '#/components/schemas/CreateOrderInput',
  });
  // No JSON Schema $defs left over: generators resolve components only.
  assert.doesNotMatch(JSON.stringify(document), /\$defs/);
});
