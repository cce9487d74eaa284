// Faults injected between the client and a real sandbox: what is retried, how long the client
// waits, what it raises, and that a retried order is charged once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SANDBOX_SECRET_KEY } from '@jiagong/contract';
import {
  ApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
  createServerClient,
  isApiError,
  isNetworkError,
  isResponseValidationError,
  isTimeoutError,
} from '@jiagong/client';
import { useWorld, timed } from './support/world.js';

const world = useWorld();

const count = (path: string) => world.proxy.seen.filter((request) => request.path === path).length;
const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => error,
  );
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const errorBody = (code: string) => ({ error: { code, message: code, requestId: 'req_fault' } });

describe('retried: calls that are safe to repeat', () => {
  it('a GET answered 503 twice succeeds on the third attempt', async () => {
    world.proxy.inject({ path: '/v1/services', fault: { kind: 'status', status: 503 }, times: 2 });
    assert.ok((await world.client().services.list()).data.length > 0);
    assert.equal(count('/v1/services'), 3);
  });

  it('every attempt, retries included, carries the API headers and the credential', async () => {
    world.proxy.inject({ path: '/v1/services', fault: { kind: 'status', status: 503 }, times: 2 });
    await world.client({ locale: 'en' }).services.list();
    const sent = world.proxy.seen.filter((request) => request.path === '/v1/services');
    assert.equal(sent.length, 3);
    for (const { headers } of sent) {
      assert.equal(headers.accept, 'application/json');
      assert.equal(headers['accept-language'], 'en');
      assert.equal(headers.authorization, 'Bearer pk_test_jiaxing');
    }
  });

  it('gives up after `limit` retries with the last ApiError', async () => {
    world.proxy.inject({
      path: '/v1/services',
      fault: { kind: 'status', status: 500, body: errorBody('internal_error') },
      times: Infinity,
    });
    const error = await failure(world.client().services.list());
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'internal_error');
    assert.equal(error.status, 500);
    assert.equal(error.requestId, 'req_fault');
    assert.equal(count('/v1/services'), 3, 'first attempt + 2 retries (default limit)');
  });

  it('honours retry.limit and retry: 0', async () => {
    const fault = { kind: 'status', status: 502 } as const;
    world.proxy.inject({ path: '/v1/services', fault, times: Infinity });
    await failure(world.client({ retry: { limit: 4, baseDelayMs: 1 } }).services.list());
    assert.equal(count('/v1/services'), 5);
    world.proxy.reset();
    world.proxy.inject({ path: '/v1/services', fault, times: Infinity });
    await failure(world.client({ retry: 0 }).services.list());
    assert.equal(count('/v1/services'), 1);
  });

  it('retries 408 and 429, but not 501 or other 4xx', async () => {
    for (const [status, attempts] of [
      [408, 2],
      [429, 2],
      [501, 1],
      [400, 1],
      [404, 1],
      [422, 1],
    ] as const) {
      world.proxy.reset();
      world.proxy.inject({ path: '/v1/services', fault: { kind: 'status', status } });
      await world
        .client()
        .services.list()
        .catch(() => undefined);
      assert.equal(count('/v1/services'), attempts, `status ${status}`);
    }
  });

  it('a dropped connection is retried; always dropped gives NetworkError', async () => {
    world.proxy.inject({ path: '/v1/mall/categories', fault: { kind: 'drop' } });
    assert.ok((await world.client().mall.categories.list()).data.length > 0);
    assert.equal(count('/v1/mall/categories'), 2);

    world.proxy.reset();
    world.proxy.inject({ path: '/v1/mall/categories', fault: { kind: 'drop' }, times: Infinity });
    const error = await failure(world.client().mall.categories.list());
    assert.ok(error instanceof NetworkError && isNetworkError(error));
    assert.equal(count('/v1/mall/categories'), 3);
  });

  it('a body cut off mid-way is retried; always cut off gives NetworkError with the request id', async () => {
    world.proxy.inject({ path: '/v1/loans/products', fault: { kind: 'truncate' } });
    assert.equal((await world.client().loans.products()).data.length, 2);
    assert.equal(count('/v1/loans/products'), 2);

    world.proxy.reset();
    world.proxy.inject({
      path: '/v1/loans/products',
      fault: { kind: 'truncate' },
      times: Infinity,
    });
    const error = await failure(world.client().loans.products());
    assert.ok(isNetworkError(error));
    assert.match(error.requestId ?? '', /^req_/);
    assert.equal(count('/v1/loans/products'), 3);
  });

  it('waits as long as Retry-After says (seconds or HTTP date), without jitter', async () => {
    world.proxy.inject({
      path: '/v1/services',
      fault: { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    });
    const seconds = await timed(() => world.client().services.list());
    assert.ok(seconds >= 950 && seconds < 4000, `waited ${seconds} ms for Retry-After: 1`);

    world.proxy.reset();
    const date = new Date(Date.now() + 2000).toUTCString();
    world.proxy.inject({
      path: '/v1/services',
      fault: { kind: 'status', status: 503, headers: { 'retry-after': date } },
    });
    const dated = await timed(() => world.client().services.list());
    assert.ok(dated >= 900 && dated < 5000, `waited ${dated} ms for Retry-After: <date>`);
  });

  it('fails at once when Retry-After is longer than maxRetryAfterMs', async () => {
    world.proxy.inject({
      path: '/v1/services',
      fault: {
        kind: 'status',
        status: 429,
        headers: { 'retry-after': '120' },
        body: {
          error: { ...errorBody('rate_limited').error, details: { retryAfterSeconds: 120 } },
        },
      },
    });
    let error: unknown;
    const elapsed = await timed(async () => {
      error = await failure(world.client().services.list());
    });
    assert.ok(error instanceof ApiError);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.details?.retryAfterSeconds, 120);
    assert.ok(elapsed < 2000, `took ${elapsed} ms`);
    assert.equal(count('/v1/services'), 1);
  });

  it('fails at once on a Retry-After it cannot read; retries at once on Retry-After: 0', async () => {
    // ky waits maxRetryAfterMs for a value it cannot read (it had retried at once before).
    for (const [wait, attempts] of [
      ['soon', 1],
      ['120 seconds', 1],
      ['0', 3],
    ] as const) {
      world.proxy.reset();
      world.proxy.inject({
        path: '/v1/services',
        fault: {
          kind: 'status',
          status: 503,
          headers: { 'retry-after': wait },
          body: errorBody('service_unavailable'),
        },
        times: Infinity,
      });
      let error: unknown;
      const elapsed = await timed(async () => {
        error = await failure(
          world.client().services.list({ signal: AbortSignal.timeout(15_000) }),
        );
      });
      assert.ok(isApiError(error, 'service_unavailable'), `${String(error)} (${wait})`);
      assert.ok(elapsed < 5000, `took ${elapsed} ms for Retry-After: ${wait}`);
      assert.equal(count('/v1/services'), attempts, wait);
    }
  });

  it("a gateway's 429 with only a rate-limit reset header waits no longer than maxRetryAfterMs", async () => {
    // ky reads RateLimit-Reset, X-RateLimit-Reset … when there is no Retry-After: an hour's
    // window (or an epoch time) kept the call, and the member's 加载中…, waiting that long.
    const inAnHour = String(Math.floor(Date.now() / 1000) + 3600);
    const resets: Record<string, string>[] = [
      { 'ratelimit-reset': '3600' },
      { 'x-ratelimit-reset': inAnHour },
    ];
    for (const headers of resets) {
      world.proxy.reset();
      world.proxy.inject({
        path: '/v1/services',
        fault: { kind: 'status', status: 429, headers, body: errorBody('rate_limited') },
        times: Infinity,
      });
      let error: unknown;
      const elapsed = await timed(async () => {
        error = await failure(
          world
            .client({ retry: { maxRetryAfterMs: 300 } })
            .services.list({ signal: AbortSignal.timeout(15_000) }),
        );
      });
      assert.ok(isApiError(error, 'rate_limited'), `${String(error)} (${Object.keys(headers)})`);
      assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
      assert.equal(count('/v1/services'), 3);
    }
  });

  it('a passing 5xx behind a gateway whose rate-limit headers come with every answer is retried on the backoff', async () => {
    // Kong's RateLimit-Reset and APISIX's X-RateLimit-Reset are on every answer, a 502 of a
    // restarting upstream too. ky waited that reset (here 30 s, up to maxRetryAfterMs: 20 s)
    // before each retry when there was no Retry-After: 40 s of 加载中… for two passing 502s.
    const resets: Record<string, string>[] = [
      { 'ratelimit-reset': '30' },
      { 'x-ratelimit-reset': '30' },
    ];
    for (const headers of resets) {
      for (const status of [502, 503, 429]) {
        world.proxy.reset();
        world.proxy.inject({
          path: '/v1/services',
          fault: { kind: 'status', status, headers },
          times: 2,
        });
        const elapsed = await timed(() =>
          world.client().services.list({ signal: AbortSignal.timeout(8000) }),
        );
        // The default backoff waits at most 300 + 600 ms.
        assert.ok(elapsed < 5000, `took ${elapsed} ms (${status}, ${Object.keys(headers)})`);
        assert.equal(count('/v1/services'), 3);
      }
    }
  });

  it('backs off exponentially with full jitter, bounded by maxDelayMs', async () => {
    world.proxy.inject({ path: '/v1/services', fault: { kind: 'status', status: 503 }, times: 3 });
    const client = world.client({ retry: { limit: 3, baseDelayMs: 400, maxDelayMs: 400 } });
    const elapsed = await timed(() => client.services.list());
    // Full jitter: each wait is random in [0, min(400·2ⁿ⁻¹, 400)], so at most 1200 ms in all;
    // uncapped doubling could wait up to 400 + 800 + 1600.
    assert.ok(elapsed < 2000, `took ${elapsed} ms`);
    assert.equal(count('/v1/services'), 4);
  });

  it('a 409 idempotency_key_in_use is asked again', async () => {
    world.proxy.inject({
      path: '/v1/me/orders',
      method: 'POST',
      fault: { kind: 'status', status: 409, body: errorBody('idempotency_key_in_use') },
    });
    const order = await world.client().me.orders.create({ productId: 'prd_0002', quantity: 1 });
    assert.equal(order.status, 'confirmed');
    assert.equal(count('/v1/me/orders'), 2);
  });

  it("a 409 idempotency_key_in_use is asked again after the server's Retry-After", async () => {
    // The first request with the key is still running: asked again at once (backoff, ≤ 300 ms)
    // it would be answered 409 again.
    world.proxy.inject({
      path: '/v1/me/orders',
      method: 'POST',
      fault: {
        kind: 'status',
        status: 409,
        body: errorBody('idempotency_key_in_use'),
        headers: { 'retry-after': '1' },
      },
    });
    const client = world.client();
    await client.me.get(); // the member session, so the timing is the retry's only
    const elapsed = await timed(() =>
      client.me.orders.create({ productId: 'prd_0002', quantity: 1 }),
    );
    assert.ok(elapsed >= 950 && elapsed < 4000, `waited ${elapsed} ms for Retry-After: 1`);
    assert.equal(count('/v1/me/orders'), 2);
  });

  it('another 409 is not asked again', async () => {
    world.proxy.inject({
      path: '/v1/me/orders',
      method: 'POST',
      fault: { kind: 'status', status: 409, body: errorBody('conflict') },
    });
    const error = await failure(
      world.client().me.orders.create({ productId: 'prd_0002', quantity: 1 }),
    );
    assert.ok(isApiError(error, 'conflict'));
    assert.equal(count('/v1/me/orders'), 1);
  });
});

