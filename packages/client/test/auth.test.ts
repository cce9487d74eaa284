// Member sessions: asked lazily, cached in memory, renewed before expiry and once on a 401,
// with concurrent calls sharing one renewal.
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import {
  AuthError,
  createClientFor,
  createClientWithSession,
  createMemberSession,
  isAuthError,
} from '@jiagong/client';
import { SANDBOX_PUBLISHABLE_KEY, cardEndpoints, mallEndpoints } from '@jiagong/contract';
import { useWorld, type World } from './support/world.js';

const world = useWorld();

const expired = (message = 'expired') => ({
  kind: 'status' as const,
  status: 401,
  body: { error: { code: 'session_expired', message, requestId: 'req_fault' } },
});

/** A getter that answers the given tokens in turn, then real sessions of m_1001. */
function scripted(
  world: World,
  ...tokens: (string | { token: string; expiresAt?: string | number | Date })[]
) {
  const real = world.sessionFor('m_1001');
  const getter = Object.assign(
    async () => {
      getter.calls++;
      return tokens.length ? tokens.shift()! : real();
    },
    { calls: 0 },
  );
  return getter;
}

const authorizations = (world: World, path: string) =>
  world.proxy.seen.filter((request) => request.path === path).map((r) => r.headers.authorization);

describe('session tokens', () => {
  it('are asked for at the first member call only, and reused', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const client = world.client({ getSessionToken });
    await client.services.list();
    assert.equal(getSessionToken.calls, 0);
    await client.me.get();
    await client.me.card.get();
    await client.me.points.get();
    assert.equal(getSessionToken.calls, 1);
    const tokens = new Set(world.proxy.seen.slice(1).map((r) => r.headers.authorization));
    assert.equal(tokens.size, 1);
  });

  it('are fetched once for concurrent first calls', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const client = world.client({ getSessionToken });
    await Promise.all([
      client.me.get(),
      client.me.card.get(),
      client.me.points.get(),
      client.me.get(),
    ]);
    assert.equal(getSessionToken.calls, 1);
  });

  it('are renewed about 30 s before the expiry the getter announces', async () => {
    const soon = {
      token: 'st_placeholder',
      expiresAt: new Date(Date.now() + 20_000).toISOString(),
    };
    const real = await world.admin.sessions.create({ memberId: 'm_1001' });
    soon.token = real.token;
    const getSessionToken = scripted(world, soon);
    const client = world.client({ getSessionToken });
    await client.me.get();
    await client.me.get();
    assert.equal(getSessionToken.calls, 2, 'the 20-s token was already due for renewal');
    await client.me.get();
    assert.equal(getSessionToken.calls, 2, 'the fresh 15-min token is reused');
  });

  it('take an expiry in epoch milliseconds from the getter', async () => {
    const { token } = await world.admin.sessions.create({ memberId: 'm_1001' });
    const getSessionToken = scripted(world, { token, expiresAt: Date.now() + 20_000 });
    const client = world.client({ getSessionToken });
    await client.me.get();
    await client.me.get();
    assert.equal(getSessionToken.calls, 2, 'the 20-s token was already due for renewal');
  });

  it('accept a plain string token', async () => {
    const { token } = await world.admin.sessions.create({ memberId: 'm_1002' });
    const client = world.client({ getSessionToken: () => token });
    assert.equal((await client.me.get()).id, 'm_1002');
  });
});

