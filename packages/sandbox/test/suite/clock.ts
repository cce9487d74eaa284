import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import { PK, SK } from '../support/api.js';
import type { SuiteContext } from './context.js';
import { allTransactions } from './points.js';

const DAY = 86_400;

/**
 * The test clock partners move over HTTP (`/sandbox/clock`), unlike the suite's own clock
 * (`ctx.clock`, the server's base clock): every test ends with a reset, back to real time.
 */
export function clockTests(ctx: SuiteContext): void {
  describe('sandbox test clock', () => {
    beforeEach(() => ctx.api.reset());
    after(() => ctx.api.reset());

    const advance = async (seconds: number) => {
      const res = await ctx.api.post('/sandbox/clock', SK, { advanceSeconds: seconds });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body as { now: string; offsetSeconds: number };
    };

    it('answers real time until moved, then runs ahead by the offset; reset brings real time back', async () => {
      const first = await ctx.api.get('/sandbox/clock', SK);
      assert.equal(first.status, 200);
      assert.equal(first.body.offsetSeconds, 0);
      assert.match(first.body.now, /\+08:00$/);
      // Wide margins: a slow machine may take seconds between the calls.
      assert.ok(Math.abs(Date.parse(first.body.now) - Date.now()) < 60_000);

      const moved = await advance(3 * DAY);
      assert.equal(moved.offsetSeconds, 3 * DAY);
      const ahead = (Date.parse(moved.now) - Date.now()) / 1000;
      assert.ok(ahead > 3 * DAY - 60 && ahead < 3 * DAY + 60, `${ahead} s ahead`);
      assert.equal((await advance(60)).offsetSeconds, 3 * DAY + 60);

      // An instant: the offset is what it takes to get there.
      const target = new Date(Date.now() + 10 * DAY * 1000);
      const at = await ctx.api.post('/sandbox/clock', SK, { at: target.toISOString() });
      assert.equal(at.status, 200);
      assert.ok(Math.abs(Date.parse(at.body.now) - target.getTime()) < 60_000);
      assert.ok(Math.abs(at.body.offsetSeconds - 10 * DAY) < 60);

      const reset = await ctx.api.post('/sandbox/reset', SK);
      assert.equal(reset.status, 200);
      const back = await ctx.api.get('/sandbox/clock', SK);
      assert.equal(back.body.offsetSeconds, 0);
      assert.ok(Math.abs(Date.parse(back.body.now) - Date.now()) < 60_000);
    });

    it('refuses a move back, both fields or none, and more than ten years ahead, with 422', async () => {
      await advance(DAY);
      const past = await ctx.api.post('/sandbox/clock', SK, {
        at: new Date(Date.now() + 3_600_000).toISOString(),
      });
      assert.equal(past.status, 422);
      assert.equal(past.body.error.code, 'validation_failed');
      assert.equal(past.body.error.details.fields[0].path, 'at');
      assert.equal(past.body.error.details.fields[0].code, 'too_small');

      const cases: [unknown, string][] = [
        [{}, 'advanceSeconds'],
        [{ advanceSeconds: 60, at: new Date(Date.now() + 9 * DAY * 1000).toISOString() }, 'at'],
        [{ advanceSeconds: 0 }, 'advanceSeconds'],
        [{ advanceSeconds: -60 }, 'advanceSeconds'],
        [{ advanceSeconds: 1.5 }, 'advanceSeconds'],
        [{ advanceSeconds: '60' }, 'advanceSeconds'],
        [{ advanceSeconds: 11 * 366 * DAY }, 'advanceSeconds'],
        [{ at: 'tomorrow' }, 'at'],
        [{ at: new Date(Date.now() + 11 * 366 * DAY * 1000).toISOString() }, 'at'],
      ];
      for (const [body, path] of cases) {
        const res = await ctx.api.post('/sandbox/clock', SK, body, { 'Accept-Language': 'en' });
        assert.equal(res.status, 422, JSON.stringify(body));
        assert.equal(res.body.error.code, 'validation_failed');
        assert.equal(res.body.error.details.fields[0].path, path, JSON.stringify(body));
      }
      // Ten years in all, over several moves.
      await advance(5 * 366 * DAY);
      const over = await ctx.api.post('/sandbox/clock', SK, { advanceSeconds: 5 * 366 * DAY });
      assert.equal(over.status, 422);
      assert.equal(over.body.error.details.fields[0].code, 'too_big');
      // Nothing moved by a refusal.
      assert.equal(
        (await ctx.api.get('/sandbox/clock', SK)).body.offsetSeconds,
        DAY + 5 * 366 * DAY,
      );
    });

    it('takes the secret key only: a publishable key or a member session is refused', async () => {
      const token = await ctx.api.session('m_1001');
      for (const auth of [PK, token, undefined]) {
        const read = await ctx.api.get('/sandbox/clock', auth);
        assert.equal(read.status, 401);
        const move = await ctx.api.post('/sandbox/clock', auth, { advanceSeconds: DAY });
        assert.equal(move.status, 401);
        assert.equal(move.body.error.code, 'secret_key_required');
      }
      // From a browser, the secret key itself is refused.
      const browser = await ctx.api.post(
        '/sandbox/clock',
        SK,
        { advanceSeconds: DAY },
        { Origin: 'https://intranet.example' },
      );
      assert.equal(browser.body.error.code, 'secret_key_in_browser');
      assert.equal((await ctx.api.get('/sandbox/clock', SK)).body.offsetSeconds, 0);
    });

    it('makes a course that has started refuse the cancellation of a sign-up (409)', async () => {
      // m_1001 is signed up for crs_08, which starts 20 days after the seeding.
      await advance(21 * DAY);
      const later = await ctx.api.session('m_1001');
      const res = await ctx.api.post('/v1/me/courses/crs_08/cancel', later);
      assert.equal(res.status, 409);
      assert.equal(res.body.error.code, 'sign_up_not_cancellable');
      // Before the move, the same member could cancel (after a reset, real time).
      await ctx.api.reset();
      const now = await ctx.api.post(
        '/v1/me/courses/crs_08/cancel',
        await ctx.api.session('m_1001'),
      );
      assert.equal(now.status, 200);
    });

    it('shows points expiring soon, then books their expiry, at the dates of its lots', async () => {
      const token = await ctx.api.session('m_1001');
      const before = await ctx.api.get('/v1/me/points', token);
      assert.equal(before.body.expiringSoon.points, 800);
      const expiresAt = Date.parse(before.body.expiringSoon.expiresAt);
      const history = await allTransactions(ctx.api, token, 'type=expire');

      // A day before the promotional lot's expiry it is still the member's, expiring soon.
      const clock = await advance(Math.floor((expiresAt - Date.now()) / 1000) - DAY);
      assert.ok(Date.parse(clock.now) < expiresAt);
      const soon = await ctx.api.get('/v1/me/points', await ctx.api.session('m_1001'));
      assert.equal(soon.body.balance, 12_800);
      assert.equal(soon.body.expiringSoon.points, 800);

      await advance(2 * DAY);
      const later = await ctx.api.session('m_1001');
      const after = await ctx.api.get('/v1/me/points', later);
      assert.equal(after.body.balance, 12_000);
      // The newest expire entry is this lot's (the seeded history has older ones).
      const expired = await allTransactions(ctx.api, later, 'type=expire');
      assert.equal(expired[0].points, -800);
      assert.equal(expired.length, history.length + 1);
      // Dated at the lot's expiry, an instant real time has not reached yet.
      assert.equal(Date.parse(expired[0].createdAt), expiresAt);
      assert.ok(expiresAt > Date.now());
      const listed = (await ctx.api.get('/sandbox/members', SK)).body.data.find(
        (m: { id: string }) => m.id === 'm_1001',
      );
      assert.equal(listed.points, 12_000);
    });

    it("closes the quiz's rally once its weeks have passed", async () => {
      // The seeded rally runs from 7 days before the seeding to 21 days after it.
      const open = await ctx.api.get('/v1/quiz/current', PK);
      assert.equal(open.status, 200);
      assert.ok(open.body?.id, JSON.stringify(open.body));
      await advance(22 * DAY);
      const closed = await ctx.api.get('/v1/quiz/current', PK);
      assert.equal(closed.status, 200);
      assert.equal(closed.body, null);
    });

    it('ends a session 15 minutes after it was made, on the test clock', async () => {
      const token = await ctx.api.session('m_1001');
      const session = await ctx.api.post('/v1/sessions', SK, { memberId: 'm_1001' });
      assert.equal((await ctx.api.get('/v1/me/points', token)).status, 200);
      await advance(14 * 60);
      assert.equal((await ctx.api.get('/v1/me/points', token)).status, 200);
      await advance(2 * 60);
      const res = await ctx.api.get('/v1/me/points', token);
      assert.equal(res.status, 401);
      assert.equal(res.body.error.code, 'session_expired');
      // A session made now runs from the test clock's present.
      const fresh = await ctx.api.post('/v1/sessions', SK, { memberId: 'm_1001' });
      const clock = (await ctx.api.get('/sandbox/clock', SK)).body;
      const minutes = (Date.parse(fresh.body.expiresAt) - Date.parse(clock.now)) / 60_000;
      assert.ok(minutes > 14 && minutes <= 15.1, `${minutes} minutes`);
      assert.ok(Date.parse(fresh.body.expiresAt) > Date.parse(session.body.expiresAt));
      assert.equal((await ctx.api.get('/v1/me/points', fresh.body.token)).status, 200);
    });
  });
}
