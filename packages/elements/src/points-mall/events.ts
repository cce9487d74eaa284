import type { CreateOrderInput, Order } from '@jiagong/contract';

/** The mall's views; also the values of the `view` attribute of `<jg-points-mall>`. */
export type MallView = 'grid' | 'product' | 'orders' | 'points';

export interface JgNavigateDetail {
  view: MallView;
  productId?: string;
}
/**
 * The member asked for another view (opened a product, went back, opened the orders).
 * Cancelable: a host that routes itself calls `preventDefault()` and sets `view` from its router.
 */
export type JgNavigateEvent = CustomEvent<JgNavigateDetail>;

export interface JgRedeemDetail extends CreateOrderInput {
  /** Points the order will cost (price × quantity), as shown in the confirmation. */
  pointsTotal: number;
  /** The key this attempt is sent with; every retry of the attempt reuses it. */
  idempotencyKey: string;
}
/** The member confirmed a redemption; fired before submitting. Cancelable: `preventDefault()` stops it. */
export type JgRedeemEvent = CustomEvent<JgRedeemDetail>;

/** A redemption succeeded. */
export type JgOrderCreatedEvent = CustomEvent<{ order: Order }>;

/** An order was cancelled and its points returned. */
export type JgOrderCancelledEvent = CustomEvent<{ order: Order }>;
