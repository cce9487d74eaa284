// Credentials must never reach an error message, which partners log and send to error trackers:
// a baseUrl with a user name and password (a staging API behind basic auth), and the member
// session a getSessionToken callback returned.
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { createClient, createServerClient } from '@jiagong/client';

const everything = (error: unknown) =>
  `${String(error)} ${(error as Error)?.stack ?? ''} ${inspect(error, { depth: 10 })}`;

describe('credentials never reach an error message', () => {
  it('a server client with a password in its baseUrl is refused at once, without quoting it', async () => {
    for (const baseUrl of [
      'https://jiagong:s3cret-pass@api-staging.partner.example',
      'http://:s3cret-pass@127.0.0.1:4010/',
      'https://s3cret-pass@api.partner.example/v1',
    ]) {
      let error: unknown;
      try {
        const server = createServerClient({ baseUrl, secretKey: 'sk_test_jiaxing' });
        await server.sessions.create({ memberId: 'm_1001' });
      } catch (caught) {
        error = caught;
      }
      assert.ok(error instanceof TypeError, everything(error));
      assert.match(error.message, /baseUrl must not hold a user name or password/);
      assert.doesNotMatch(everything(error), /s3cret/);
    }
  });

  it('a secret key with a line break inside is refused at once, without quoting it', async () => {
    // Copied from a wrapped e-mail or chat: fetch refused the Authorization header on every call
    // with a TypeError quoting it ('Headers.set: "Bearer sk_…" is an invalid header value').
    for (const secretKey of [
      'sk_live_wrapped-by-an-email\nclient-7c1d',
      'sk_live_wrapped-by-an-email\r\nclient-7c1d',
      'sk_live_wrapped-by-an-email client-7c1d',
      'sk_live_wrapped-by-an-email\u200bclient-7c1d',
    ]) {
      let error: unknown;
      try {
        const server = createServerClient({ baseUrl: 'http://127.0.0.1:9', secretKey, retry: 0 });
        await server.sessions.create({ memberId: 'm_1001' });
      } catch (caught) {
        error = caught;
      }
      assert.ok(error instanceof TypeError, everything(error));
      assert.match(error.message, /secretKey holds a line break, a space or a non-ASCII character/);
      assert.doesNotMatch(everything(error), /wrapped-by|client-7c1d/);
    }
    // Around the key, as read from a file or an environment variable, fetch drops them.
    assert.doesNotThrow(() =>
      createServerClient({ baseUrl: 'http://127.0.0.1:9', secretKey: 'sk_test_jiaxing\r\n' }),
    );
  });

  it('an @ after the host (a path or a query) is no password', () => {
    for (const baseUrl of ['https://api.partner.example/@team', 'https://api.example/?a=b@c']) {
      assert.doesNotThrow(() => createServerClient({ baseUrl, secretKey: 'sk_test_jiaxing' }));
    }
  });

  it('a failing getSessionToken, or a refused token, is never quoted', async () => {
    const token = 'st_never-in-a-message-5f2a';
    const refused = createClient({
      baseUrl: 'http://127.0.0.1:9',
      publishableKey: 'pk_test_jiaxing',
      getSessionToken: () => Promise.reject(new Error('bridge down')),
      retry: 0,
    });
    const failed = await refused.me.card.get().catch((error: unknown) => error);
    assert.match(String((failed as Error).message), /member session/);
    const unreachable = createClient({
      baseUrl: 'http://127.0.0.1:9',
      publishableKey: 'pk_test_jiaxing',
      getSessionToken: () => token,
      retry: 0,
    });
    const error = await unreachable.me.card.get().catch((caught: unknown) => caught);
    assert.ok(error instanceof Error);
    assert.doesNotMatch(everything(error), /never-in-a-message/);
  });
});
