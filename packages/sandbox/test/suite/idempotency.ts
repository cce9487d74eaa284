import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, it } from 'node:test';
import { IDEMPOTENCY_KEY_TTL_SECONDS, SANDBOX_SECRET_KEY } from '@jiagong/contract';
import type { SuiteContext } from './context.js';
import { requestHash } from '../../src/http/idempotency.js';
import { loanInput } from './loans.js';

export function idempotencyTests(ctx: SuiteContext): void {
  describe('Idempotency-Key', () => {
    beforeEach(() => ctx.api.reset());

    const order = (
      token: string,
      key: string | undefined,
      body: object = { productId: 'prd_0002', quantity: 1 },
    ) =>
      ctx.api.post(
        '/v1/me/orders',
        token,
        body,
        key === undefined ? {} : { 'Idempotency-Key': key },
      );

    it('replays the same order for the same key and body, charging once', async () => {
      const token = await ctx.api.session('m_1001');
      const key = randomUUID();
      const first = await order(token, key);
      assert.equal(first.status, 201);
      assert.equal(first.headers.get('idempotent-replayed'), null);
      const second = await order(token, key);
      assert.equal(second.status, 201);
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(second.body, first.body);
      assert.notEqual(second.headers.get('x-request-id'), first.headers.get('x-request-id'));
      assert.equal(await ctx.api.balance(token), 12_700);
      // A new session of the same member is the same member: still a replay.
      const other = await order(await ctx.api.session('m_1001'), key);
      assert.equal(other.body.id, first.body.id);
      assert.equal(await ctx.api.balance(token), 12_700);
    });

    it('replays the first answer byte for byte', async () => {
      const token = await ctx.api.session('m_1001');
      const key = randomUUID();
      const send = () =>
        fetch(`${ctx.api.url}/v1/me/orders`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': key,
          },
          body: JSON.stringify({ productId: 'prd_0002', quantity: 1 }),
        });
      const first = await send();
      const second = await send();
      assert.equal(second.headers.get('idempotent-replayed'), 'true');
      assert.equal(second.status, first.status);
      assert.equal(await second.text(), await first.text());
    });

    it('treats the same JSON with keys in another order as the same request', async () => {
      const token = await ctx.api.session('m_1001');
      const key = randomUUID();
      const first = await ctx.api.call('POST', '/v1/me/orders', {
        auth: token,
        raw: '{"productId":"prd_0002","quantity":1}',
        headers: { 'Idempotency-Key': key },
      });
      const second = await ctx.api.call('POST', '/v1/me/orders', {
        auth: token,
        raw: '{ "quantity": 1, "productId": "prd_0002" }',
        headers: { 'Idempotency-Key': key },
      });
      assert.equal(second.body.id, first.body.id);
    });

    it('refuses the same key with another body (422 idempotency_key_reused)', async () => {
      const token = await ctx.api.session('m_1001');
      const key = randomUUID();
      assert.equal((await order(token, key)).status, 201);
      const reused = await order(token, key, { productId: 'prd_0002', quantity: 2 });
      assert.equal(reused.status, 422);
      assert.equal(reused.body.error.code, 'idempotency_key_reused');
      assert.equal(await ctx.api.balance(token), 12_700);
    });

    it('scopes keys per member and per endpoint', async () => {
      const key = randomUUID();
      const a = await order(await ctx.api.session('m_1001'), key);
      const b = await order(await ctx.api.session('m_1002'), key);
      assert.equal(a.status, 201);
      assert.equal(b.status, 201);
      assert.notEqual(a.body.id, b.body.id);
      const loan = await ctx.api.post(
        '/v1/me/loan-applications',
        await ctx.api.session('m_1002'),
        loanInput(),
        {
          'Idempotency-Key': key,
        },
      );
      assert.equal(loan.status, 201, JSON.stringify(loan.body));
    });

    it('replays a business error too, until a new key is used', async () => {
      const token = await ctx.api.session('m_1002');
      const key = randomUUID();
      const body = {
        productId: 'prd_0006',
        quantity: 1,
        delivery: {
          recipient: '陆小溪',
          mobile: '19900001002',
          address: '嘉兴市秀洲区新城街道 1 号',
        },
      };
      const first = await order(token, key, body);
      assert.equal(first.body.error.code, 'insufficient_points');
      await ctx.api.setPoints('m_1002', 5_000);
      const replay = await order(token, key, body);
      assert.equal(replay.status, 422);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.equal(replay.body.error.code, 'insufficient_points');
      assert.notEqual(replay.body.error.requestId, first.body.error.requestId);
      const fresh = await order(token, randomUUID(), body);
      assert.equal(fresh.status, 201);
    });

    it('replays an error in the language of its first answer, message and fields alike', async () => {
      // The same response again (as a replayed success is): not its message re-localised over
      // field messages kept from the first, half Chinese, half English.
      const token = await ctx.api.session('m_1001');
      const key = randomUUID();
      const body = { productId: 'prd_9999', quantity: 1 };
      const first = await order(token, key, body);
      assert.equal(first.status, 404);
      assert.equal(first.body.error.details.fields[0].path, 'productId');
      const replay = await ctx.api.post('/v1/me/orders', token, body, {
        'Idempotency-Key': key,
        'Accept-Language': 'en',
      });
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      const { requestId: _first, ...firstError } = first.body.error;
      const { requestId: _replay, ...replayError } = replay.body.error;
      assert.deepEqual(replayError, firstError);
    });

    it('answers concurrent twins with one order', async () => {
      const token = await ctx.api.session('m_1001');
      const key = randomUUID();
      const results = await Promise.all(Array.from({ length: 8 }, () => order(token, key)));
      for (const res of results)
        assert.ok(res.status === 201 || res.status === 409, `${res.status}`);
      const created = results.filter((r) => r.status === 201);
      assert.ok(created.length >= 1);
      assert.equal(new Set(created.map((r) => r.body.id)).size, 1);
      assert.equal(
        results.filter((r) => r.status === 201 && !r.headers.get('idempotent-replayed')).length,
        1,
      );
      for (const r of results.filter((x) => x.status === 409))
        assert.equal(r.body.error.code, 'idempotency_key_in_use');
      assert.equal(await ctx.api.balance(token), 12_700);
    });

    it('asks, with Retry-After, to send again a request whose first is still running', async () => {
      const token = await ctx.api.session('m_1001');
      const key = randomUUID();
      const body = { productId: 'prd_0002', quantity: 1 };
      // What the first request with the key leaves while it runs: its claim, no outcome yet.
      await ctx.sandbox.db.query(
        `INSERT INTO idempotency_keys
           (member_id, endpoint, key, request_hash, state, created_at, claimed_at)
         VALUES ($1, 'me.orders.create', $2, $3, 'in_flight', $4, $4)`,
        ['p_jiaxing_bank/m_1001', key, requestHash({ params: {}, body }), ctx.clock.now()],
      );
      try {
        // The twin waits up to 10 s (on the sandbox's clock) for the first: move the clock on
        // until it gives up, rather than wait.
        let answered = false;
        const twin = order(token, key, body).finally(() => (answered = true));
        for (let i = 0; i < 200 && !answered; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          ctx.clock.advance(11);
        }
        const res = await twin;
        assert.equal(res.status, 409);
        assert.equal(res.body.error.code, 'idempotency_key_in_use');
        assert.equal(res.headers.get('retry-after'), '1');
        assert.equal(res.body.error.details?.retryAfterSeconds, 1);
      } finally {
        ctx.clock.reset();
      }
      assert.equal(await ctx.api.balance(token), 12_800);
    });

    for (const [advanceSeconds, by] of [
      [120, 'two minutes'],
      [IDEMPOTENCY_KEY_TTL_SECONDS + 3600, 'past the key window'],
    ] as const) {
      it(`does not place again an order still running when the sandbox's clock was moved on ${by}`, async () => {
        // Tests run in parallel against one sandbox: one moves the clock (POST /sandbox/clock) to
        // try points expiring while another's order is running, and that order's retry comes.
        const key = randomUUID();
        const body = { productId: 'prd_0002', quantity: 1 };
        // The running order's claim, made now; its retry arrives after the clock was moved. (On
        // PostgreSQL a real order held in flight: postgres.test.ts.)
        await ctx.sandbox.db.query(
          `INSERT INTO idempotency_keys
             (member_id, endpoint, key, request_hash, state, created_at, owner, claimed_at)
           VALUES ($1, 'me.orders.create', $2, $3, 'in_flight', $4, $5, $4)`,
          [
            'p_jiaxing_bank/m_1001',
            key,
            requestHash({ params: {}, body }),
            ctx.clock.now(),
            ctx.sandbox.db.instanceId,
          ],
        );
        const moved = await ctx.api.post('/sandbox/clock', SANDBOX_SECRET_KEY, { advanceSeconds });
        assert.equal(moved.status, 200);
        // (A session made before a move of a day has expired: the app has made a new one.)
        const token = await ctx.api.session('m_1001');
        // Another order meanwhile (a new request sweeps the records past the window).
        assert.equal((await order(token, randomUUID(), body)).status, 201);
        try {
          let answered = false;
          const twin = order(token, key, body).finally(() => (answered = true));
          // The twin waits up to 10 s of real time for the first: run that time on.
          for (let i = 0; i < 200 && !answered; i++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            ctx.clock.advance(11);
          }
          const res = await twin;
          // (A claim is stale after a minute of real time, which the clock's move is not.)
          assert.equal(res.status, 409, JSON.stringify(res.body));
          assert.equal(res.body.error.code, 'idempotency_key_in_use');
          assert.equal(await ctx.api.balance(token), 12_700);
        } finally {
          ctx.clock.reset();
          // Real time again for the tests after it.
          await ctx.api.reset();
        }
      });
    }

    describe(`after ${IDEMPOTENCY_KEY_TTL_SECONDS / 3600} h`, () => {
      beforeEach(() => ctx.clock.reset());
      // The rest of the suite runs on the real time: a clock left a day ahead expires its sessions.
      const later = async (seconds: number) => {
        ctx.clock.advance(seconds);
        // The first session has expired meanwhile; a new one is the same member.
        return ctx.api.session('m_1001');
      };
      const send = (token: string, key: string, body: object) =>
        fetch(`${ctx.api.url}/v1/me/orders`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': key,
          },
          body: JSON.stringify(body),
        });
      const one = { productId: 'prd_0002', quantity: 1 };

      it('still replays, byte for byte, a second before the window ends', async () => {
        try {
          const key = randomUUID();
          const first = await send(await ctx.api.session('m_1001'), key, one);
          assert.equal(first.status, 201);
          const token = await later(IDEMPOTENCY_KEY_TTL_SECONDS - 1);
          const replay = await send(token, key, one);
          assert.equal(replay.headers.get('idempotent-replayed'), 'true');
          assert.equal(await replay.text(), await first.text());
          assert.equal(await ctx.api.balance(token), 12_700);
        } finally {
          ctx.clock.reset();
        }
      });

      it('takes the same key as a new request once the window has passed', async () => {
        try {
          const key = randomUUID();
          const first = await send(await ctx.api.session('m_1001'), key, one);
          assert.equal(first.status, 201);
          const firstId = ((await first.json()) as { id: string }).id;
          let token = await later(IDEMPOTENCY_KEY_TTL_SECONDS + 1);
          const again = await send(token, key, one);
          assert.equal(again.status, 201);
          assert.equal(again.headers.get('idempotent-replayed'), null);
          const againId = ((await again.json()) as { id: string }).id;
          assert.notEqual(againId, firstId);
          assert.equal(await ctx.api.balance(token), 12_600);
          // And that new request is the one replayed from now on.
          const replay = await send(token, key, one);
          assert.equal(replay.headers.get('idempotent-replayed'), 'true');
          assert.equal(((await replay.json()) as { id: string }).id, againId);
          // Another body with an expired key is a new request too, not 422 idempotency_key_reused.
          token = await later(IDEMPOTENCY_KEY_TTL_SECONDS + 1);
          const other = await send(token, key, { productId: 'prd_0002', quantity: 2 });
          assert.equal(other.status, 201);
          assert.equal(await ctx.api.balance(token), 12_400);
        } finally {
          ctx.clock.reset();
        }
      });

      it('answers concurrent twins of an expired key with one new order', async () => {
        try {
          const key = randomUUID();
          assert.equal((await send(await ctx.api.session('m_1001'), key, one)).status, 201);
          const token = await later(IDEMPOTENCY_KEY_TTL_SECONDS + 1);
          const results = await Promise.all(
            Array.from({ length: 8 }, async () => {
              const res = await send(token, key, one);
              return { res, body: (await res.json()) as { id?: string } };
            }),
          );
          const fresh = results.filter(
            ({ res }) => res.status === 201 && !res.headers.get('idempotent-replayed'),
          );
          assert.equal(fresh.length, 1);
          for (const { res, body } of results) {
            assert.ok(res.status === 201 || res.status === 409, `${res.status}`);
            if (res.status === 201) assert.equal(body.id, fresh[0]!.body.id);
          }
          assert.equal(await ctx.api.balance(token), 12_600);
        } finally {
          ctx.clock.reset();
        }
      });

      it('deletes expired records as new requests come, not only when their key returns', async () => {
        try {
          const keys = [randomUUID(), randomUUID()];
          for (const key of keys) await send(await ctx.api.session('m_1001'), key, one);
          const stored = async () =>
            (
              await ctx.sandbox.db.query<{ n: number }>(
                'SELECT count(*)::int AS n FROM idempotency_keys WHERE key = ANY($1)',
                [keys],
              )
            ).rows[0]!.n;
          assert.equal(await stored(), 2);
          const token = await later(IDEMPOTENCY_KEY_TTL_SECONDS + 1);
          assert.equal((await send(token, randomUUID(), one)).status, 201);
          assert.equal(await stored(), 0);
        } finally {
          ctx.clock.reset();
        }
      });

      it('finds expired records through an index on their creation time', async () => {
        const { rows } = await ctx.sandbox.db.query<{ indexdef: string }>(
          `SELECT indexdef FROM pg_indexes WHERE tablename = 'idempotency_keys'`,
        );
        assert.ok(
          rows.some((row) => /\(created_at\)/.test(row.indexdef)),
          JSON.stringify(rows),
        );
      });
    });

    it('without a key, every request is a new order', async () => {
      const token = await ctx.api.session('m_1001');
      const a = await order(token, undefined);
      const b = await order(token, undefined);
      assert.notEqual(a.body.id, b.body.id);
      assert.equal(await ctx.api.balance(token), 12_600);
    });

    it('rejects an unusable key with 400', async () => {
      const token = await ctx.api.session('m_1001');
      const res = await order(token, 'k'.repeat(300));
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, 'invalid_request');
    });

    it('replays loan applications', async () => {
      const token = await ctx.api.session('m_1002');
      const key = randomUUID();
      const first = await ctx.api.post('/v1/me/loan-applications', token, loanInput(), {
        'Idempotency-Key': key,
      });
      const second = await ctx.api.post('/v1/me/loan-applications', token, loanInput(), {
        'Idempotency-Key': key,
      });
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(second.body.id, first.body.id);
      assert.equal((await ctx.api.get('/v1/me/loan-applications', token)).body.data.length, 1);
    });
  });
}
