// A member session on a phone left open. One whose getter cannot reach its back end (a tunnel) fails as the
// network error it is, and one whose back end failed (a status of 500 or more) as that error, which a
// retry mends, not as a lost login (AuthError session_required).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AuthError,
  NetworkError,
  createMemberSession,
  isAuthError,
  isNetworkError,
} from '../src/index.js';

describe('createMemberSession when the token source is unreachable', () => {
  it('passes a NetworkError through, and asks again on the next call', async () => {
    let calls = 0;
    const unreachable = new NetworkError('token endpoint could not be reached');
    const session = createMemberSession(async () => {
      if (++calls === 1) throw unreachable;
      return { token: 'st_next', expiresAt: new Date(Date.now() + 900_000).toISOString() };
    });
    const error = await session.get().catch((caught: unknown) => caught);
    assert.equal(error, unreachable);
    assert.ok(isNetworkError(error) && !isAuthError(error));
    assert.equal(await session.get(), 'st_next');
    assert.equal(calls, 2);
  });

  // The partner's back end failed (its token endpoint answered 503; ofetch's FetchError and
  // axios' AxiosError carry the status): the member is still signed in there, so this is no
  // lost login, and the next call asks again.
  it('passes an error with a status of 500 or more through, and asks again on the next call', async () => {
    let calls = 0;
    const failed = Object.assign(new Error('token endpoint answered 503'), { status: 503 });
    const session = createMemberSession(async () => {
      if (++calls === 1) throw failed;
      return 'st_next';
    });
    const error = await session.get().catch((caught: unknown) => caught);
    assert.equal(error, failed);
    assert.ok(!isAuthError(error));
    assert.equal(await session.get(), 'st_next');
    assert.equal(calls, 2);

    // Nobody signed in (401), or a status below 500, is still the signed-out state.
    for (const status of [401, 404, 499]) {
      const refused = Object.assign(new Error(`answered ${status}`), { status });
      const signedOut = createMemberSession(() => {
        throw refused;
      });
      const outcome = await signedOut.get().catch((caught: unknown) => caught);
      assert.ok(isAuthError(outcome) && outcome.code === 'session_required', String(status));
      assert.equal(outcome.cause, refused);
    }
  });

  // The partner's token endpoint rate-limited the page (429: a gateway's limit, many tabs at
  // once): the member is still signed in, and asking again later works. It was read as a lost
  // login (登录已失效); it now fails as the error it is (in the elements: 操作太频繁 with 重试),
  // and the next call asks again.
  it('passes an error with the status 429 through, and asks again on the next call', async () => {
    let calls = 0;
    const limited = Object.assign(new Error('token endpoint answered 429'), { status: 429 });
    const session = createMemberSession(async () => {
      if (++calls === 1) throw limited;
      return 'st_next';
    });
    const error = await session.get().catch((caught: unknown) => caught);
    assert.equal(error, limited);
    assert.ok(!isAuthError(error));
    assert.equal(await session.get(), 'st_next');
    assert.equal(calls, 2);
  });

  it('still turns any other failure into AuthError session_required with the cause', async () => {
    const cause = new Error('member logged out');
    const session = createMemberSession(() => {
      throw cause;
    });
    const error = await session.refresh(undefined).catch((caught: unknown) => caught);
    assert.ok(error instanceof AuthError);
    assert.equal(error.code, 'session_required');
    assert.equal(error.cause, cause);
  });
});

describe('createMemberSession on a device whose clock is ahead', () => {
  it('does not ask for a new token before every call when the expiry looks past on arrival', async () => {
    let calls = 0;
    // The server's 15 minutes end before the device's now: its clock is 20 minutes fast.
    const session = createMemberSession(async () => ({
      token: `st_${++calls}`,
      expiresAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    }));
    assert.equal(await session.get(), 'st_1');
    assert.equal(await session.get(), 'st_1');
    assert.equal(await session.get(), 'st_1');
    assert.equal(calls, 1);
    // The server's refusal still renews it.
    assert.equal(await session.refresh('st_1'), 'st_2');
  });
});
