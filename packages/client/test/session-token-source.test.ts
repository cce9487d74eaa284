// What a partner's getSessionToken may return: a token at once or as a promise, and null once
// nobody is signed in (a sign-out), which the client and the elements take as "signed out":
// the call fails with an AuthError (session_required), as it does when the callback throws.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAuthError } from '@jiagong/client';
import { partnerProgram } from './support/partner-program.js';
import { useWorld } from './support/world.js';

const world = useWorld();

describe('getSessionToken', () => {
  it('types a synchronous token and null (signed out), for the client and the elements', () => {
    const program = partnerProgram(`
      import { createClient } from '@jiagong/client';
      import type { JgProvider, SessionTokenSource } from '@jiagong/elements/provider';
      import type { JgMemberCard } from '@jiagong/elements/member-card';
      declare const signedIn: () => boolean;
      declare const bridge: { token(): string | null; tokenAsync(): Promise<string | null> };
      const baseUrl = 'https://api.jiagong.example';
      createClient({ baseUrl, getSessionToken: () => bridge.token() });
      createClient({ baseUrl, getSessionToken: () => (signedIn() ? 'st_1' : null) });
      createClient({ baseUrl, getSessionToken: async () => (signedIn() ? { token: 'st_1' } : null) });
      createClient({ baseUrl, getSessionToken: () => bridge.tokenAsync() });
      declare const provider: JgProvider;
      provider.getSessionToken = () => bridge.token();
      provider.getSessionToken = () => ({ token: 'st_1', expiresAt: Date.now() + 60_000 });
      provider.getSessionToken = async () => (signedIn() ? 'st_1' : null);
      declare const card: JgMemberCard;
      card.getSessionToken = () => bridge.tokenAsync();
      const source: SessionTokenSource = () => null;
      void source;
      // Still refused: no token at all, or a number.
      // @ts-expect-error a callback returning nothing is a mistake, not a sign-out
      createClient({ baseUrl, getSessionToken: () => {} });
      // @ts-expect-error not a token
      provider.getSessionToken = () => 42;
    `);
    assert.deepEqual(program.errors(), []);
  });

  it('returning a token synchronously works', async () => {
    const mint = world.sessionFor('m_1001');
    const { token } = await mint();
    const client = world.client({ getSessionToken: () => token });
    const me = await client.me.get();
    assert.equal(me.id, 'm_1001');
  });

  it('returning null (signed out) fails the call with session_required, as throwing does', async () => {
    for (const getSessionToken of [() => null, async () => null]) {
      const client = world.client({ getSessionToken });
      const error: unknown = await client.me.get().then(
        () => assert.fail('a member call without a session succeeded'),
        (e: unknown) => e,
      );
      assert.ok(isAuthError(error), String(error));
      assert.equal(error.code, 'session_required');
      assert.match(String(error.cause), /returned no token/);
    }
    // Nothing was sent to the API for it.
    assert.ok(!world.proxy.seen.some((request) => request.path === '/v1/me'));
  });
});