describe('a refused session', () => {
  it('is renewed once and the call repeated (session_expired)', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const client = world.client({ getSessionToken });
    await client.me.get();
    world.proxy.inject({ path: '/v1/me/card', fault: expired() });
    const card = await client.me.card.get();
    assert.equal(card.status, 'active');
    assert.equal(getSessionToken.calls, 2);
    const [first, second] = authorizations(world, '/v1/me/card');
    assert.ok(first && second && first !== second, 'the repeat carries the new token');
  });

  it('is renewed when the server does not know the token (unauthorized)', async () => {
    const getSessionToken = scripted(world, 'st_not_a_real_session');
    const client = world.client({ getSessionToken });
    assert.equal((await client.me.get()).id, 'm_1001');
    assert.equal(getSessionToken.calls, 2);
  });

  it('is renewed once for concurrent calls refused together', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const client = world.client({ getSessionToken });
    await client.me.get();
    world.proxy.inject({ path: /^\/v1\/me/, fault: expired(), times: 3 });
    await Promise.all([client.me.get(), client.me.card.get(), client.me.points.get()]);
    assert.equal(getSessionToken.calls, 2);
  });

  it('raises AuthError when the renewed session is refused too', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const client = world.client({ getSessionToken });
    world.proxy.inject({ path: '/v1/me', fault: expired('still expired'), times: 5 });
    const error = await client.me.get().catch((caught: unknown) => caught);
    assert.ok(error instanceof AuthError);
    assert.equal(error.code, 'session_expired');
    assert.equal(error.requestId, 'req_fault');
    assert.equal(world.proxy.seen.length, 2, 'one renewal, one repeat');
    assert.equal(getSessionToken.calls, 2);
  });

  it('is renewed and repeated even for calls that are never retried otherwise', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const client = world.client({ getSessionToken, retry: 0 });
    world.proxy.inject({ path: '/v1/me/orders', fault: expired() });
    const order = await client.me.orders.create({ productId: 'prd_0002', quantity: 1 });
    assert.equal(order.status, 'confirmed');
    const keys = world.proxy.seen.map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.equal(keys[0], keys[1]);
  });
});

describe('a member session shared by several clients', () => {
  // One client per endpoint family (as the elements build them under <jg-provider>).
  const familyClients = (session: ReturnType<typeof createMemberSession>) => {
    const options = { baseUrl: world.proxy.url, session, retry: { baseDelayMs: 20 } };
    return {
      card: createClientFor(cardEndpoints, options),
      mall: createClientFor(mallEndpoints, options),
    };
  };

  it('asks the back end once for all of them', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const { card, mall } = familyClients(createMemberSession(getSessionToken));
    await Promise.all([card.me.card.get(), mall.me.points.get(), card.me.get()]);
    await mall.me.orders.list();
    assert.equal(getSessionToken.calls, 1);
  });

  it('is renewed once for all of them when the server refuses it', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const { card, mall } = familyClients(createMemberSession(getSessionToken));
    await card.me.get();
    world.proxy.inject({ path: /^\/v1\/me/, fault: expired(), times: 2 });
    const [member, points] = await Promise.all([card.me.get(), mall.me.points.get()]);
    assert.equal(member.id, 'm_1001');
    assert.equal(typeof points.balance, 'number');
    assert.equal(getSessionToken.calls, 2);
  });
});

describe('without a session', () => {
  it('member calls fail with AuthError session_required and send nothing', async () => {
    const client = world.client({ getSessionToken: undefined });
    const error = await client.me.get().catch((caught: unknown) => caught);
    assert.ok(isAuthError(error));
    assert.equal(error.code, 'session_required');
    assert.equal(world.proxy.seen.length, 0);
  });

  it('a failing getter becomes AuthError with the cause', async () => {
    const cause = new Error('member logged out');
    let asked = 0;
    const client = world.client({
      getSessionToken: () => {
        asked++;
        throw cause;
      },
    });
    const error = await client.me.get().catch((caught: unknown) => caught);
    assert.ok(isAuthError(error));
    assert.equal(error.code, 'session_required');
    assert.equal(error.cause, cause);
    assert.equal(world.proxy.seen.length, 0);
    // The next call asks again rather than remembering the failure.
    const again = await client.me.get().catch((caught: unknown) => caught);
    assert.equal(asked, 2);
    assert.ok(isAuthError(again) && again.cause === cause);
  });

  it('a getter answering no string token becomes AuthError and sends nothing', async () => {
    for (const answer of [{ token: 42 }, { token: '' }, {}, null]) {
      const getSessionToken = (() => answer) as unknown as () => string;
      const client = world.client({ getSessionToken });
      const error = await client.me.get().catch((caught: unknown) => caught);
      assert.ok(isAuthError(error), JSON.stringify(answer));
      assert.equal(error.code, 'session_required');
      assert.ok(error.cause instanceof TypeError);
    }
    assert.equal(world.proxy.seen.length, 0);
  });
});

