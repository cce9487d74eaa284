import type * as z from 'zod/mini';
import * as s from './build.js';
import { int, maxLength, maximum, minLength, minimum } from './checks.js';
import { DateTime, Fen, Id, Page, PageQuery, Points, Text } from './common.js';
import { Fulfilment } from './catalogue.js';

// Object types are interfaces extending their schema's inferred type: an editor's hover and
// the API docs then show their name (`Promise<MemberCard>`), not the expanded structure.
/* eslint-disable @typescript-eslint/no-empty-object-type */

export const DeliveryInput = s.object({
  recipient: s.string(minLength(1), maxLength(40)),
  /** Any form DOMAIN §2 accepts; the server stores the normalised 11 digits. */
  mobile: s.string(minLength(1), maxLength(20)),
  address: s.string(minLength(5), maxLength(200)),
});
/** Where a delivery product goes (`CreateOrderInput.delivery`). */
export interface DeliveryInput extends z.infer<typeof DeliveryInput> {}

export const CreateOrderInput = s.object({
  productId: Id,
  quantity: s.number(int, minimum(1), maximum(99)),
  delivery: s.optional(DeliveryInput),
});
/** What `client.me.orders.create()` takes. */
export interface CreateOrderInput extends z.infer<typeof CreateOrderInput> {}

/** The status of an order: `confirmed`, `shipped`, `completed` or `cancelled`. */
export const OrderStatus = s.enum(['confirmed', 'shipped', 'completed', 'cancelled']);
/** The status of an order: `confirmed`, `shipped`, `completed` or `cancelled`. */
export type OrderStatus = z.infer<typeof OrderStatus>;

export const Order = s.object({
  id: Id,
  productId: Id,
  productName: Text,
  imageUrl: s.string(),
  quantity: s.Int,
  pointsTotal: Points,
  cashTotalFen: Fen,
  status: s.open<OrderStatus>(),
  fulfilment: s.open<Fulfilment>(),
  delivery: s.nullable(
    s.object({ recipientMasked: Text, mobileMasked: s.string(), address: Text }),
  ),
  /** A pickup or voucher code for pickup/virtual products. */
  redemptionCode: s.nullable(s.string()),
  cancellable: s.boolean(),
  createdAt: DateTime,
  cancelledAt: s.nullable(DateTime),
  /** The member's balance right after this order was created (or cancelled). */
  balanceAfter: Points,
});
/** A points-mall order (`client.me.orders.create()`, `.get(id)`, `.list()`, `.cancel(id)`). */
export interface Order extends z.infer<typeof Order> {}
export const OrderQuery = s.object({ status: s.optional(OrderStatus), ...PageQuery });
/** What `client.me.orders.list()` takes: a status filter and the page. */
export interface OrderQuery extends z.input<typeof OrderQuery> {}
/** A page of the member's orders, `{ data, nextCursor }` (`client.me.orders.list()`). */
export const OrderPage = Page(Order);
