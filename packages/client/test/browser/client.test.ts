// The client in a real Chromium against the sandbox the test run started: CORS, member sessions
// from a partner token endpoint, typed errors with request ids, idempotent orders, pagination,
// aborts, nothing in storage, and the fallbacks for older WebViews.
import { expect } from '@open-wc/testing';
import {
  ApiError,
  createClient,
  createServerClient,
  isApiError,
  isNetworkError,
  isResponseValidationError,
  isTimeoutError,
  JiagongError,
  type JiagongClient,
} from '@jiagong/client';
import { newIdempotencyKey } from '../../src/idempotency.js';

const env = globalThis as unknown as {
  JG_SANDBOX_URL?: string;
  JG_PUBLISHABLE_KEY?: string;
  JG_TOKEN_ENDPOINT?: string;
};

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The partner's back end mints the session; the page only ever sees the member token. */
function tokenFor(memberId: string) {
  const getter = async () => {
    getter.calls++;
    const response = await fetch(`${env.JG_TOKEN_ENDPOINT}?member=${memberId}`);
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    return (await response.json()) as { token: string; expiresAt: string };
  };
  getter.calls = 0;
  return getter;
}

function client(memberId = 'm_1001', options: { retry?: number } = {}): JiagongClient {
  if (!env.JG_SANDBOX_URL) throw new Error('JG_SANDBOX_URL is not set: run through npm test');
  return createClient({
    baseUrl: env.JG_SANDBOX_URL,
    publishableKey: env.JG_PUBLISHABLE_KEY ?? 'pk_test_jiaxing',
    getSessionToken: tokenFor(memberId),
    ...options,
  });
}

const reset = async () => {
  const response = await fetch('/__jg/sandbox/reset', { method: 'POST' });
  expect(response.ok, 'sandbox reset').to.equal(true);
};

const failure = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => expect.fail('expected the call to fail'),
    (error: unknown) => error,
  );