describe('orders, applications and card verifications keep one Idempotency-Key across retries', () => {
  it('an order whose response was lost after the server charged it is charged once', async () => {
    const client = world.client();
    const before = (await client.me.points.get()).balance;
    world.proxy.inject({
      path: '/v1/me/orders',
      method: 'POST',
      fault: { kind: 'drop-after-forward' },
    });
    const order = await client.me.orders.create({ productId: 'prd_0002', quantity: 3 });
    const posts = world.proxy.seen.filter((request) => request.method === 'POST');
    assert.equal(posts.length, 2, 'the lost response was retried');
    assert.equal(posts[0]?.headers['idempotency-key'], posts[1]?.headers['idempotency-key']);
    assert.equal((await client.me.points.get()).balance, before - order.pointsTotal);
    const orders = await client.me.orders.list({ limit: 100 });
    assert.equal(orders.data.filter((listed) => listed.id === order.id).length, 1);
    const recent = orders.data.filter((listed) => listed.productId === 'prd_0002');
    assert.equal(recent.filter((listed) => listed.quantity === 3).length, 1, 'one order, not two');
  });

  it('every retry of a call carries the same key', async () => {
    world.proxy.inject({
      path: '/v1/me/orders',
      method: 'POST',
      fault: { kind: 'status', status: 503 },
      times: 2,
    });
    await world.client().me.orders.create({ productId: 'prd_0002', quantity: 1 });
    const keys = new Set(
      world.proxy.seen.filter((r) => r.method === 'POST').map((r) => r.headers['idempotency-key']),
    );
    assert.equal(world.proxy.seen.filter((r) => r.method === 'POST').length, 3);
    assert.equal(keys.size, 1);
  });

  it('an empty idempotencyKey (a record without one) gets a key of the call', async () => {
    // A partner passing the key their record may lack (record.key ?? '', an empty form field).
    world.proxy.inject({
      path: '/v1/me/orders',
      method: 'POST',
      fault: { kind: 'drop-after-forward' },
    });
    const client = world.client();
    const order = await client.me.orders.create(
      { productId: 'prd_0002', quantity: 2 },
      { idempotencyKey: '' },
    );
    const posts = world.proxy.seen.filter((request) => request.method === 'POST');
    assert.equal(posts.length, 2, 'the lost response was retried');
    assert.match(String(posts[0]?.headers['idempotency-key']), UUID_V4);
    assert.equal(posts[0]?.headers['idempotency-key'], posts[1]?.headers['idempotency-key']);
    const orders = await client.me.orders.list({ limit: 100 });
    const recent = orders.data.filter((listed) => listed.productId === 'prd_0002');
    assert.equal(recent.filter((listed) => listed.quantity === 2).length, 1, 'one order, not two');
    assert.equal(order.quantity, 2);
  });

  it('a card verification whose answer was lost after the code was used is answered by the retry', async () => {
    // The merchant's back end would otherwise read verification_code_invalid for a code it verified.
    const { code } = await world.client().me.card.verificationCode();
    world.proxy.inject({
      path: '/v1/card-verifications',
      method: 'POST',
      fault: { kind: 'drop-after-forward' },
    });
    const server = createServerClient({
      baseUrl: world.proxy.url,
      secretKey: SANDBOX_SECRET_KEY,
      retry: { baseDelayMs: 1 },
    });
    const verified = await server.cardVerifications.create({ code });
    assert.equal(verified.valid, true);
    const posts = world.proxy.seen.filter((r) => r.path === '/v1/card-verifications');
    assert.equal(posts.length, 2, 'the lost answer was asked again');
    assert.match(String(posts[0]?.headers['idempotency-key']), UUID_V4);
    assert.equal(posts[0]?.headers['idempotency-key'], posts[1]?.headers['idempotency-key']);
  });

  it('separate calls get separate keys', async () => {
    const client = world.client();
    await client.me.orders.create({ productId: 'prd_0002', quantity: 1 });
    await client.me.orders.create({ productId: 'prd_0002', quantity: 1 });
    const keys = world.proxy.seen
      .filter((r) => r.method === 'POST')
      .map((r) => r.headers['idempotency-key']);
    assert.equal(new Set(keys).size, 2);
  });
});

