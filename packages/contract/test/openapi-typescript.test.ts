import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ts from 'typescript';
import openapiTS, { astToString } from 'openapi-typescript';
import * as contract from '../src/index.js';
import { endpoints, generateOpenApi, type Endpoint } from '../src/index.js';

// A TypeScript back end that does not use @jiagong/client generates its types from
// docs/openapi.json with openapi-typescript. Those types must be the contract's types, field for
// field, or the partner's compiler accepts requests the API refuses (or rejects answers it sends).

const root = fileURLToPath(new URL('../../..', import.meta.url));
// Files of the program below live only in memory, beside this test so that `@jiagong/contract`
// resolves as it does for any file of the repository.
const virtualDir = path.join(root, 'packages/contract/test/__openapi_ts__');
const document = generateOpenApi('0.0.0-test');

type Json = Record<string, unknown>;
const componentNames = Object.keys((document.components as { schemas: Json }).schemas);

/** Compiles `files` (name → text) with the repository's compiler options; returns the errors. */
function typeCheck(files: Record<string, string>): string[] {
  const base = ts.readConfigFile(path.join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(base.config, ts.sys, root);
  options.noEmit = true;
  const virtual = new Map(
    Object.entries(files).map(([name, text]) => [path.join(virtualDir, name), text]),
  );
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.fileExists = (file) => virtual.has(file) || fileExists.call(host, file);
  host.directoryExists = (dir) => dir === virtualDir || (directoryExists?.call(host, dir) ?? true);
  host.readFile = (file) => virtual.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const text = virtual.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, ...rest)
      : ts.createSourceFile(file, text, language);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || virtual.has(d.file.fileName))
    .map((d) => {
      const where = d.file
        ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `
        : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    });
}

/** Both ways assignable, each way its own line so an error names the side and the field. */
const same = (label: string, spec: string, ours: string) =>
  [
    `// ${label}`,
    `{ const spec = null! as ${spec}; const ours: ${ours} = spec; void ours; }`,
    `{ const ours = null! as ${ours}; const spec: ${spec} = ours; void spec; }`,
  ].join('\n');

/** The contract's own type names (`export interface Order …`), read from its source. */
const namedTypes = new Set(
  readdirSync(path.join(root, 'packages/contract/src/schemas'))
    .map((file) => readFileSync(path.join(root, 'packages/contract/src/schemas', file), 'utf8'))
    .flatMap((source) =>
      [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]!),
    ),
);

/** Components a request body reaches: their type is the schema's input type. */
function requestComponents(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const name = key === '$ref' && typeof value === 'string' ? value.split('/').pop()! : '';
      if (name && !found.has(name)) {
        found.add(name);
        walk((document.components as { schemas: Json }).schemas[name]);
      } else walk(value);
    }
  };
  for (const item of Object.values(document.paths as Record<string, Record<string, Json>>)) {
    for (const op of Object.values(item)) walk(op.requestBody);
  }
  return found;
}

