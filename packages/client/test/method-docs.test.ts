// Hovering a client method in an editor says what it does: its summary, HTTP route, credential,
// idempotency, errors and, for the main ones, an example. The methods are derived from the
// contract's endpoint table; their doc comments come from src/generated/client-methods.ts, which
// scripts/gen-client-docs.ts writes from the table and its `endpointDocs`. A TypeScript language
// service (the one editors run) hovers each method of a partner program.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endpointDocs, endpoints, type Endpoint } from '@jiagong/contract';
import { examples, outdated } from '../../../scripts/gen-client-docs.js';
import { partnerProgram } from './support/partner-program.js';

const PRELUDE = `
  import { createClient, createClientFor, createServerClient, isApiError } from '@jiagong/client';
  import { cardEndpoints } from '@jiagong/contract';
  const client = createClient({ baseUrl: 'https://x', publishableKey: 'pk_test_jiaxing' });
  const server = createServerClient({ baseUrl: 'https://x', secretKey: 'sk_test_jiaxing' });
  const cardClient = createClientFor(cardEndpoints, { baseUrl: 'https://x', publishableKey: 'pk_test_jiaxing' });
  declare const code: string;
  export { isApiError, cardClient, code };
`;

/** A partner file: the prelude's clients, then `body`. */
const partnerFile = (body: string) => partnerProgram(PRELUDE + body, PRELUDE.length);

const names = Object.keys(endpoints) as (keyof typeof endpoints)[];
const table: Record<string, Endpoint> = endpoints;
/** Where a partner calls an endpoint's method. */
const access = (name: string) => `${table[name]!.auth === 'secret' ? 'server' : 'client'}.${name}`;

describe('hovering a client method', () => {
  it('shows what client.me.orders.create does, and its signature as before', () => {
    const program = partnerFile(`
      export const create = client.me.orders.create;
    `);
    const { signature, docs } = program.quickInfo('client.me.orders.create');
    assert.equal(
      signature,
      '(property) create: (body: CreateOrderInput, options?: CallOptions | undefined) => Promise<Order>',
    );
    assert.match(docs, /^Redeem points for a product \(Idempotency-Key\)\./);
    assert.match(docs, /`POST \/v1\/me\/orders` · member session/);
    assert.match(docs, /\{ idempotencyKey \}/);
    assert.match(docs, /@throws `ApiError` with `code` .*`insufficient_points`/s);
    assert.match(docs, /@example[\s\S]*client\.me\.orders\.create\(/);
    assert.deepEqual(program.errors(), []);
  });

  it('shows every endpoint’s summary and route, on createClient’s and createServerClient’s methods', () => {
    const program = partnerFile(
      names.map((name, i) => `export const m${i} = ${access(name)};`).join('\n'),
    );
    assert.deepEqual(program.errors(), []);
    for (const name of names) {
      const { signature, docs } = program.quickInfo(access(name));
      const summary = endpointDocs[name].summary;
      assert.ok(docs.includes(summary.split(' ').slice(0, 3).join(' ')), `${name}: ${docs}`);
      const route = `\`${table[name]!.method} ${table[name]!.path}\``;
      assert.ok(docs.includes(route), `${name} has no ${route}: ${docs}`);
      assert.match(signature, new RegExp(`^\\(property\\) ${name.split('.').pop()}: \\(`));
    }
  });

  it('shows the same on a client of part of the table (createClientFor)', () => {
    const program = partnerFile(`
      export const get = cardClient.me.card.get;
      export const me = cardClient.me;
    `);
    assert.deepEqual(program.errors(), []);
    assert.match(program.quickInfo('cardClient.me.card.get').docs, /`GET \/v1\/me\/card`/);
    // The namespace still shows the nested methods, not an alias.
    assert.match(program.quickInfo('const me').signature, /^const me: \{\n/);
  });

  it('shows examples that compile', () => {
    const program = partnerFile(
      Object.values(examples)
        .map((example, i) => `export async function example${i}() {\n${example}\n}`)
        .join('\n'),
    );
    assert.deepEqual(program.errors(), []);
  });
});

describe('the generated doc comments', () => {
  it('are up to date with the contract (run scripts/gen-client-docs.ts)', async () => {
    assert.equal(await outdated(), false);
  });

  it('have a summary for every endpoint', () => {
    const docs: Record<string, { summary: string } | undefined> = endpointDocs;
    const missing = names.filter((name) => !docs[name]?.summary.trim());
    assert.deepEqual(missing, []);
  });
});