describe('never retried: POSTs without a key', () => {
  const server = () =>
    createServerClient({
      baseUrl: world.proxy.url,
      secretKey: SANDBOX_SECRET_KEY,
      retry: { baseDelayMs: 1 },
    });

  it('a dropped change of a sandbox control is not sent again', async () => {
    world.proxy.inject({
      path: '/sandbox/members/m_1001/points',
      fault: { kind: 'drop-after-forward' },
    });
    const error = await failure(server().sandbox.setPoints('m_1001', { balance: 500 }));
    assert.ok(isNetworkError(error));
    assert.equal(count('/sandbox/members/m_1001/points'), 1);
  });
});

describe('retried: a session mint, whose repeat only makes another session', () => {
  it('a session mint whose answer was lost, or answered 503, is sent again and answers', async () => {
    // The member's page waits on it (getSessionToken); a second session nobody holds just ends.
    const server = createServerClient({
      baseUrl: world.proxy.url,
      secretKey: SANDBOX_SECRET_KEY,
      retry: { baseDelayMs: 1 },
    });
    world.proxy.inject({ path: '/v1/sessions', fault: { kind: 'drop-after-forward' } });
    const session = await server.sessions.create({ memberId: 'm_1001' });
    assert.equal(session.memberId, 'm_1001');
    assert.equal(count('/v1/sessions'), 2);
    world.proxy.inject({ path: '/v1/sessions', fault: { kind: 'status', status: 503 } });
    assert.equal((await server.sessions.create({ memberId: 'm_1002' })).memberId, 'm_1002');
    assert.equal(count('/v1/sessions'), 4);
  });
});

