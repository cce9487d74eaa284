import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Api, Json } from '../support/api.js';
import type { SuiteContext } from './context.js';

export async function allTransactions(api: Api, token: string, query = ''): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', '7');
    if (cursor) params.set('cursor', cursor);
    const res = await api.get(`/v1/me/points/transactions?${params}`, token);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    items.push(...res.body.data);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

export function pointsTests(ctx: SuiteContext): void {
  describe('points', () => {
    beforeEach(() => ctx.api.reset());

    it("answers m_1001's balance with points expiring within 30 days", async () => {
      const token = await ctx.api.session('m_1001');
      const res = await ctx.api.get('/v1/me/points', token);
      assert.equal(res.status, 200);
      assert.equal(res.body.balance, 12_800);
      assert.equal(res.body.expiringSoon.points, 800);
      const days = (Date.parse(res.body.expiringSoon.expiresAt) - Date.now()) / 86_400_000;
      assert.ok(days > 0 && days <= 30, `${days} days`);
    });

    it('keeps a ledger that sums to the balance, newest first, with every entry type', async () => {
      const token = await ctx.api.session('m_1001');
      const entries = await allTransactions(ctx.api, token);
      assert.equal(
        entries.reduce((sum, e) => sum + e.points, 0),
        12_800,
      );
      assert.equal(entries[0].balanceAfter, 12_800);
      assert.deepEqual(
        new Set(entries.map((e) => e.type)),
        new Set(['earn', 'redeem', 'refund', 'expire']),
      );
      for (let i = 1; i < entries.length; i++)
        assert.ok(entries[i - 1].createdAt >= entries[i].createdAt);
      // Reading back in time, each balanceAfter is the previous one minus that entry.
      for (let i = 0; i + 1 < entries.length; i++) {
        assert.equal(entries[i].balanceAfter - entries[i].points, entries[i + 1].balanceAfter);
      }
      const redeems = await allTransactions(ctx.api, token, 'type=redeem');
      assert.ok(
        redeems.length >= 4 &&
          redeems.every((e) => e.type === 'redeem' && e.points < 0 && e.orderId),
      );
      const earn = entries.find((e) => e.type === 'earn');
      assert.match(earn.expiresAt, /\+08:00$/);
    });

    it('shows empty states for m_1005', async () => {
      const token = await ctx.api.session('m_1005');
      const res = await ctx.api.get('/v1/me/points', token);
      assert.equal(res.body.balance, 0);
      assert.equal(res.body.expiringSoon, null);
      const list = await ctx.api.get('/v1/me/points/transactions', token);
      assert.deepEqual(list.body, { data: [], nextCursor: null });
      const orders = await ctx.api.get('/v1/me/orders', token);
      assert.deepEqual(orders.body, { data: [], nextCursor: null });
      const loans = await ctx.api.get('/v1/me/loan-applications', token);
      assert.deepEqual(loans.body, { data: [], nextCursor: null });
    });

    it('books expiry when a lot passes its expiry date', async () => {
      try {
        ctx.clock.advance(21 * 86_400);
        const token = await ctx.api.session('m_1001');
        const res = await ctx.api.get('/v1/me/points', token);
        assert.equal(res.body.balance, 12_000);
        const entries = await allTransactions(ctx.api, token, 'type=expire');
        assert.ok(entries.some((e) => e.points === -800));
        // Booked once, however often it is read.
        await ctx.api.get('/v1/me/points', token);
        assert.equal((await allTransactions(ctx.api, token, 'type=expire')).length, entries.length);
      } finally {
        ctx.clock.reset();
      }
    });

    it('validates the transaction type filter', async () => {
      const token = await ctx.api.session('m_1001');
      const res = await ctx.api.get('/v1/me/points/transactions?type=gift', token);
      assert.equal(res.status, 422);
      assert.equal(res.body.error.details.fields[0].path, 'type');
    });
  });
}
