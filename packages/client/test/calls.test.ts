// Every kind of call against a real sandbox: methods derived from the table, auth headers,
// validated responses, pagination, idempotent orders, typed API errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  cardEndpoints,
  endpoints,
  SANDBOX_PUBLISHABLE_KEY,
  SANDBOX_SECRET_KEY,
} from '@jiagong/contract';
import {
  ApiError,
  AuthError,
  createClient,
  createClientFor,
  createServerClient,
  isApiError,
  isAuthError,
  isJiagongError,
  VERSION,
} from '@jiagong/client';
import { useWorld } from './support/world.js';

const world = useWorld();

/** Follows a dotted endpoint name on a client object. */
const methodAt = (client: object, name: string) =>
  name.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], client);

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('methods derived from the endpoint table', () => {
  it('createClient has one function per non-secret endpoint and none of the secret ones', () => {
    const client = world.client();
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const method = methodAt(client, name);
      if (endpoint.auth === 'secret') assert.equal(method, undefined, name);
      else assert.equal(typeof method, 'function', name);
    }
  });

  it('createServerClient has exactly the secret-key endpoints', () => {
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const method = methodAt(world.admin, name);
      assert.equal(typeof method === 'function', endpoint.auth === 'secret', name);
    }
  });

  it('createClientFor builds the methods of one family only', async () => {
    const client = createClientFor(cardEndpoints, {
      baseUrl: world.proxy.url,
      getSessionToken: world.sessionFor('m_1001'),
    });
    assert.deepEqual(Object.keys(client), ['me']);
    assert.deepEqual(Object.keys(client.me).sort(), ['card', 'get']);
    assert.equal((await client.me.card.get()).status, 'active');
  });

  it('an id fills the one path parameter, encoded; a missing id sends nothing', async () => {
    // The call shape `(id, body | query, options)` has room for one path parameter.
    for (const [name, endpoint] of Object.entries(endpoints)) {
      assert.ok((endpoint.path.match(/\{/g) ?? []).length <= 1, `${name} has two parameters`);
    }
    const client = world.client();
    const error = await client.mall.products.get('prd 0001/x').catch((caught: unknown) => caught);
    assert.ok(isApiError(error) && error.status === 404);
    assert.equal(world.proxy.seen.at(-1)?.path, '/v1/mall/products/prd%200001%2Fx');
    const seen = world.proxy.seen.length;
    assert.throws(() => client.mall.products.get(''), /mall\.products\.get needs its id/);
    assert.equal(world.proxy.seen.length, seen);
  });

  it('an id that URL parsing would resolve as a path segment (., ..) sends nothing', async () => {
    // `/v1/me/orders/..` is `/v1/me/` once fetch parses it (%2E%2E too): the member's profile,
    // not an order; an id taken from a page's URL must not reach another endpoint.
    const client = world.client();
    const server = createServerClient({ baseUrl: world.proxy.url, secretKey: SANDBOX_SECRET_KEY });
    for (const id of ['.', '..']) {
      assert.throws(() => client.me.orders.get(id), /me\.orders\.get needs its id/);
      assert.throws(() => client.me.loanApplications.get(id), /needs its id/);
      assert.throws(() => client.me.orders.cancel(id), /needs its id/);
      assert.throws(() => client.me.loanApplications.withdraw(id), /needs its id/);
      assert.throws(() => client.me.courses.signUp(id), /needs its id/);
      assert.throws(() => client.me.courses.cancel(id), /needs its id/);
      assert.throws(() => server.sandbox.setPoints(id, { balance: 1 }), /needs its id/);
    }
    assert.equal(world.proxy.seen.length, 0);
    // Other ids made of dots or escapes are sent as one segment of the resource's own path.
    for (const [id, path] of [
      ['...', '/v1/mall/products/...'],
      ['%2e%2e', '/v1/mall/products/%252e%252e'],
      ['.x', '/v1/mall/products/.x'],
      ['?x', '/v1/mall/products/%3Fx'],
      ['#x', '/v1/mall/products/%23x'],
      ['茶', '/v1/mall/products/%E8%8C%B6'],
    ]) {
      const error = await client.mall.products.get(id!).catch((caught: unknown) => caught);
      assert.ok(isApiError(error) && error.status === 404, id);
      assert.equal(world.proxy.seen.at(-1)?.path, path);
    }
  });

  it('VERSION is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    assert.equal(VERSION, pkg.version);
  });
});

