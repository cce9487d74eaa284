import * as z from 'zod/mini';
import { checked, Int } from './build.js';
import { maxLength, maximum, minLength, minimum } from './checks.js';
import { DateTime, Fen, Id, Page, PageQuery, Points, Text } from './common.js';
import { Fulfilment } from './catalogue.js';

export const DeliveryInput = z.object({
  recipient: checked(z.string(), minLength(1), maxLength(40)),
  /** Any form DOMAIN §2 accepts; the server stores the normalised 11 digits. */
  mobile: checked(z.string(), minLength(1), maxLength(20)),
  address: checked(z.string(), minLength(5), maxLength(200)),
});
export type DeliveryInput = z.infer<typeof DeliveryInput>;

export const CreateOrderInput = z.object({
  productId: Id,
  quantity: checked(Int, minimum(1), maximum(99)),
  delivery: z.optional(DeliveryInput),
});
export type CreateOrderInput = z.infer<typeof CreateOrderInput>;

export const OrderStatus = z.enum(['confirmed', 'shipped', 'completed', 'cancelled']);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const Order = z.object({
  id: Id,
  productId: Id,
  productName: Text,
  imageUrl: z.string(),
  quantity: Int,
  pointsTotal: Points,
  cashTotalFen: Fen,
  status: OrderStatus,
  fulfilment: Fulfilment,
  delivery: z.nullable(
    z.object({ recipientMasked: Text, mobileMasked: z.string(), address: Text }),
  ),
  /** A pickup or voucher code for pickup/virtual products. */
  redemptionCode: z.nullable(z.string()),
  cancellable: z.boolean(),
  createdAt: DateTime,
  cancelledAt: z.nullable(DateTime),
  /** The member's balance right after this order was created (or cancelled). */
  balanceAfter: Points,
});
export type Order = z.infer<typeof Order>;
export const OrderQuery = z.object({ status: z.optional(OrderStatus), ...PageQuery });
export const OrderPage = Page(Order);