describe('@jiagong/client in Chromium', function () {
  this.timeout(20_000);

  before(reset);

  it('reads public catalogues across origins with the publishable key', async () => {
    const services = await client().services.list();
    expect(services.data.map((service) => service.id)).to.include('mall');
    const product = await client().mall.products.get('prd_0001');
    expect(product.pointsPrice).to.be.a('number');
  });

  it('reads the member card with a session from the partner token endpoint', async () => {
    const api = client('m_1001');
    const [member, card, points] = await Promise.all([
      api.me.get(),
      api.me.card.get(),
      api.me.points.get(),
    ]);
    expect(member.id).to.equal('m_1001');
    expect(card.status).to.equal('active');
    expect(points.balance).to.be.a('number');
  });

  it('reads the X-Request-Id of errors across origins', async () => {
    const error = await failure(client().mall.products.get('prd_missing'));
    expect(error).to.be.instanceOf(ApiError);
    expect(error).to.be.instanceOf(JiagongError);
    expect(isApiError(error)).to.equal(true);
    const apiError = error as ApiError;
    expect(apiError.code).to.equal('not_found');
    expect(apiError.status).to.equal(404);
    expect(apiError.requestId).to.match(/^req_/);
  });

  it('reports a suspended card as an API error, not a crash', async () => {
    const error = await failure(client('m_1003').me.card.verificationCode());
    expect(isApiError(error)).to.equal(true);
    expect((error as ApiError).code).to.equal('card_inactive');
  });

  it('creates an order once per idempotency key', async () => {
    await reset();
    const api = client('m_1002');
    const before = (await api.me.points.get()).balance;
    const input = { productId: 'prd_0002', quantity: 1 };
    const [firstKey, secondKey] = [crypto.randomUUID(), crypto.randomUUID()];
    const first = await api.me.orders.create(input, { idempotencyKey: firstKey });
    const second = await api.me.orders.create(input, { idempotencyKey: secondKey });
    expect(second.id).to.not.equal(first.id, 'a new key is a new order');
    const replay = await api.me.orders.create(input, { idempotencyKey: secondKey });
    expect(replay.id).to.equal(second.id, 'the same key replays the order');
    expect((await api.me.points.get()).balance).to.equal(before - 2 * first.pointsTotal);
  });

  it('iterates every page with for await', async () => {
    const ids: string[] = [];
    for await (const product of client().mall.products.list({ limit: 100 })) ids.push(product.id);
    expect(ids.length).to.be.greaterThan(100);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('aborts a call with an AbortSignal', async () => {
    const controller = new AbortController();
    const call = client().mall.products.list({ limit: 100 }, { signal: controller.signal });
    const settled = failure(call);
    controller.abort();
    expect(((await settled) as Error).name).to.equal('AbortError');
  });

  it('raises NetworkError when the API cannot be reached, after retrying', async () => {
    const attempts: number[] = [];
    const api = createClient({
      // Nothing listens there (and browsers refuse the port): fetch rejects at once.
      baseUrl: 'http://127.0.0.1:1',
      publishableKey: 'pk_test_jiaxing',
      retry: { limit: 2, baseDelayMs: 1 },
      hooks: { beforeRequest: ({ attempt }) => attempts.push(attempt) },
    });
    const error = await failure(api.services.list());
    expect(isNetworkError(error)).to.equal(true);
    expect(attempts).to.deep.equal([1, 2, 3]);
  });

  it('times out per call', async () => {
    const error = await failure(client('m_1001', { retry: 0 }).services.list({ timeout: 1 }));
    expect(isTimeoutError(error)).to.equal(true);
  });

  it('sends a call with keepalive when asked (across origins, with a member session)', async () => {
    await reset();
    const sent: boolean[] = [];
    const api = createClient({
      baseUrl: env.JG_SANDBOX_URL!,
      publishableKey: env.JG_PUBLISHABLE_KEY ?? 'pk_test_jiaxing',
      getSessionToken: tokenFor('m_1002'),
      fetch: (input, init) => {
        sent.push((input as Request).keepalive);
        return fetch(input, init);
      },
    });
    const draft = { step: 'amount', values: { productId: 'lp_startup' } };
    // Cross-origin with an Authorization header: a keepalive request behind a CORS preflight.
    await api.me.loanDraft.save(draft, { keepalive: true });
    expect((await api.me.loanDraft.get()).draft?.values).to.deep.equal(draft.values);
    expect(sent).to.deep.equal([true, false]);
  });

  it('validates responses: a wrong shape never reaches the app', async () => {
    const rewriting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      return new Response(JSON.stringify({ data: [{ id: 42 }] }), {
        status: response.status,
        headers: response.headers,
      });
    };
    const api = createClient({
      baseUrl: env.JG_SANDBOX_URL!,
      publishableKey: 'pk_test_jiaxing',
      fetch: rewriting,
    });
    const error = await failure(api.services.list());
    expect(isResponseValidationError(error)).to.equal(true);
  });

  it('keeps the member session out of storage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    await client('m_1001').me.card.get();
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.not.match(/st_/);
  });

  it('never lets a secret key into the page', () => {
    expect(() =>
      createServerClient({ baseUrl: env.JG_SANDBOX_URL!, secretKey: 'sk_test_jiaxing' }),
    ).to.throw(/browser/);
    expect(() =>
      createClient({ baseUrl: env.JG_SANDBOX_URL!, publishableKey: 'sk_test_jiaxing' }),
    ).to.throw(/secret key/);
  });
});

describe('@jiagong/client on older WebViews', function () {
  this.timeout(20_000);

  it('makes UUID v4 idempotency keys without crypto.randomUUID', () => {
    // Shadow the prototype's method on the instance, then remove the shadow again.
    const crypto = globalThis.crypto as unknown as { randomUUID?: unknown };
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
      expect(keys.size).to.equal(50);
      for (const key of keys) expect(key).to.match(UUID_V4);
    } finally {
      delete crypto.randomUUID;
    }
    expect(newIdempotencyKey()).to.match(UUID_V4);
  });

  it('works without Object.hasOwn (Chrome < 93)', async () => {
    const objectWithHasOwn = Object as { hasOwn?: unknown };
    const hasOwn = objectWithHasOwn.hasOwn;
    delete objectWithHasOwn.hasOwn;
    try {
      const services = await client().services.list();
      expect(services.data.length).to.be.greaterThan(0);
    } finally {
      objectWithHasOwn.hasOwn = hasOwn;
    }
  });
});