describe('publishable-key endpoints', () => {
  it('return validated catalogue data', async () => {
    const client = world.client();
    const services = await client.services.list();
    assert.ok(services.data.some((service) => service.id === 'mall'));
    const counties = await client.unions.tree({ parentId: 'u_330400' });
    assert.ok(
      counties.data.some((union) => union.id === 'u_330402' && union.name === '南湖区总工会'),
    );
    assert.ok((await client.merchants.list({ limit: 2 })).data.length <= 2);
    assert.ok((await client.mall.categories.list()).data.length > 0);
    assert.equal((await client.mall.products.get('prd_0001')).id, 'prd_0001');
    const loans = await client.loans.products();
    assert.deepEqual(loans.data.map((product) => product.id).sort(), ['lp_consumer', 'lp_startup']);
  });

  it('send the publishable key and Accept-Language, and never ask for a session', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const client = world.client({ getSessionToken, locale: 'en' });
    await client.services.list();
    const [request] = world.proxy.seen;
    assert.equal(request?.headers.authorization, `Bearer ${SANDBOX_PUBLISHABLE_KEY}`);
    assert.equal(request?.headers['accept-language'], 'en');
    assert.equal(request?.headers.accept, 'application/json');
    assert.equal(getSessionToken.calls, 0);
  });

  it('send the member session when only getSessionToken is configured', async () => {
    const getSessionToken = world.sessionFor('m_1002');
    const client = world.client({ publishableKey: undefined, getSessionToken });
    assert.ok((await client.services.list()).data.length > 0);
    assert.match(String(world.proxy.seen[0]?.headers.authorization), /^Bearer st_/);
    assert.equal(getSessionToken.calls, 1);
  });
});

describe('member-session endpoints', () => {
  it('read the member, card, benefits, code and points', async () => {
    const client = world.client();
    assert.equal((await client.me.get()).id, 'm_1001');
    const card = await client.me.card.get();
    assert.equal(card.status, 'active');
    assert.match(card.cardNumberMasked, /\*/);
    const financial = await client.me.card.benefits({ group: 'financial' });
    assert.ok(financial.data.length > 0);
    assert.ok(financial.data.every((benefit) => benefit.group === 'financial'));
    const code = await client.me.card.verificationCode();
    assert.ok(code.ttlSeconds > 0);
    assert.equal((await client.me.points.get()).balance, 12_800);
    assert.match(String(world.proxy.seen.at(-1)?.headers.authorization), /^Bearer st_/);
  });

  it('save, read and delete the loan draft', async () => {
    const client = world.client({ getSessionToken: world.sessionFor('m_1002') });
    assert.equal((await client.me.loanDraft.get()).draft, null);
    const values = { productId: 'lp_consumer', amountFen: 5_000_000 };
    const saved = await client.me.loanDraft.save({ step: 'amount', values });
    assert.deepEqual(saved.values, values);
    assert.equal((await client.me.loanDraft.get()).draft?.step, 'amount');
    await client.me.loanDraft.delete();
    assert.equal((await client.me.loanDraft.get()).draft, null);
    assert.deepEqual(
      world.proxy.seen.map((request) => request.method),
      ['GET', 'PUT', 'GET', 'DELETE', 'GET'],
    );
  });
});