describe('createClientWithSession (no getSessionToken option)', () => {
  it('calls publishable-key endpoints without a session, and refuses member calls', async () => {
    const client = createClientWithSession(mallEndpoints, {
      baseUrl: world.proxy.url,
      publishableKey: SANDBOX_PUBLISHABLE_KEY,
    });
    assert.ok((await client.mall.categories.list()).data.length > 0);
    const seen = world.proxy.seen.length;
    const error = await client.me.points.get().catch((caught: unknown) => caught);
    assert.ok(isAuthError(error));
    assert.equal(error.code, 'session_required');
    assert.equal(world.proxy.seen.length, seen, 'nothing sent');
  });

  it('uses and renews a shared session like createClientFor', async () => {
    const getSessionToken = world.sessionFor('m_1001');
    const session = createMemberSession(getSessionToken);
    const options = { baseUrl: world.proxy.url, session };
    const card = createClientWithSession(cardEndpoints, options);
    const mall = createClientFor(mallEndpoints, options);
    await Promise.all([card.me.card.get(), mall.me.points.get()]);
    world.proxy.inject({ path: '/v1/me/card', fault: expired() });
    assert.equal((await card.me.card.get()).status, 'active');
    assert.equal(getSessionToken.calls, 2);
  });

  it('checks its options as createClientFor does', () => {
    assert.throws(
      () => createClientWithSession(cardEndpoints, { baseUrl: world.proxy.url }),
      /publishableKey/,
    );
    assert.throws(
      () =>
        createClientWithSession(cardEndpoints, {
          baseUrl: world.proxy.url,
          publishableKey: 'sk_test_jiaxing',
        }),
      /secret key/,
    );
  });
});

describe('an abort while the member session is still coming', () => {
  const never = () => new Promise<never>(() => {});
  /** What the call rejected with, or a 'still pending' error after 3 s. */
  const outcome = (call: Promise<unknown>) =>
    Promise.race([
      call.then(
        () => new Error('resolved'),
        (error: unknown) => error as Error,
      ),
      new Promise<Error>((resolve) => {
        setTimeout(() => resolve(new Error('still pending')), 3000).unref();
      }),
    ]);

  it('ends the call at once, rather than when (if) the token arrives', async () => {
    const client = world.client({ getSessionToken: never });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await outcome(client.me.get({ signal: controller.signal }));
    assert.equal(error.name, 'AbortError', error.message);
    assert.equal(world.proxy.seen.length, 0);
  });

  it('ends the call while a refused session is being renewed', async () => {
    const real = world.sessionFor('m_1001');
    let calls = 0;
    const client = world.client({ getSessionToken: () => (calls++ ? never() : real()) });
    world.proxy.inject({ path: '/v1/me', fault: expired() });
    const controller = new AbortController();
    const call = client.me.get({ signal: controller.signal });
    // The refusal arrived and the renewal asked for a new token, which never comes.
    while (calls < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(new Error('left the page'));
    assert.equal((await outcome(call)).message, 'left the page');
    assert.equal(world.proxy.seen.length, 1);
  });

  it('leaves no listener on a signal that outlives the call', async () => {
    // One page-level signal for every call (or a paged list's, kept for all its pages): each
    // call's wait for the session must not stay attached to it until it aborts.
    const client = world.client();
    const { signal } = new AbortController();
    await client.me.get({ signal });
    const afterOne = getEventListeners(signal, 'abort').length;
    for (let i = 0; i < 20; i++) await client.me.get({ signal });
    // A refused session renewed on the way waits for the renewal too.
    world.proxy.inject({ path: '/v1/me', fault: expired() });
    await client.me.get({ signal });
    assert.equal(getEventListeners(signal, 'abort').length, afterOne);
    assert.equal(afterOne, 0);
  });
});