describe('timeouts', () => {
  it('a slow first attempt times out and the retry answers', async () => {
    world.proxy.inject({ path: '/v1/services', fault: { kind: 'delay', ms: 3000 } });
    const client = world.client({ timeout: 1000 });
    assert.ok((await client.services.list()).data.length > 0);
    assert.equal(count('/v1/services'), 2);
  });

  it('raises TimeoutError when every attempt is too slow', async () => {
    world.proxy.inject({
      path: '/v1/services',
      fault: { kind: 'delay', ms: 600 },
      times: Infinity,
    });
    const client = world.client({ timeout: 150, retry: { limit: 1, baseDelayMs: 1 } });
    const error = await failure(client.services.list());
    assert.ok(error instanceof TimeoutError && isTimeoutError(error));
    assert.equal(count('/v1/services'), 2);
  });

  it('the per-call timeout overrides the client one', async () => {
    world.proxy.inject({
      path: '/v1/services',
      fault: { kind: 'delay', ms: 400 },
      times: Infinity,
    });
    const client = world.client({ timeout: 5000, retry: 0 });
    const error = await failure(client.services.list({ timeout: 100 }));
    assert.ok(isTimeoutError(error));
  });

  it('also bounds a body that stalls after the headers', async () => {
    world.proxy.inject({
      path: '/v1/services',
      fault: { kind: 'stall-body', ms: 3000 },
      times: Infinity,
    });
    const client = world.client({ timeout: 200, retry: 0 });
    const elapsed = await timed(async () => {
      assert.ok(isTimeoutError(await failure(client.services.list())));
    });
    assert.ok(elapsed < 2000, `took ${elapsed} ms`);
  });
});

