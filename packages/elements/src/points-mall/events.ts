import type { CreateOrderInput, Order } from '@jiagong/contract';
import type { JgModelWorkersNavigateDetail } from '../model-workers/model-workers.js';

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

/**
 * `jg-navigate` as `document`, `window` and elements typed `HTMLElement` get it: from the mall's
 * elements and `<jg-quiz>` ({@link JgNavigateDetail}) or from `<jg-model-workers>`
 * ({@link JgModelWorkersNavigateDetail}). Each of those elements types its own precisely:
 * `mall.addEventListener('jg-navigate', (e) => (mall.view = e.detail.view))`.
 */
export type JgAnyNavigateEvent = CustomEvent<JgNavigateDetail | JgModelWorkersNavigateDetail>;

/**
 * The events of the mall's elements and `<jg-quiz>` as their `addEventListener` types them:
 * `jg-navigate` is the mall's.
 */
export interface JgMallEventMap extends HTMLElementEventMap {
  'jg-navigate': JgNavigateEvent;
}

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
