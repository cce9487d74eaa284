import { maskMobile, maskName, validateMobile } from '@jiagong/contract';
import type { Locale } from '@jiagong/contract';
import type { Db } from '../db/db.js';
import { DEFAULT_PAGE_SIZE, cursorAnchor, toPage } from '../domain/cursor.js';
import { newId, randomDigits } from '../domain/ids.js';
import { balanceOf, expireDueLots, lockMember, redeem, refundOrder } from '../domain/ledger.js';
import { isoShanghai, nullableIso } from '../domain/time.js';
import { ApiError, unknownId, validationError } from '../http/errors.js';
import { blankIssue, domainIssue, plainIssue } from './field-issues.js';
import { assertCardActive } from './members.js';
import { Where } from './sql.js';
import type { HandlerGroup } from './types.js';
import { productImageUrls } from './urls.js';

interface OrderRow {
  id: string;
  seq: number;
  product_id: string;
  product_name: string;
  quantity: number;
  points_total: number;
  cash_total_fen: number;
  status: 'confirmed' | 'shipped' | 'completed' | 'cancelled';
  fulfilment: 'delivery' | 'pickup' | 'virtual';
  delivery: { recipientMasked: string; mobileMasked: string; address: string } | null;
  redemption_code: string | null;
  created_at: Date;
  cancelled_at: Date | null;
  balance_after: number;
}

const ORDER_COLUMNS =
  'id, seq, product_id, product_name, quantity, points_total, cash_total_fen, status, fulfilment, delivery, redemption_code, created_at, cancelled_at, balance_after';

function toOrder(row: OrderRow, origin: string) {
  return {
    id: row.id,
    productId: row.product_id,
    productName: row.product_name,
    imageUrl: productImageUrls(origin, row.product_id, 1)[0] ?? '',
    quantity: row.quantity,
    pointsTotal: row.points_total,
    cashTotalFen: row.cash_total_fen,
    status: row.status,
    fulfilment: row.fulfilment,
    delivery: row.delivery,
    redemptionCode: row.redemption_code,
    // Only a confirmed order (not yet shipped) can be cancelled.
    cancellable: row.status === 'confirmed',
    createdAt: isoShanghai(row.created_at),
    cancelledAt: nullableIso(row.cancelled_at),
    balanceAfter: row.balance_after,
  };
}

/** The member's own order or 404: another member's order does not exist for this token. */
async function ownOrder(
  db: Db,
  memberId: string,
  orderId: string,
  lock = false,
): Promise<OrderRow> {
  const { rows } = await db.query<OrderRow>(
    `SELECT ${ORDER_COLUMNS} FROM orders WHERE id = $1 AND member_id = $2${lock ? ' FOR UPDATE' : ''}`,
    [orderId, memberId],
  );
  const row = rows[0];
  if (!row) throw new ApiError('not_found');
  return row;
}

/**
 * A refused redemption's figures as of now, on `quantity`: a member whose screen is out of date
 * (the mall open in a second tab or on another phone) learns what is still possible, not only
 * that this failed.
 */
function quantityRefused(
  code: 'limit_exceeded' | 'out_of_stock' | 'insufficient_points',
  zh: string,
  en: string,
  locale: Locale,
): ApiError {
  return new ApiError(code, { fields: [plainIssue('quantity', code, zh, en, locale)] });
}

const n = (value: number) => value.toLocaleString('en-US');

interface ProductRow {
  id: string;
  name: string;
  points_price: number;
  cash_price_fen: number;
  stock: number;
  per_member_limit: number | null;
  fulfilment: 'delivery' | 'pickup' | 'virtual';
}

export const orderHandlers: HandlerGroup<
  'me.orders.create' | 'me.orders.list' | 'me.orders.get' | 'me.orders.cancel'
