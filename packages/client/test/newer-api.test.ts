// A partner's app pins @jiagong/client while the API under /v1 keeps growing additively: answers
// gain fields and enums gain values (an order `refunding`, a loan `signed` …). The client must
// still parse those answers: one new value in one row must not turn a member's whole list into an
// error. Each answer here is the real sandbox's, rewritten as a newer API would send it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import {
  ApiError,
  createClient,
  createServerClient,
  ResponseValidationError,
  type JiagongClient,
} from '@jiagong/client';
import { startSandbox } from '@jiagong/sandbox';

type Json = Record<string, unknown>;
type Rewrite = (body: Json) => void;

/** What a newer API answers on each path: one new enum value in the first row, a new field. */
const newer: [path: RegExp, rewrite: Rewrite][] = [
  [/^\/v1\/me$/, (me) => (me.status = 'frozen')],
  [/^\/v1\/me\/card$/, (card) => (card.status = 'frozen')],
  [/^\/v1\/me\/card\/benefits$/, (list) => (first(list).group = 'family')],
  [/^\/v1\/me\/points\/transactions$/, (page) => (first(page).type = 'transfer')],
  [
    /^\/v1\/me\/orders$/,
    (page) => Object.assign(first(page), { status: 'refunding', fulfilment: 'locker' }),
  ],
  [
    /^\/v1\/me\/loan-applications$/,
    (page) => {
      const app = first(page);
      Object.assign(app, { status: 'signed', repaymentMethod: 'balloon' });
      (app.timeline as Json[]).push({ status: 'signed', at: app.updatedAt, note: null });
    },
  ],
  [/^\/v1\/me\/consents$/, (list) => (first(list).action = 'renew')],
  [/^\/v1\/mall\/products$/, (page) => (first(page).fulfilment = 'locker')],
  [/^\/v1\/merchants$/, (page) => (first(page).category = 'culture')],
  [/^\/v1\/services$/, (list) => (first(list).badge = 'recommended')],
  [/^\/v1\/unions$/, (list) => (first(list).kind = 'industry')],
  [
    /^\/v1\/loans\/products$/,
    (list) => {
      const product = first(list);
      product.kind = 'housing';
      (product.repaymentMethods as string[]).push('balloon');
      (product.consents as Json[])[0]!.purpose = 'insurance';
    },
  ],
  [/^\/v1\/model-workers$/, (page) => (first(page).level = 'county')],
  [
    /^\/v1\/courses$/,
    (page) => Object.assign(first(page), { kind: 'hybrid', availability: 'waitlist' }),
  ],
];

function first(list: Json): Json {
  const row = (list.data as Json[])[0];
  assert.ok(row, 'the sandbox answers at least one row');
  return row;
}

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let client: JiagongClient;
/** Paths whose answer was rewritten, to be sure every rewrite was exercised. */
const rewritten = new Set<string>();

before(async () => {
  sandbox = await startSandbox({ port: 0, memory: true, quiet: true });
  const admin = createServerClient({ baseUrl: sandbox.url, secretKey: SANDBOX_SECRET_KEY });
  client = createClient({
    baseUrl: sandbox.url,
    publishableKey: SANDBOX_PUBLISHABLE_KEY,
    getSessionToken: async () => (await admin.sessions.create({ memberId: 'm_1001' })).token,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const path = new URL(new Request(input, init).url).pathname;
      const rule = newer.find(([pattern]) => pattern.test(path));
      if (!rule || !response.ok) return response;
      const body = (await response.json()) as Json;
      rule[1](body);
      body.addedInANewerRelease = { anything: true };
      rewritten.add(String(rule[0]));
      return new Response(JSON.stringify(body), {
        status: response.status,
        headers: response.headers,
      });
    },
  });
});
after(() => sandbox.close());

describe('answers of a newer API', () => {
  it('parse with values this client does not know, keeping them as they came', async () => {
    assert.equal((await client.me.get()).status, 'frozen');
    assert.equal((await client.me.card.get()).status, 'frozen');
    assert.equal((await client.me.card.benefits()).data[0]!.group, 'family');
    assert.equal((await client.me.points.transactions()).data[0]!.type, 'transfer');
    const order = (await client.me.orders.list()).data[0]!;
    assert.deepEqual([order.status, order.fulfilment], ['refunding', 'locker']);
    const app = (await client.me.loanApplications.list()).data[0]!;
    assert.deepEqual([app.status, app.repaymentMethod], ['signed', 'balloon']);
    assert.equal(app.timeline.at(-1)!.status, 'signed');
    assert.equal((await client.me.consents.list()).data[0]!.action, 'renew');
    assert.equal((await client.mall.products.list()).data[0]!.fulfilment, 'locker');
    assert.equal((await client.merchants.list()).data[0]!.category, 'culture');
    assert.equal((await client.services.list()).data[0]!.badge, 'recommended');
    assert.equal((await client.unions.tree()).data[0]!.kind, 'industry');
    const product = (await client.loans.products()).data[0]!;
    assert.equal(product.kind, 'housing');
    assert.ok(product.repaymentMethods.includes('balloon'));
    assert.equal(product.consents[0]!.purpose, 'insurance');
    assert.equal((await client.models.list()).data[0]!.level, 'county');
    const course = (await client.courses.list()).data[0]!;
    assert.deepEqual([course.kind, course.availability], ['hybrid', 'waitlist']);
    assert.equal(rewritten.size, newer.length, 'every rewritten answer was read');
  });

  it('still refuse a value of the wrong type: only new strings are tolerated', async () => {
    const broken = createClient({
      baseUrl: sandbox.url,
      publishableKey: SANDBOX_PUBLISHABLE_KEY,
      fetch: async (input, init) => {
        const body = (await (await fetch(input, init)).json()) as Json;
        first(body).badge = 7;
        return new Response(JSON.stringify(body), {
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const error = await broken.services.list().catch((caught: unknown) => caught);
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.issues[0]!.path, 'data.0.badge');
  });

  it('a value the client sends stays the known set: the API refuses an unknown filter', async () => {
    // @ts-expect-error -- a filter is one of today's statuses, not any string.
    const error = await client.me.orders.list({ status: 'refunding' }).catch((e: unknown) => e);
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'validation_failed');
  });
});