function agreement(): string {
  const lines = [
    `import type * as z from 'zod/mini';`,
    `import type * as C from '@jiagong/contract';`,
    `import type { components, operations } from './openapi.js';`,
    `type S = components['schemas'];`,
    `type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;`,
  ];
  const requests = requestComponents();
  // Each component against the contract's schema and type of the same name.
  for (const name of componentNames) {
    if (name === 'ErrorCode') continue; // a string union of the catalogue, checked below
    const schema = name === 'Error' ? 'ErrorBody' : name;
    const io = requests.has(name) ? 'input' : 'output';
    lines.push(same(name, `S['${name}']`, `z.${io}<typeof C.${schema}>`));
    if (namedTypes.has(schema)) lines.push(same(`${name} type`, `S['${name}']`, `C.${schema}`));
  }
  lines.push(same('ErrorCode', `S['ErrorCode']`, 'C.ErrorCode'));
  // Each operation's answer, body and query against the endpoint table's schemas.
  for (const [name, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    const op = `operations['${name}']`;
    const table = `(typeof C.endpoints)['${name}']`;
    lines.push(
      same(
        `${name} answer`,
        `Json<${op}['responses'][${endpoint.status ?? 200}]>`,
        `z.output<${table}['response']>`,
      ),
    );
    if (endpoint.body) {
      lines.push(
        same(
          `${name} body`,
          `NonNullable<${op}['requestBody']>['content']['application/json']`,
          `z.input<NonNullable<${table}['body']>>`,
        ),
      );
    }
    if (endpoint.query) {
      lines.push(
        same(
          `${name} query`,
          `NonNullable<${op}['parameters']['query']>`,
          `z.input<NonNullable<${table}['query']>>`,
        ),
      );
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * A partner's TypeScript back end that calls the API with fetch and types from openapi-typescript
 * (as docs/http-api.md shows); the `@ts-expect-error` lines are mistakes the types must catch.
 */
const partner = `
import type { components, paths } from './openapi.js';

type Order = components['schemas']['Order'];
type ApiError = components['schemas']['Error'];
type CreateOrder = paths['/v1/me/orders']['post']['requestBody']['content']['application/json'];
type OrderList = paths['/v1/me/orders']['get'];

const base = 'http://localhost:4010';

async function call<T>(path: string, token: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(base + path, {
    ...init,
    headers: {
      Authorization: 'Bearer ' + token,
      'Content-Type': 'application/json',
      ...(init.headers as Record<string, string> | undefined),
    },
  });
  if (!response.ok) {
    const { error } = (await response.json()) as ApiError;
    const fields = error.details?.fields?.map((f) => f.path + ': ' + f.message) ?? [];
    throw new Error(error.code + ' ' + error.message + ' ' + error.requestId + fields.join('; '));
  }
  return (await response.json()) as T;
}

export function redeem(token: string, productId: string, key: string): Promise<Order> {
  const body: CreateOrder = { productId, quantity: 1 };
  return call<Order>('/v1/me/orders', token, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'Idempotency-Key': key },
  });
}

export async function allOrders(token: string): Promise<Order[]> {
  const orders: Order[] = [];
  let query: NonNullable<OrderList['parameters']['query']> = { status: 'confirmed', limit: 50 };
  for (;;) {
    const page = await call<OrderList['responses'][200]['content']['application/json']>(
      '/v1/me/orders?' + new URLSearchParams(query as Record<string, string>).toString(),
      token,
    );
    orders.push(...page.data);
    if (page.nextCursor === null) return orders;
    query = { ...query, cursor: page.nextCursor };
  }
}

export function label(order: Order): string {
  const points: number = order.pointsTotal;
  switch (order.status) {
    case 'confirmed':
    case 'shipped':
      return 'open, ' + points + ' points';
    case 'completed':
      return order.redemptionCode ?? 'done';
    case 'cancelled':
      return 'cancelled ' + (order.cancelledAt ?? '');
    default:
      // A newer API may add a status (answers are open, see docs/http-api.md): say it as it is.
      return order.status;
  }
}

export function card(card: components['schemas']['MemberCard']): string {
  return card.cardNumberMasked + ' ' + card.status;
}

// @ts-expect-error quantity is a number
export const text: CreateOrder = { productId: 'prd_0001', quantity: '1' };
// @ts-expect-error productId is required
export const missing: CreateOrder = { quantity: 1 };
// @ts-expect-error not a status: a filter the partner sends is one of today's values
export const filter: NonNullable<OrderList['parameters']['query']> = { status: 'paid' };
// An answer's status may be one this program does not know yet, but it is still a string.
// @ts-expect-error not a string
export const status: Order['status'] = 1;
// @ts-expect-error a loan application's amount is fen, a number
export const amount: components['schemas']['LoanApplication']['amountFen'] = '1000';
`;

test('a partner program type-checks against the generated types', async () => {
  const types = astToString(await openapiTS(structuredClone(document) as never));
  assert.deepEqual(typeCheck({ 'openapi.d.ts': types, 'partner.ts': partner }), []);
});

test("docs/http-api.md's TypeScript example type-checks against the generated types", async () => {
  const markdown = readFileSync(path.join(root, 'docs/http-api.md'), 'utf8');
  const section = markdown.split('## Types and models from openapi.json')[1] ?? '';
  const command = /npx openapi-typescript \S+ -o src\/jiagong-api\.d\.ts/.exec(section);
  assert.ok(command, 'the section shows the openapi-typescript command');
  const example = /^```ts\n([\s\S]*?)^```/m.exec(section)?.[1];
  assert.ok(example?.includes("from './jiagong-api.js'"), 'the section has its TypeScript example');
  const types = astToString(await openapiTS(structuredClone(document) as never));
  const program = `${example}\ndeclare const sessionToken: string;\n`;
  assert.deepEqual(typeCheck({ 'jiagong-api.d.ts': types, 'example.ts': program }), []);
});

test('openapi-typescript reads the document; its types are the contract types', async () => {
  const types = astToString(await openapiTS(structuredClone(document) as never));
  assert.ok(componentNames.includes('Order') && componentNames.includes('MemberCard'));
  for (const name of ['Order', 'MemberCard', 'Product', 'LoanApplication', 'CreateOrderInput']) {
    assert.ok(name in contract && namedTypes.has(name), `${name} is a contract schema and type`);
  }
  const errors = typeCheck({ 'openapi.d.ts': types, 'agreement.ts': agreement() });
  assert.deepEqual(errors, []);
});