> = {
  async 'me.orders.create'({ db, memberId, body, now, origin, locale }) {
    return db.transaction(async (tx) => {
      // Lock order everywhere: member, then product. The member lock serialises this member's
      // points; the product lock its stock. Together they keep both from going negative under
      // concurrent redemptions on a real PostgreSQL.
      const member = await lockMember(tx, memberId);
      const { rows } = await tx.query<ProductRow>(
        `SELECT id, name, points_price, cash_price_fen, stock, per_member_limit, fulfilment
           FROM products WHERE id = $1 FOR UPDATE`,
        [body.productId],
      );
      const product = rows[0];
      if (!product) throw unknownId('productId', locale, body.productId);

      let delivery: OrderRow['delivery'] = null;
      if (product.fulfilment === 'delivery') {
        if (!body.delivery) {
          throw validationError([
            plainIssue(
              'delivery',
              'required',
              '该商品需要填写收货信息',
              'This product needs delivery details',
              locale,
            ),
          ]);
        }
        const mobile = validateMobile(body.delivery.mobile);
        const issues = [
          blankIssue('delivery.recipient', body.delivery.recipient, 1, locale),
          mobile.ok ? null : domainIssue('delivery.mobile', 'mobile', mobile.code, locale),
          blankIssue('delivery.address', body.delivery.address, 5, locale),
        ].filter((issue) => issue !== null);
        if (issues.length > 0 || !mobile.ok) throw validationError(issues);
        // Only masked contact details are kept: the sandbox never ships anything.
        delivery = {
          recipientMasked: maskName(body.delivery.recipient),
          mobileMasked: maskMobile(mobile.value),
          address: body.delivery.address.trim(),
        };
      }

      assertCardActive(member);
      if (product.per_member_limit !== null) {
        const used = await tx.query<{ quantity: number }>(
          `SELECT COALESCE(SUM(quantity), 0)::int AS quantity FROM orders
            WHERE member_id = $1 AND product_id = $2 AND status <> 'cancelled'`,
          [memberId, product.id],
        );
        const had = used.rows[0]?.quantity ?? 0;
        const limit = product.per_member_limit;
        if (had + body.quantity > limit) {
          const left = Math.max(0, limit - had);
          throw quantityRefused(
            'limit_exceeded',
            `每人限兑 ${n(limit)} 件，您已兑换 ${n(had)} 件，${left ? `最多还能兑换 ${n(left)} 件` : '不能再兑换'}`,
            `${n(limit)} per member: you have ${n(had)}, ${left ? `so at most ${n(left)} more` : 'so no more'}`,
            locale,
          );
        }
      }
      if (product.stock < body.quantity) {
        const { stock } = product;
        throw quantityRefused(
          'out_of_stock',
          stock ? `库存只剩 ${n(stock)} 件` : '已兑完',
          stock ? `Only ${n(stock)} left` : 'Sold out',
          locale,
        );
      }

      await expireDueLots(tx, memberId, now);
      const orderId = newId('ord');
      const pointsTotal = product.points_price * body.quantity;
      await tx.query(
        `INSERT INTO orders (id, member_id, product_id, product_name, quantity, points_total, cash_total_fen,
                             status, fulfilment, delivery, redemption_code, created_at, balance_after)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'confirmed', $8, $9::jsonb, $10, $11, 0)`,
        [
          orderId,
          memberId,
          product.id,
          product.name,
          body.quantity,
          pointsTotal,
          product.cash_price_fen * body.quantity,
          product.fulfilment,
          delivery ? JSON.stringify(delivery) : null,
          product.fulfilment === 'delivery' ? null : randomDigits(12),
          now,
        ],
      );
      const balanceAfter = await redeem(tx, memberId, pointsTotal, now, {
        id: orderId,
        productName: product.name,
      }).catch(async (error: unknown) => {
        if (!(error instanceof ApiError && error.code === 'insufficient_points')) throw error;
        const balance = await balanceOf(tx, memberId);
        throw quantityRefused(
          'insufficient_points',
          `需要 ${n(pointsTotal)} 积分，您现有 ${n(balance)} 积分`,
          `This needs ${n(pointsTotal)} points; you have ${n(balance)}`,
          locale,
        );
      });
      await tx.query('UPDATE products SET stock = stock - $2 WHERE id = $1', [
        product.id,
        body.quantity,
      ]);
      // Dated as its history entry, which is never before the member's latest: on PostgreSQL an
      // order whose request arrived first may get the member lock second, and dated on arrival it
      // said it was placed after the order listed above it (the list is newest first by seq).
      const { rows: created } = await tx.query<OrderRow>(
        `UPDATE orders SET balance_after = $2,
                created_at = (SELECT created_at FROM points_ledger
                               WHERE member_id = $3 AND idempotency_key = $4)
          WHERE id = $1 RETURNING ${ORDER_COLUMNS}`,
        [orderId, balanceAfter, memberId, `order:${orderId}:redeem`],
      );
      return toOrder(created[0]!, origin);
    });
  },

  async 'me.orders.list'({ db, memberId, query, origin, locale }) {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where = new Where();
    where.add(`member_id = ${where.param(memberId)}`);
    if (query.status) where.add(`status = ${where.param(query.status)}`);
    const anchor = await cursorAnchor<{ seq: number }>(
      db,
      'SELECT seq FROM orders WHERE id = $1 AND member_id = $2',
      query.cursor,
      memberId,
      locale,
    );
    if (anchor) where.add(`seq < ${where.param(anchor.seq)}::int`);
    const { rows } = await db.query<OrderRow>(
      `SELECT ${ORDER_COLUMNS} FROM orders ${where} ORDER BY seq DESC LIMIT ${where.param(limit + 1)}`,
      where.params,
    );
    return toPage(
      rows,
      limit,
      (row) => [row.id],
      (row) => toOrder(row, origin),
    );
  },

  async 'me.orders.get'({ db, memberId, params, origin }) {
    return toOrder(await ownOrder(db, memberId, params.id), origin);
  },

  async 'me.orders.cancel'({ db, memberId, params, now, origin, locale }) {
    return db.transaction(async (tx) => {
      await lockMember(tx, memberId);
      const order = await ownOrder(tx, memberId, params.id, true);
      // Cancelling twice changes nothing: the endpoint is naturally idempotent.
      if (order.status === 'cancelled') return toOrder(order, origin);
      // Which state it is in, as the bank's review control says: "no longer" alone left a
      // developer guessing whether to retry.
      if (order.status !== 'confirmed') {
        throw new ApiError('order_not_cancellable', {
          fields: [
            plainIssue(
              'id',
              'order_not_cancellable',
              `订单当前为 ${order.status}，只有 confirmed（未发货）的订单可以取消`,
              `The order is ${order.status}: only a confirmed order (not yet shipped) can be cancelled`,
              locale,
            ),
          ],
        });
      }
      await expireDueLots(tx, memberId, now);
      const balanceAfter = await refundOrder(tx, memberId, now, {
        id: order.id,
        productName: order.product_name,
        points: order.points_total,
      });
      await tx.query('UPDATE products SET stock = stock + $2 WHERE id = $1', [
        order.product_id,
        order.quantity,
      ]);
      await tx.query(
        `UPDATE orders SET status = 'cancelled', cancelled_at = $2, balance_after = $3 WHERE id = $1`,
        [order.id, now, balanceAfter],
      );
      return toOrder(await ownOrder(tx, memberId, order.id), origin);
    });
  },
};
