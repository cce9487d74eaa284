import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, it } from 'node:test';
import { PK } from '../support/api.js';
import type { ApiResponse, Json } from '../support/api.js';
import type { SuiteContext } from './context.js';
import { allTransactions } from './points.js';

export function concurrencyTests(ctx: SuiteContext): void {
  describe('concurrent redemptions', () => {
    beforeEach(() => ctx.api.reset());

    it('50 concurrent orders against a balance for 20: exactly 20 succeed, never negative', async () => {
      await ctx.api.setPoints('m_1002', 2_000);
      const token = await ctx.api.session('m_1002');
      const stockBefore = (await ctx.api.get('/v1/mall/products/prd_0002', PK)).body
        .stock as number;
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          ctx.api.post(
            '/v1/me/orders',
            token,
            { productId: 'prd_0002', quantity: 1 },
            { 'Idempotency-Key': randomUUID() },
          ),
        ),
      );
      const statuses = results.map((r) => r.status);
      assert.equal(statuses.filter((s) => s === 201).length, 20, `statuses: ${statuses.join(',')}`);
      for (const res of results.filter((r) => r.status !== 201)) {
        assert.equal(res.status, 422);
        assert.equal(res.body.error.code, 'insufficient_points');
      }
      const balanceAfters = results
        .filter((r) => r.status === 201)
        .map((r) => r.body.balanceAfter as number);
      assert.deepEqual(
        [...balanceAfters].sort((a, b) => a - b),
        Array.from({ length: 20 }, (_, i) => i * 100),
      );
      assert.equal(await ctx.api.balance(token), 0);
      const ledger = await allTransactions(ctx.api, token);
      assert.equal(
        ledger.reduce((sum, e) => sum + e.points, 0),
        0,
      );
      assert.ok(ledger.every((e) => e.balanceAfter >= 0));
      const stockAfter = (await ctx.api.get('/v1/mall/products/prd_0002', PK)).body.stock as number;
      assert.equal(stockAfter, stockBefore - 20);
    });

    it('lists the points history of concurrent orders in the order their balances follow', async () => {
      // Each entry's balanceAfter is the one before it plus its points, in the order the member
      // reads them: a bank reconciling the ledger by its running balance finds no gap.
      await ctx.api.setPoints('m_1002', 3_000);
      const token = await ctx.api.session('m_1002');
      await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          i % 6 === 5
            ? ctx.api.setPoints('m_1002', 3_000 + i)
            : ctx.api.post('/v1/me/orders', token, { productId: 'prd_0002', quantity: 1 }),
        ),
      );
      const oldestFirst = (await allTransactions(ctx.api, token)).reverse();
      const gaps = oldestFirst.flatMap((entry, i) => {
        const before = i === 0 ? 0 : oldestFirst[i - 1].balanceAfter;
        return entry.balanceAfter === before + entry.points
          ? []
          : [`${entry.type} ${entry.points} after ${before}: ${entry.balanceAfter}`];
      });
      assert.deepEqual(gaps, []);
    });

    it('dates concurrent orders in the order they are listed, as their history entries', async () => {
      // The list is newest first: no order may say it was placed after the one above it, and
      // an order and its history entry name the same moment.
      await ctx.api.setPoints('m_1002', 5_000);
      const token = await ctx.api.session('m_1002');
      const placed = await Promise.all(
        Array.from({ length: 24 }, () =>
          ctx.api.post('/v1/me/orders', token, { productId: 'prd_0002', quantity: 1 }),
        ),
      );
      assert.deepEqual(
        placed.map((r) => r.status),
        placed.map(() => 201),
      );
      const listed: Json[] = [];
      let cursor: string | null = null;
      do {
        const res: ApiResponse = await ctx.api.get(
          `/v1/me/orders?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
          token,
        );
        listed.push(...res.body.data);
        cursor = res.body.nextCursor;
      } while (cursor);
      const newestFirst = listed.map((o) => Date.parse(o.createdAt));
      const outOfOrder = listed.flatMap((o, i) =>
        i > 0 && newestFirst[i]! > newestFirst[i - 1]!
          ? [`${o.id} ${o.createdAt} below ${listed[i - 1].id} ${listed[i - 1].createdAt}`]
          : [],
      );
      assert.deepEqual(outOfOrder, []);
      // The answers give seconds, which show it only across a second's boundary: the same to the
      // millisecond in the database.
      const { rows } = await ctx.sandbox.db.query<{ id: string; at: Date; entry: Date }>(
        `SELECT o.id, o.created_at AS at, l.created_at AS entry
           FROM orders o JOIN points_ledger l ON l.order_id = o.id AND l.type = 'redeem'
          WHERE o.member_id = 'm_1002' ORDER BY o.seq DESC`,
      );
      const late = rows.flatMap((row, i) =>
        (i > 0 && row.at > rows[i - 1]!.at) || row.at.getTime() !== row.entry.getTime()
          ? [`${row.id} ${row.at.toISOString()} (entry ${row.entry.toISOString()})`]
          : [],
      );
      assert.deepEqual(late, []);
      const entries = await allTransactions(ctx.api, token, 'type=redeem');
      const dated = new Map(entries.map((e) => [e.orderId, e.createdAt]));
      for (const r of placed) assert.equal(r.body.createdAt, dated.get(r.body.id));
    });

    it('concurrent orders from several members never push stock below zero', async () => {
      const members = ['m_1001', 'm_1002', 'm_1005'];
      for (const m of members) await ctx.api.setPoints(m, 10_000);
      const tokens = await Promise.all(members.map((m) => ctx.api.session(m)));
      const results = await Promise.all(
        Array.from({ length: 15 }, (_, i) =>
          ctx.api.post('/v1/me/orders', tokens[i % tokens.length]!, {
            productId: 'prd_0004',
            quantity: 1,
          }),
        ),
      );
      assert.equal(results.filter((r) => r.status === 201).length, 5);
      for (const res of results.filter((r) => r.status !== 201))
        assert.equal(res.body.error.code, 'out_of_stock');
      assert.equal((await ctx.api.get('/v1/mall/products/prd_0004', PK)).body.stock, 0);
      let spent = 0;
      for (const token of tokens) spent += 10_000 - (await ctx.api.balance(token));
      assert.equal(spent, 5 * 300);
    });

    it('concurrent cancels of one order refund it once', async () => {
      const token = await ctx.api.session('m_1001');
      const results = await Promise.all(
        Array.from({ length: 6 }, () => ctx.api.post('/v1/me/orders/ord_1001_05/cancel', token)),
      );
      assert.ok(results.every((r) => r.status === 200 && r.body.status === 'cancelled'));
      assert.equal(await ctx.api.balance(token), 13_000);
    });
  });

  describe('concurrent course sign-ups and cancels', () => {
    beforeEach(() => ctx.api.reset());

    it('members signing up and cancelling at once (double taps) keep the seat count exact', async () => {
      const courses = (await ctx.api.get('/v1/courses?limit=100', PK)).body.data as {
        id: string;
        startsAt: string | null;
        seatsLeft: number | null;
      }[];
      const course = courses.find(
        (c) =>
          (!c.startsAt || Date.parse(c.startsAt) > Date.now() + 86_400_000) &&
          (c.seatsLeft === null || c.seatsLeft > 10),
      );
      assert.ok(course, 'a course not started, with seats');
      const count = async () =>
        (await ctx.api.get(`/v1/courses/${course.id}`, PK)).body.signedUpCount as number;
      const initial = await count();
      const tokens = await Promise.all(
        ['m_1001', 'm_1002', 'm_1005'].map((m) => ctx.api.session(m)),
      );
      const signUp = (token: string) =>
        ctx.api.post(
          `/v1/me/courses/${course.id}/sign-up`,
          token,
          {},
          {
            'Idempotency-Key': randomUUID(),
          },
        );
      const cancel = (token: string) => ctx.api.post(`/v1/me/courses/${course.id}/cancel`, token);
      const holds = async (token: string) =>
        ((await ctx.api.get('/v1/me/courses?limit=100', token)).body.data as Json[]).some(
          (x) => (x as { course: { id: string } }).course.id === course.id,
        );
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all(
          tokens.flatMap((token) => [signUp(token), cancel(token), signUp(token), cancel(token)]),
        );
        for (const r of results) assert.ok(r.status < 500, `${r.status} ${JSON.stringify(r.body)}`);
        let held = 0;
        for (const token of tokens) if (await holds(token)) held++;
        assert.equal(await count(), initial + held, `round ${round}: one seat per sign-up held`);
      }
      await Promise.all(tokens.flatMap((token) => [cancel(token), cancel(token)]));
      assert.equal(await count(), initial, 'every seat returned once');
    });
  });
}
