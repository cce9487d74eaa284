/**
 * `@jiagong/elements/points-mall` — the 积分商城 points mall: `<jg-points-mall>` and its views
 * `<jg-mall-product-grid>`, `<jg-mall-product>`, `<jg-mall-orders>`, `<jg-points-history>`.
 * @packageDocumentation
 */
import './define.js';

export { JgPointsMall } from './points-mall.js';
export { JgMallProductGrid, type ProductSort } from './mall-product-grid.js';
export { JgMallProduct } from './mall-product.js';
export { JgMallOrders } from './mall-orders.js';
export { JgPointsHistory, type PointsTransactionType } from './points-history.js';
export type {
  JgAnyNavigateEvent,
  JgMallEventMap,
  JgNavigateDetail,
  JgNavigateEvent,
  JgOrderCancelledEvent,
  JgOrderCreatedEvent,
  JgRedeemDetail,
  JgRedeemEvent,
  MallView,
} from './events.js';
