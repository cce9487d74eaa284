// Mistakes a partner makes while wiring the client, and what tells them: an early, clear error
// for a secret key in a browser client, and an error guard that checks the code it is given.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  createClient,
  createClientFor,
  createClientWithSession,
  createServerClient,
  isApiError,
  isAuthError,
  type ClientOptions,
} from '@jiagong/client';
import { SANDBOX_PUBLISHABLE_KEY, SANDBOX_SECRET_KEY, cardEndpoints } from '@jiagong/contract';
import { partnerProgram } from './support/partner-program.js';
import { startWorld, type World } from './support/world.js';

/** A fetch answering every request with this API error. */
const answering =
  (status: number, code: string): typeof fetch =>
  async () =>
    new Response(JSON.stringify({ error: { code, message: code, requestId: 'req_1' } }), {
      status,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req_1' },
    });

describe('a secret key given to a browser client', () => {
  // What a partner writes when they copy the server client's options into browser code (in
  // JavaScript, or past TypeScript with a cast); the key would be ignored without a word.
  const withSecretKey = [
    { baseUrl: 'https://x', secretKey: SANDBOX_SECRET_KEY },
    { baseUrl: 'https://x', secretKey: SANDBOX_SECRET_KEY, getSessionToken: () => 'st_1' },
    {
      baseUrl: 'https://x',
      secretKey: SANDBOX_SECRET_KEY,
      publishableKey: SANDBOX_PUBLISHABLE_KEY,
    },
  ] as unknown as ClientOptions[];

  it('is refused at once, naming createServerClient', () => {
    for (const options of withSecretKey) {
      const expected = /secret key \(sk_…\) must stay on your server \(createServerClient\)/;
      assert.throws(() => createClient(options), expected, Object.keys(options).join());
      assert.throws(() => createClientFor(cardEndpoints, options), expected);
      assert.throws(() => createClientWithSession(cardEndpoints, options), expected);
    }
  });
});

describe('a server client without its secret key', () => {
  // `secretKey: process.env.JIAGONG_SECRET_KEY!`, as the docs show, where the variable is unset.
  it('says the key is missing, not that it is malformed', () => {
    for (const secretKey of [undefined, '']) {
      assert.throws(
        () => createServerClient({ baseUrl: 'https://x', secretKey: secretKey! }),
        /createServerClient got no secretKey \((undefined|"")\): is the environment variable/,
      );
    }
    assert.throws(
      () => createServerClient({ baseUrl: 'https://x', secretKey: 'jiaxing' }),
      /secretKey must start with sk_/,
    );
  });
});

describe("a server client's baseUrl", () => {
  const server = (baseUrl: string) =>
    createServerClient({ baseUrl, secretKey: SANDBOX_SECRET_KEY });

  // Copied from docs/http-api.md's URLs (POST https://api…/v1/sessions): every call answered
  // 404 not_found, as sessions.create does for an unknown member, so the partner looked for a
  // wrong member id.
  it('ending with /v1 is refused at once, saying each method adds it', () => {
    for (const baseUrl of [
      'https://api.jiagong.example/v1',
      'http://localhost:4010/v1/',
      'https://gw.bank.example/jiagong/V1',
    ]) {
      assert.throws(
        () => server(baseUrl),
        (error: unknown) =>
          error instanceof TypeError &&
          /baseUrl must not end with \/v1: each method adds \/v1\/… to it/.test(error.message),
        baseUrl,
      );
    }
  });

  // On a server there is no page to resolve it against: 'localhost:4010' failed each call as a
  // NetworkError ('unknown scheme'), 'api.jiagong.example' and '/jiagong' as a bare TypeError.
  it('without http:// or https:// is refused at once, without quoting it (a key in the wrong option)', () => {
    for (const baseUrl of [
      'localhost:4010',
      'api.jiagong.example',
      '/jiagong',
      SANDBOX_SECRET_KEY,
    ]) {
      assert.throws(
        () => server(baseUrl),
        (error: unknown) =>
          error instanceof TypeError &&
          /baseUrl must be an absolute http\(s\) URL, e\.g\. https:\/\//.test(error.message) &&
          !error.message.includes(SANDBOX_SECRET_KEY),
        baseUrl,
      );
    }
  });

  // `baseUrl: process.env.JIAGONG_API_BASE!` (docs/frameworks.md) where the variable is unset:
  // 'baseUrl is required' said nothing of where it comes from or what it should be.
  it('missing says where it comes from and what to give, as a missing secret key does', () => {
    for (const baseUrl of [undefined, '']) {
      assert.throws(
        () => server(baseUrl!),
        (error: unknown) =>
          error instanceof TypeError &&
          /createServerClient got no baseUrl \((undefined|"")\): is the environment variable/.test(
            error.message,
          ) &&
          /e\.g\. https:\/\/api\.jiagong\.example or, for the sandbox, http:\/\/localhost:4010/.test(
            error.message,
          ),
        String(baseUrl),
      );
    }
  });

  it('takes an origin, with or without a path prefix or a trailing slash', () => {
    for (const baseUrl of [
      'http://localhost:4010',
      'http://localhost:4010/',
      'HTTPS://api.jiagong.example',
      'https://gw.bank.example/jiagong',
      'https://gw.bank.example/v1beta',
    ]) {
      assert.doesNotThrow(() => server(baseUrl), baseUrl);
    }
  });
});