describe('responses that break the contract', () => {
  it('wrong-shaped JSON raises ResponseValidationError with dotted paths, not retried', async () => {
    world.proxy.inject({
      path: '/v1/mall/products',
      fault: { kind: 'replace', body: { data: [{ id: 'prd_0001', name: 7 }], nextCursor: null } },
    });
    const error = await failure(world.client().mall.products.list());
    assert.ok(error instanceof ResponseValidationError && isResponseValidationError(error));
    assert.equal(error.endpoint, 'mall.products.list');
    const paths = error.issues.map((issue) => issue.path);
    assert.ok(paths.includes('data.0.name'), paths.join());
    assert.ok(paths.includes('data.0.pointsPrice'), paths.join());
    assert.match(error.requestId ?? '', /^req_/);
    assert.match(error.message, /data\.0\.name/);
    assert.equal(count('/v1/mall/products'), 1);
  });

  it('a nested field of the wrong type is reported by its path', async () => {
    world.proxy.inject({
      path: '/v1/me/card',
      fault: { kind: 'replace', body: { issuer: { name: 1 } } },
    });
    const error = await failure(world.client().me.card.get());
    assert.ok(isResponseValidationError(error));
    assert.ok(
      error.issues.some(
        (issue) => issue.path === 'issuer.name' && issue.message === 'expected string',
      ),
    );
    assert.ok(error.issues.some((issue) => issue.path === 'cardNumberMasked'));
  });

  it('a success body that is not JSON raises ResponseValidationError', async () => {
    world.proxy.inject({ path: '/v1/services', fault: { kind: 'replace', body: '<html>oops' } });
    const error = await failure(world.client().services.list());
    assert.ok(isResponseValidationError(error));
    assert.equal(error.issues[0]?.code, 'invalid_json');
  });

  it('an unreadable error body still gives a typed error with status and X-Request-Id', async () => {
    world.proxy.inject({
      path: '/v1/services',
      fault: {
        kind: 'status',
        status: 400,
        body: 'Bad gateway config',
        headers: { 'x-request-id': 'req_from_header' },
      },
    });
    const error = await failure(world.client().services.list());
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_request');
    assert.equal(error.requestId, 'req_from_header');
  });
});

describe('AbortSignal', () => {
  it('aborts a call in flight', async () => {
    world.proxy.inject({ path: '/v1/services', fault: { kind: 'delay', ms: 3000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const elapsed = await timed(async () => {
      const error = await failure(world.client().services.list({ signal: controller.signal }));
      assert.equal((error as Error).name, 'AbortError');
    });
    assert.ok(elapsed < 2000, `took ${elapsed} ms`);
  });

  it('aborts the wait between retries', async () => {
    world.proxy.inject({
      path: '/v1/services',
      fault: { kind: 'status', status: 503 },
      times: Infinity,
    });
    const client = world.client({ retry: { limit: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('left the page')), 100);
    const elapsed = await timed(async () => {
      const error = await failure(client.services.list({ signal: controller.signal }));
      assert.equal((error as Error).message, 'left the page');
    });
    assert.ok(elapsed < 3000, `took ${elapsed} ms`);
  });

  it('an already aborted signal sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(world.client().me.get({ signal: controller.signal }));
    assert.equal((error as Error).name, 'AbortError');
    assert.equal(world.proxy.seen.length, 0);
  });
});
