import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { PK, delivery } from '../support/api.js';
import type { SuiteContext } from './context.js';
import { allTransactions } from './points.js';

export function orderTests(ctx: SuiteContext): void {
  describe('orders', () => {
    beforeEach(() => ctx.api.reset());

    const stockOf = async (id: string) =>
      (await ctx.api.get(`/v1/mall/products/${id}`, PK)).body.stock as number;

    it('says a cursor whose row a reset took is to be started again, not edited', async () => {
      // A partner's test paged its member's orders, the next test reset the sandbox, and the
      // cursor (on an order placed before the reset) answered "pass the previous page's
      // nextCursor unchanged": it had been, so the developer went looking for a bug of theirs.
      let token = await ctx.api.session('m_1002');
      for (let i = 0; i < 2; i++) {
        const order = await ctx.api.post('/v1/me/orders', token, {
          productId: 'prd_0002',
          quantity: 1,
        });
        assert.equal(order.status, 201, JSON.stringify(order.body));
      }
      const first = await ctx.api.get('/v1/me/orders?limit=1', token);
      const cursor = first.body.nextCursor as string;
      assert.ok(cursor);
      await ctx.api.reset();
      token = await ctx.api.session('m_1002');
      const en = await ctx.api.get(`/v1/me/orders?limit=1&cursor=${cursor}`, token, {
        'Accept-Language': 'en',
      });
      assert.equal(en.status, 422);
      assert.deepEqual(en.body.error.details.fields, [
        {
          path: 'cursor',
          code: 'invalid_cursor',
          message:
            'The row this cursor goes on from is not in this list (an earlier POST /sandbox/reset removed it, say): list again from the first page',
        },
      ]);
      const zh = await ctx.api.get(`/v1/me/orders?limit=1&cursor=${cursor}`, token);
      assert.match(zh.body.error.details.fields[0].message, /第一页/);
      // Another member's row answers the same: the message tells no one whose it is.
      const other = await ctx.api.get(
        `/v1/me/orders?limit=1&cursor=${cursor}`,
        await ctx.api.session('m_1001'),
      );
      assert.equal(other.body.error.details.fields[0].code, 'invalid_cursor');
    });

    it("lists m_1001's seeded orders newest first, filterable and paged", async () => {
      const token = await ctx.api.session('m_1001');
      const res = await ctx.api.get('/v1/me/orders', token);
      assert.equal(res.status, 200);
      const ids = res.body.data.map((o: { id: string }) => o.id);
      assert.deepEqual(ids, [
        'ord_1001_05',
        'ord_1001_04',
        'ord_1001_03',
        'ord_1001_02',
        'ord_1001_01',
      ]);
      assert.deepEqual(
        res.body.data.map((o: { status: string }) => o.status),
        ['confirmed', 'cancelled', 'shipped', 'completed', 'completed'],
      );
      assert.deepEqual(
        res.body.data.map((o: { cancellable: boolean }) => o.cancellable),
        [true, false, false, false, false],
      );
      const page1 = await ctx.api.get('/v1/me/orders?limit=2', token);
      assert.equal(page1.body.data.length, 2);
      const page2 = await ctx.api.get(
        `/v1/me/orders?limit=2&cursor=${page1.body.nextCursor}`,
        token,
      );
      assert.deepEqual(
        page2.body.data.map((o: { id: string }) => o.id),
        ['ord_1001_03', 'ord_1001_02'],
      );
      const shipped = await ctx.api.get('/v1/me/orders?status=shipped', token);
      assert.deepEqual(
        shipped.body.data.map((o: { id: string }) => o.id),
        ['ord_1001_03'],
      );
      const one = await ctx.api.get('/v1/me/orders/ord_1001_03', token);
      assert.equal(one.body.delivery.recipientMasked, '沈**');
      assert.equal(one.body.delivery.mobileMasked, '199****1001');
    });

    it('redeems a virtual product: points, stock and ledger move together', async () => {
      const token = await ctx.api.session('m_1002');
      const stock = await stockOf('prd_0002');
      const res = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0002',
        quantity: 1,
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      assert.match(res.body.id, /^ord_/);
      assert.equal(res.body.status, 'confirmed');
      assert.equal(res.body.pointsTotal, 100);
      assert.equal(res.body.balanceAfter, 100);
      assert.equal(res.body.cancellable, true);
      assert.equal(res.body.delivery, null);
      assert.match(res.body.redemptionCode, /^\d{12}$/);
      assert.equal(await ctx.api.balance(token), 100);
      assert.equal(await stockOf('prd_0002'), stock - 1);
      const ledger = await allTransactions(ctx.api, token);
      assert.equal(ledger[0].type, 'redeem');
      assert.equal(ledger[0].points, -100);
      assert.equal(ledger[0].orderId, res.body.id);
      const fetched = await ctx.api.get(`/v1/me/orders/${res.body.id}`, token);
      assert.deepEqual(fetched.body, res.body);
    });

    it('requires and validates delivery details for delivery products', async () => {
      const token = await ctx.api.session('m_1001');
      const missing = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 1,
      });
      assert.equal(missing.status, 422);
      assert.equal(missing.body.error.details.fields[0].path, 'delivery');
      const badMobile = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 1,
        delivery: { ...delivery, mobile: '12800138000' },
      });
      assert.equal(badMobile.status, 422);
      assert.equal(badMobile.body.error.details.fields[0].path, 'delivery.mobile');
      assert.equal(await ctx.api.balance(token), 12_800);
      const ok = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 1,
        delivery,
      });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      assert.deepEqual(ok.body.delivery, {
        recipientMasked: '沈**',
        mobileMasked: '199****1001',
        address: delivery.address,
      });
      assert.equal(ok.body.redemptionCode, null);
    });

    it('accepts a mobile number as copied from a phone, as the delivery form does', async () => {
      const token = await ctx.api.session('m_1001');
      const ok = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 1,
        // iOS Contacts wraps a copied number in bidi marks; a label came along from a chat.
        delivery: {
          ...delivery,
          recipient: '\u200b沈嘉禾',
          mobile: '手机：\u202a199 0000 1001\u202c',
        },
      });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      assert.equal(ok.body.delivery.mobileMasked, '199****1001');
      assert.equal(ok.body.delivery.recipientMasked, '沈**');
    });

    it('refuses a delivery whose recipient or address is only spaces, placing nothing', async () => {
      // A partner's back end passes the form on unchanged; the address is kept trimmed, so six
      // spaces (or an input method's ideographic ones, or a zero-width space) were an empty one.
      const token = await ctx.api.session('m_1001');
      const stock = await stockOf('prd_0001');
      const res = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 1,
        delivery: { ...delivery, recipient: '  \u200b', address: '\u3000\u3000 \u3000\u3000 ' },
      });
      assert.equal(res.status, 422, JSON.stringify(res.body));
      assert.deepEqual(
        res.body.error.details.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
        [
          ['delivery.recipient', 'too_small'],
          ['delivery.address', 'too_small'],
        ],
      );
      const short = await ctx.api.post(
        '/v1/me/orders',
        token,
        { productId: 'prd_0001', quantity: 1, delivery: { ...delivery, address: '  南湖区   ' } },
        { 'Accept-Language': 'en' },
      );
      assert.equal(short.status, 422, JSON.stringify(short.body));
      assert.deepEqual(short.body.error.details.fields, [
        {
          path: 'delivery.address',
          code: 'too_small',
          message: 'Must be at least 5 characters, not counting spaces around it',
        },
      ]);
      assert.equal(await ctx.api.balance(token), 12_800);
      assert.equal(await stockOf('prd_0001'), stock);
      const orders = await ctx.api.get('/v1/me/orders', token);
      assert.ok(
        orders.body.data.every(
          (o: { delivery: unknown }) =>
            o.delivery === null || (o.delivery as { address: string }).address !== '',
        ),
      );
    });

    it('refuses what the balance does not cover, with nothing changed', async () => {
      const token = await ctx.api.session('m_1002');
      const stock = await stockOf('prd_0006');
      const res = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0006',
        quantity: 1,
        delivery,
      });
      assert.equal(res.status, 422);
      assert.equal(res.body.error.code, 'insufficient_points');
      assert.equal(await ctx.api.balance(token), 200);
      assert.equal(await stockOf('prd_0006'), stock);
      assert.equal((await ctx.api.get('/v1/me/orders', token)).body.data.length, 0);
    });

    it('refuses out-of-stock products and quantities above stock', async () => {
      const token = await ctx.api.session('m_1001');
      const none = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0003',
        quantity: 1,
        delivery,
      });
      assert.equal(none.body.error.code, 'out_of_stock');
      const tooMany = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0004',
        quantity: 6,
      });
      assert.equal(tooMany.body.error.code, 'out_of_stock');
      const enough = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0004',
        quantity: 5,
      });
      assert.equal(enough.status, 201);
      assert.equal(await stockOf('prd_0004'), 0);
    });

    it('says what is still possible when a screen out of date asks too much', async () => {
      // The mall open on two phones: one redeems, the other still shows the figures of before.
      const token = await ctx.api.session('m_1001');
      const first = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 1,
        delivery,
      });
      assert.equal(first.status, 201);
      const issue = (res: { body: { error: { details?: { fields?: unknown[] } } } }) =>
        res.body.error.details?.fields;

      const limit = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 2,
        delivery,
      });
      assert.equal(limit.body.error.code, 'limit_exceeded');
      assert.deepEqual(issue(limit), [
        {
          path: 'quantity',
          code: 'limit_exceeded',
          message: '每人限兑 2 件，您已兑换 1 件，最多还能兑换 1 件',
        },
      ]);
      await ctx.api.post('/v1/me/orders', token, { productId: 'prd_0001', quantity: 1, delivery });
      const none = await ctx.api.post(
        '/v1/me/orders',
        token,
        { productId: 'prd_0001', quantity: 1, delivery },
        { 'Accept-Language': 'en' },
      );
      assert.deepEqual(issue(none), [
        {
          path: 'quantity',
          code: 'limit_exceeded',
          message: '2 per member: you have 2, so no more',
        },
      ]);

      const stock = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0004',
        quantity: 6,
      });
      assert.deepEqual(issue(stock), [
        { path: 'quantity', code: 'out_of_stock', message: '库存只剩 5 件' },
      ]);
      const soldOut = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0003',
        quantity: 1,
        delivery,
      });
      assert.deepEqual(issue(soldOut), [
        { path: 'quantity', code: 'out_of_stock', message: '已兑完' },
      ]);

      const poor = await ctx.api.session('m_1002');
      const points = await ctx.api.post('/v1/me/orders', poor, {
        productId: 'prd_0004',
        quantity: 1,
      });
      assert.equal(points.body.error.code, 'insufficient_points');
      assert.deepEqual(issue(points), [
        {
          path: 'quantity',
          code: 'insufficient_points',
          message: '需要 300 积分，您现有 200 积分',
        },
      ]);
      assert.equal(await ctx.api.balance(poor), 200);
    });

    it('enforces the per-member limit across orders, cancelled ones excluded', async () => {
      const token = await ctx.api.session('m_1001');
      const three = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 3,
        delivery,
      });
      assert.equal(three.status, 422);
      assert.equal(three.body.error.code, 'limit_exceeded');
      const two = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 2,
        delivery,
      });
      assert.equal(two.status, 201);
      const more = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 1,
        delivery,
      });
      assert.equal(more.body.error.code, 'limit_exceeded');
      await ctx.api.post(`/v1/me/orders/${two.body.id}/cancel`, token);
      const again = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0001',
        quantity: 1,
        delivery,
      });
      assert.equal(again.status, 201);
    });

    it('validates quantity and refuses unknown products', async () => {
      const token = await ctx.api.session('m_1001');
      for (const quantity of [0, 100, -1, 1.5]) {
        const res = await ctx.api.post('/v1/me/orders', token, { productId: 'prd_0002', quantity });
        assert.equal(res.status, 422, `quantity ${quantity}`);
        assert.equal(res.body.error.details.fields[0].path, 'quantity');
      }
      const unknown = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_9999',
        quantity: 1,
      });
      assert.equal(unknown.status, 404);
    });

    it('needs an active card to redeem', async () => {
      for (const member of ['m_1003', 'm_1004']) {
        const token = await ctx.api.session(member);
        const res = await ctx.api.post('/v1/me/orders', token, {
          productId: 'prd_0002',
          quantity: 1,
        });
        assert.equal(res.status, 422);
        assert.equal(res.body.error.code, 'card_inactive');
      }
    });

    it('cancels a confirmed order: points and stock come back, twice is a no-op', async () => {
      const token = await ctx.api.session('m_1001');
      const stock = await stockOf('prd_0010');
      const res = await ctx.api.post('/v1/me/orders/ord_1001_05/cancel', token);
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'cancelled');
      assert.equal(res.body.cancellable, false);
      assert.match(res.body.cancelledAt, /\+08:00$/);
      assert.equal(res.body.balanceAfter, 13_000);
      assert.equal(await ctx.api.balance(token), 13_000);
      assert.equal(await stockOf('prd_0010'), stock + 1);
      const refund = (await allTransactions(ctx.api, token, 'type=refund'))[0];
      assert.equal(refund.points, 200);
      assert.equal(refund.orderId, 'ord_1001_05');

      const again = await ctx.api.post('/v1/me/orders/ord_1001_05/cancel', token);
      assert.equal(again.status, 200);
      assert.deepEqual(again.body, res.body);
      assert.equal(await ctx.api.balance(token), 13_000);
      assert.equal(await stockOf('prd_0010'), stock + 1);
    });

    it('refuses to cancel shipped or completed orders', async () => {
      const token = await ctx.api.session('m_1001');
      for (const [id, status] of [
        ['ord_1001_03', 'shipped'],
        ['ord_1001_02', 'completed'],
      ]) {
        const res = await ctx.api.post(`/v1/me/orders/${id}/cancel`, token, undefined, {
          'Accept-Language': 'en',
        });
        assert.equal(res.status, 409);
        assert.equal(res.body.error.code, 'order_not_cancellable');
        // Which state it is in and which one may be cancelled, not only "no longer".
        assert.deepEqual(res.body.error.details.fields, [
          {
            path: 'id',
            code: 'order_not_cancellable',
            message: `The order is ${status}: only a confirmed order (not yet shipped) can be cancelled`,
          },
        ]);
      }
    });

    it("never shows or cancels another member's order (404)", async () => {
      const other = await ctx.api.session('m_1002');
      assert.equal((await ctx.api.get('/v1/me/orders/ord_1001_05', other)).status, 404);
      const cancel = await ctx.api.post('/v1/me/orders/ord_1001_05/cancel', other);
      assert.equal(cancel.status, 404);
      assert.equal(cancel.body.error.code, 'not_found');
      const owner = await ctx.api.session('m_1001');
      assert.equal(
        (await ctx.api.get('/v1/me/orders/ord_1001_05', owner)).body.status,
        'confirmed',
      );
      const list = await ctx.api.get('/v1/me/orders', other);
      assert.equal(list.body.data.length, 0);
    });

    it('spends the soonest-expiring lot first and refunds into a new lot once it has expired', async () => {
      const token = await ctx.api.session('m_1001');
      const order = await ctx.api.post('/v1/me/orders', token, {
        productId: 'prd_0002',
        quantity: 1,
      });
      assert.equal(order.status, 201);
      // The 800-point promotional lot expires first, so it paid for the order.
      assert.equal((await ctx.api.get('/v1/me/points', token)).body.expiringSoon.points, 700);
      try {
        ctx.clock.advance(21 * 86_400);
        const later = await ctx.api.session('m_1001');
        const cancelled = await ctx.api.post(`/v1/me/orders/${order.body.id}/cancel`, later);
        assert.equal(cancelled.status, 200);
        // 700 left in the lot expired; the 100 refunded went to a fresh lot, not the dead one.
        assert.equal(cancelled.body.balanceAfter, 12_800 - 100 - 700 + 100);
        const points = await ctx.api.get('/v1/me/points', later);
        assert.equal(points.body.balance, 12_100);
        const ledger = await allTransactions(ctx.api, later);
        assert.equal(
          ledger.reduce((sum, e) => sum + e.points, 0),
          12_100,
        );
      } finally {
        ctx.clock.reset();
      }
    });
  });
}
