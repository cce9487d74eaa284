import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knownServiceIds } from '@jiagong/contract';
import { SECOND_PUBLISHABLE_KEY, SECOND_SECRET_KEY } from '../../src/index.js';
import { PK, SK } from '../support/api.js';
import type { ApiResponse } from '../support/api.js';
import type { SuiteContext } from './context.js';

function assertAuthError(res: ApiResponse, code: string, neededKind: string): void {
  assert.equal(res.status, 401, JSON.stringify(res.body));
  assert.equal(res.body.error.code, code);
  assert.equal(res.body.error.details.neededKind, neededKind);
}

export function authTests(ctx: SuiteContext): void {
  describe('auth', () => {
    it('says which key kind is needed when none or the wrong one is sent', async () => {
      const token = await ctx.api.session('m_1001');
      assertAuthError(await ctx.api.get('/v1/services'), 'publishable_key_required', 'publishable');
      assertAuthError(
        await ctx.api.get('/v1/services', SK),
        'publishable_key_required',
        'publishable',
      );
      assertAuthError(
        await ctx.api.post('/v1/sessions', PK, { memberId: 'm_1001' }),
        'secret_key_required',
        'secret',
      );
      assertAuthError(
        await ctx.api.post('/v1/sessions', token, { memberId: 'm_1001' }),
        'secret_key_required',
        'secret',
      );
      assertAuthError(
        await ctx.api.post('/v1/card-verifications', PK, { code: '1' }),
        'secret_key_required',
        'secret',
      );
      assertAuthError(await ctx.api.get('/v1/me', PK), 'session_required', 'session');
      assertAuthError(await ctx.api.get('/v1/me', SK), 'session_required', 'session');
      assertAuthError(await ctx.api.get('/v1/me'), 'session_required', 'session');
      assertAuthError(await ctx.api.post('/sandbox/reset', PK), 'secret_key_required', 'secret');
    });

    it('answers unauthorized to unknown or malformed credentials', async () => {
      assertAuthError(
        await ctx.api.get('/v1/services', 'pk_test_nobody'),
        'unauthorized',
        'publishable',
      );
      assertAuthError(await ctx.api.get('/v1/me', 'st_forged'), 'unauthorized', 'session');
      assertAuthError(
        await ctx.api.post('/v1/sessions', 'sk_live_x', { memberId: 'm_1001' }),
        'unauthorized',
        'secret',
      );
      const basic = await ctx.api.call('GET', '/v1/services', {
        headers: { Authorization: 'Basic cGs6' },
      });
      assertAuthError(basic, 'unauthorized', 'publishable');
      assertAuthError(await ctx.api.get('/v1/services', 'hello'), 'unauthorized', 'publishable');
    });

    it('mints 15-minute st_ sessions for known members only', async () => {
      const before = Date.now();
      const res = await ctx.api.post('/v1/sessions', SK, { memberId: 'm_1001' });
      assert.equal(res.status, 201);
      assert.match(res.body.token, /^st_[A-Za-z0-9_-]{43}$/);
      assert.equal(res.body.memberId, 'm_1001');
      assert.match(res.body.expiresAt, /\+08:00$/);
      const ttl = (Date.parse(res.body.expiresAt) - before) / 1000;
      assert.ok(ttl > 850 && ttl <= 901, `ttl ${ttl}`);
      const unknown = await ctx.api.post('/v1/sessions', SK, { memberId: 'm_9999' });
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'not_found');
    });

    it('expires sessions after 15 minutes with session_expired', async () => {
      const token = await ctx.api.session('m_1001');
      assert.equal((await ctx.api.get('/v1/me', token)).status, 200);
      try {
        ctx.clock.advance(14 * 60);
        assert.equal((await ctx.api.get('/v1/me', token)).status, 200);
        ctx.clock.advance(61);
        assertAuthError(await ctx.api.get('/v1/me', token), 'session_expired', 'session');
        // A session also stands in for the publishable key, and expires there too.
        assertAuthError(await ctx.api.get('/v1/services', token), 'session_expired', 'publishable');
      } finally {
        ctx.clock.reset();
      }
    });

    it('challenges every 401 with WWW-Authenticate, as a Java HttpClient with an Authenticator needs', async () => {
      // java.net.http.HttpClient built with an Authenticator (a bank's back end giving its proxy
      // credentials) throws IOException "WWW-Authenticate header missing for response code 401"
      // instead of returning a 401 without it: session_expired could not even be read.
      const token = await ctx.api.session('m_1001');
      const challenges: Array<[ApiResponse, string]> = [
        [await ctx.api.get('/v1/me'), 'Bearer realm="jiagong"'],
        [await ctx.api.get('/v1/services'), 'Bearer realm="jiagong"'],
        [await ctx.api.get('/v1/me', PK), 'Bearer realm="jiagong", error="invalid_token"'],
        [await ctx.api.get('/v1/me', 'st_forged'), 'Bearer realm="jiagong", error="invalid_token"'],
        [
          await ctx.api.post('/v1/sessions', 'sk_live_x', { memberId: 'm_1001' }),
          'Bearer realm="jiagong", error="invalid_token"',
        ],
      ];
      const head = await fetch(`${ctx.api.url}/v1/me`, {
        method: 'HEAD',
        headers: { Authorization: 'Basic cGs6' },
      });
      challenges.push([
        { status: head.status, headers: head.headers, body: null },
        'Bearer realm="jiagong", error="invalid_token"',
      ]);
      try {
        ctx.clock.advance(16 * 60);
        challenges.push([
          await ctx.api.get('/v1/me', token),
          'Bearer realm="jiagong", error="invalid_token"',
        ]);
      } finally {
        ctx.clock.reset();
      }
      for (const [res, challenge] of challenges) {
        assert.equal(res.status, 401);
        assert.equal(res.headers.get('www-authenticate'), challenge);
      }
      // Only a 401 challenges.
      const denied = await ctx.api.post(
        '/v1/sessions',
        SK,
        { memberId: 'm_1001' },
        {
          Origin: 'https://bank.example',
        },
      );
      assert.equal(denied.status, 403);
      assert.equal(denied.headers.get('www-authenticate'), null);
      assert.equal((await ctx.api.get('/v1/me', token)).headers.get('www-authenticate'), null);
    });

    it('deletes sessions ended over a day ago as new ones are made, and keeps the rest', async () => {
      // Thousands of sessions a day from a partner's test runs must not pile up for months.
      const count = async (sql: string, params: unknown[] = []) =>
        (
          await ctx.sandbox.db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM sessions ${sql}`,
            params,
          )
        ).rows[0]!.n;
      try {
        await ctx.api.reset();
        const old = [];
        for (let i = 0; i < 3; i++) old.push(await ctx.api.session('m_1001'));
        ctx.clock.advance(15 * 60 + 60);
        // Ended a minute ago: kept, and still told apart from a wrong token.
        const recent = await ctx.api.session('m_1002');
        assert.equal(await count(''), 4);
        assertAuthError(await ctx.api.get('/v1/me', old[0]!), 'session_expired', 'session');
        ctx.clock.advance(24 * 3600 - 120);
        await ctx.api.session('m_1005');
        assert.equal(await count(''), 5, 'a session ended 23 h 59 min ago is kept');
        assertAuthError(await ctx.api.get('/v1/me', old[1]!), 'session_expired', 'session');
        ctx.clock.advance(180);
        const live = await ctx.api.session('m_1002');
        assert.equal(await count(''), 3, 'the three sessions ended over a day ago are gone');
        assert.equal(await count('WHERE member_id = $1', ['m_1001']), 0);
        assertAuthError(await ctx.api.get('/v1/me', old[2]!), 'unauthorized', 'session');
        assertAuthError(await ctx.api.get('/v1/me', recent), 'session_expired', 'session');
        assert.equal((await ctx.api.get('/v1/me', live)).status, 200);
        const { rows } = await ctx.sandbox.db.query<{ indexdef: string }>(
          `SELECT indexdef FROM pg_indexes WHERE tablename = 'sessions'`,
        );
        assert.ok(
          rows.some((row) => /\(expires_at\)/.test(row.indexdef)),
          JSON.stringify(rows),
        );
      } finally {
        ctx.clock.reset();
      }
    });

    it('accepts a member session on publishable endpoints', async () => {
      const token = await ctx.api.session('m_1001');
      const res = await ctx.api.get('/v1/mall/categories', token);
      assert.equal(res.status, 200);
    });

    it("filters services by the partner's enabled modules, but /v1/me rejects no module", async () => {
      const bank = await ctx.api.get('/v1/services', PK);
      assert.deepEqual(
        bank.body.data.map((s: { id: string }) => s.id),
        [...knownServiceIds],
      );
      const employer = await ctx.api.get('/v1/services', SECOND_PUBLISHABLE_KEY);
      const ids = employer.body.data.map((s: { id: string }) => s.id);
      assert.ok(ids.length > 0 && ids.length < knownServiceIds.length);
      assert.ok(!ids.includes('mall'));

      const token = await ctx.api.session('m_1001', SECOND_SECRET_KEY);
      const me = await ctx.api.get('/v1/me', token);
      assert.deepEqual(me.body.enabledModules, ids);
      const viaSession = await ctx.api.get('/v1/services', token);
      assert.deepEqual(
        viaSession.body.data.map((s: { id: string }) => s.id),
        ids,
      );
      // The mall module is off for this partner, yet the member's points still answer.
      assert.equal((await ctx.api.get('/v1/me/points', token)).status, 200);
    });

    it('refuses a secret key sent from a browser, valid or not, with secret_key_in_browser', async () => {
      const browsers: Record<string, string>[] = [
        { Origin: 'https://bank.example' },
        { Origin: 'null', 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Site': 'cross-site' },
      ];
      for (const headers of browsers) {
        for (const key of [SK, 'sk_test_leaked']) {
          const res = await ctx.api.post('/v1/sessions', key, { memberId: 'm_1002' }, headers);
          assert.equal(res.status, 403, JSON.stringify(res.body));
          assert.equal(res.body.error.code, 'secret_key_in_browser');
        }
        const reset = await ctx.api.call('GET', '/sandbox/members', { auth: SK, headers });
        assert.equal(reset.body.error.code, 'secret_key_in_browser');
        // The publishable key and a member session belong in a page.
        assert.equal((await ctx.api.get('/v1/services', PK, headers)).status, 200);
        const token = await ctx.api.session('m_1002');
        assert.equal((await ctx.api.get('/v1/me', token, headers)).status, 200);
      }
      // A back end sends no Origin (Node's fetch sends Sec-Fetch-Mode: cors, and is no browser).
      const backEnd = await ctx.api.post(
        '/v1/sessions',
        SK,
        { memberId: 'm_1002' },
        { 'Sec-Fetch-Mode': 'cors' },
      );
      assert.equal(backEnd.status, 201);
    });
  });
}