describe('pagination', () => {
  it('awaits the first page and iterates every item across pages, passing the cursor', async () => {
    const client = world.client();
    const first = await client.mall.products.list({ limit: 50 });
    assert.equal(first.data.length, 50);
    assert.ok(first.nextCursor);

    const manual: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.mall.products.list({ limit: 100, ...(cursor ? { cursor } : {}) });
      manual.push(...page.data.map((product) => product.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    world.proxy.reset();
    const iterated: string[] = [];
    for await (const product of client.mall.products.list({ limit: 100 }))
      iterated.push(product.id);
    assert.deepEqual(iterated, manual);
    assert.ok(iterated.length > 100, 'the seed has several hundred products');
    const cursors = world.proxy.seen.map((request) => request.query.get('cursor'));
    assert.equal(cursors.length, Math.ceil(iterated.length / 100));
    assert.equal(cursors[0], null);
    assert.ok(cursors.slice(1).every(Boolean), 'every later page asks with a cursor');
    assert.ok(world.proxy.seen.every((request) => request.query.get('limit') === '100'));
  });

  it('pages() yields whole pages and requests nothing until used', async () => {
    const client = world.client();
    const list = client.me.points.transactions({ limit: 2 });
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(world.proxy.seen.length, 0, 'lazy');
    const sizes: number[] = [];
    for await (const page of list.pages()) sizes.push(page.data.length);
    assert.ok(sizes.length > 1);
    assert.ok(sizes.slice(0, -1).every((size) => size === 2));
  });
});

describe('orders (Idempotency-Key)', () => {
  it('creates an order with a generated UUID key and charges the points once', async () => {
    const client = world.client();
    const before = (await client.me.points.get()).balance;
    const order = await client.me.orders.create({ productId: 'prd_0002', quantity: 1 });
    assert.equal(order.status, 'confirmed');
    const post = world.proxy.seen.find((request) => request.method === 'POST');
    assert.match(String(post?.headers['idempotency-key']), UUID_V4);
    assert.equal((await client.me.points.get()).balance, before - order.pointsTotal);
  });

  it("uses the caller's key, so a repeated call is applied once", async () => {
    const client = world.client();
    const before = (await client.me.points.get()).balance;
    const input = { productId: 'prd_0002', quantity: 2 };
    const first = await client.me.orders.create(input, { idempotencyKey: 'order-test-1' });
    const again = await client.me.orders.create(input, { idempotencyKey: 'order-test-1' });
    assert.equal(again.id, first.id);
    const keys = world.proxy.seen
      .filter((request) => request.method === 'POST')
      .map((request) => request.headers['idempotency-key']);
    assert.deepEqual(keys, ['order-test-1', 'order-test-1']);
    assert.equal((await client.me.points.get()).balance, before - first.pointsTotal);
  });

  it('cancels an order by id and refunds the points', async () => {
    const client = world.client();
    const before = (await client.me.points.get()).balance;
    const order = await client.me.orders.create({ productId: 'prd_0002', quantity: 1 });
    const cancelled = await client.me.orders.cancel(order.id);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal((await client.me.orders.get(order.id)).status, 'cancelled');
    assert.equal((await client.me.points.get()).balance, before);
  });

  it('cancels a course sign-up by course id: the seat returns, and again changes nothing', async () => {
    const client = world.client();
    const before = await client.courses.get('crs_02');
    await client.me.courses.signUp('crs_02');
    const course = await client.me.courses.cancel('crs_02');
    assert.equal(course.signedUpByMe, false);
    assert.equal(course.seatsLeft, before.seatsLeft);
    assert.deepEqual(await client.me.courses.cancel('crs_02'), course);
    const posts = world.proxy.seen.filter((request) => request.method === 'POST');
    assert.equal(posts.at(-1)?.path, '/v1/me/courses/crs_02/cancel');
  });
});

describe('API errors', () => {
  it('raise ApiError with code, status, message and the request id', async () => {
    const client = world.client({ locale: 'en' });
    const error = await client.mall.products.get('prd_missing').catch((caught: unknown) => caught);
    assert.ok(error instanceof ApiError);
    assert.ok(isApiError(error) && isJiagongError(error));
    assert.equal(isAuthError(error), false);
    assert.equal(error.code, 'not_found');
    assert.equal(error.status, 404);
    assert.equal(error.name, 'ApiError');
    assert.match(error.requestId ?? '', /^req_/);
    assert.match(error.message, /[a-z]/i);
    assert.doesNotMatch(error.message, /[\u4e00-\u9fff]/, 'English with locale en');
  });

  it('carry the invalid fields with dotted paths, in Chinese by default', async () => {
    const client = world.client();
    const error = await client.me.orders
      .create({ productId: 'prd_0001', quantity: 1 })
      .catch((caught: unknown) => caught);
    assert.ok(isApiError(error));
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.status, 422);
    assert.equal(error.details?.fields?.[0]?.path, 'delivery');
    assert.match(error.details?.fields?.[0]?.message ?? '', /[\u4e00-\u9fff]/);
  });

  it('raise AuthError for a 401 that no session renewal can fix', async () => {
    const client = createClient({ baseUrl: world.proxy.url, publishableKey: 'pk_test_unknown' });
    const error = await client.services.list().catch((caught: unknown) => caught);
    assert.ok(error instanceof AuthError && error instanceof ApiError);
    assert.equal(error.status, 401);
    assert.equal(world.proxy.seen.length, 1, 'a 401 is not retried');
  });
});

describe('keys stay where they belong', () => {
  it('createClient refuses a secret key', () => {
    assert.throws(
      () => createClient({ baseUrl: world.proxy.url, publishableKey: SANDBOX_SECRET_KEY }),
      /secret key/,
    );
    assert.throws(
      () => createClient({ baseUrl: world.proxy.url, publishableKey: 'st_abc' }),
      /pk_/,
    );
    assert.throws(() => createClient({ baseUrl: world.proxy.url }), /publishableKey/);
  });

  it('createServerClient refuses a publishable key', () => {
    assert.throws(
      () => createServerClient({ baseUrl: world.proxy.url, secretKey: SANDBOX_PUBLISHABLE_KEY }),
      /secret key/,
    );
  });

  it('createServerClient throws in a browser, and works in Node and workers', () => {
    const globals = globalThis as { window?: unknown; document?: unknown };
    globals.window = globalThis;
    try {
      // A worker has no document: not a page a key could leak from.
      createServerClient({ baseUrl: world.proxy.url, secretKey: SANDBOX_SECRET_KEY });
      globals.document = {};
      assert.throws(
        () => createServerClient({ baseUrl: world.proxy.url, secretKey: SANDBOX_SECRET_KEY }),
        /browser/,
      );
    } finally {
      delete globals.window;
      delete globals.document;
    }
  });
});