describe("a server client's timeout", () => {
  // axios' `timeout: 0` means no timeout: here every attempt timed out at once, and the partner
  // read 'sessions.create got no response in time' (Infinity threw ky's RangeError per call).
  it('of 0, a negative number or beyond setTimeout is refused at once', () => {
    for (const timeout of [0, -1, Infinity, 2 ** 31, Number.NaN]) {
      assert.throws(
        () =>
          createServerClient({
            baseUrl: 'http://127.0.0.1:9',
            secretKey: SANDBOX_SECRET_KEY,
            timeout,
          }),
        /timeout is the ms each attempt may take, from 1 to 2147483647: .* does not turn it off/,
        String(timeout),
      );
    }
    for (const timeout of [undefined, 1, 30_000, 2 ** 31 - 1]) {
      assert.doesNotThrow(() =>
        createServerClient({
          baseUrl: 'http://127.0.0.1:9',
          secretKey: SANDBOX_SECRET_KEY,
          timeout,
        }),
      );
    }
  });
});

describe("a browser client's timeout", () => {
  // The same axios habit in the browser: every call failed at once as 'got no response in time',
  // whatever the network. 0 now takes the default 10 s, as leaving it out does (an attempt
  // answered after 200 ms goes through); a call's own timeout of 0 did so already.
  it('of 0 is the default, not a timeout at once', async () => {
    const slow: typeof fetch = async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return new Response(JSON.stringify({ data: [] }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const client = createClient({
      baseUrl: 'https://x',
      publishableKey: SANDBOX_PUBLISHABLE_KEY,
      fetch: slow,
      retry: 0,
      timeout: 0,
    });
    assert.deepEqual(await client.services.list(), { data: [] });
    assert.deepEqual(await client.services.list({ timeout: 0 }), { data: [] });
  });
});

describe("a browser client's baseUrl that is not the API", () => {
  // A gateway path mistyped in a CDN snippet's api-base: the intranet's own web server answers.
  it("gets no not_found from that server's 404 page, as if the API said the thing did not exist", async () => {
    const client = createClient({
      baseUrl: 'https://intranet.example/jiagong-api',
      publishableKey: SANDBOX_PUBLISHABLE_KEY,
      fetch: async () =>
        new Response('<h1>404 - File or directory not found.</h1>', {
          status: 404,
          headers: { 'content-type': 'text/html' },
        }),
    });
    const error = await client.services.list().catch((caught: unknown) => caught);
    assert.ok(isApiError(error));
    assert.equal(error.status, 404);
    // The member card shows 暂无嘉工卡 (no card: ask your union) for not_found.
    assert.equal(error.code, 'invalid_request');
    assert.equal(error.message, 'HTTP 404');
  });
});

describe('isApiError(error, code)', () => {
  it('is true for an API error with that code only', async () => {
    const client = createClient({
      baseUrl: 'https://x',
      publishableKey: SANDBOX_PUBLISHABLE_KEY,
      getSessionToken: () => 'st_1',
      fetch: answering(422, 'insufficient_points'),
    });
    const error = await client.me.orders
      .create({ productId: 'prd_0001', quantity: 1 })
      .catch((caught: unknown) => caught);
    assert.equal(isApiError(error), true);
    assert.equal(isApiError(error, 'insufficient_points'), true);
    assert.equal(isApiError(error, 'out_of_stock'), false);
    assert.equal(isApiError(new Error('insufficient_points'), 'insufficient_points'), false);
  });

  it('recognises an AuthError’s code', async () => {
    const client = createClient({
      baseUrl: 'https://x',
      publishableKey: SANDBOX_PUBLISHABLE_KEY,
      fetch: answering(401, 'publishable_key_required'),
      retry: 0,
    });
    const error = await client.services.list().catch((caught: unknown) => caught);
    assert.ok(isAuthError(error));
    assert.equal(isApiError(error, 'publishable_key_required'), true);
    assert.equal(isApiError(error, 'unauthorized'), false);
  });
});

describe("a partner's own idempotency key", () => {
  // A key kept with the partner's record, as the option's doc suggests, may be its Chinese order
  // number: fetch refuses it in a header with a TypeError about a ByteString, which said nothing
  // of the key; the option's doc (what the editor shows) and the README now say what a key is.
  let world: World;
  before(async () => {
    world = await startWorld();
  });
  after(() => world.close());

  it('of Chinese characters fails before anything is sent, as the option says', async () => {
    await world.reset();
    const client = world.client();
    const input = { productId: 'prd_0002', quantity: 1 };
    const error = await client.me.orders
      .create(input, { idempotencyKey: '订单-1' })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof TypeError, String(error));
    assert.deepEqual(
      world.proxy.seen.filter((r) => r.path === '/v1/me/orders'),
      [],
    );
    const spaced = await client.me.orders
      .create(input, { idempotencyKey: 'order 1' })
      .catch((caught: unknown) => caught);
    assert.ok(isApiError(spaced, 'invalid_request'), String(spaced));
    assert.equal(spaced.details?.fields?.[0]?.path, 'Idempotency-Key');

    const program = partnerProgram(`
      import { createClient } from '@jiagong/client';
      const client = createClient({ baseUrl: 'https://x', publishableKey: 'pk_test_x' });
      void client.me.orders.create({ productId: 'prd_1', quantity: 1 }, { idempotencyKey: 'k' });
    `);
    const { docs } = program.quickInfo('idempotencyKey');
    assert.match(docs, /printable\s+ASCII characters without spaces/);
    assert.match(
      docs,
      /Chinese character or a line\s+break in it throws fetch's `TypeError` and sends nothing/,
    );
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    assert.match(readme, /1 to 255 printable ASCII characters without\s+spaces/);
  });
});
